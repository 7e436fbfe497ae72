// Work histories whose employers are named by a legal form or a "Key : Value" field, each written here with
// invented names: forms written out ("Limited") or of the Gulf and Singapore ("W.L.L", "Pte"), keyed
// employers with a closing dot, a block of keyed fields under the dates, a verb left before "as".
import { describe, expect, it } from "vitest";
import { keyedField, labelledPieces } from "./experienceFields.ts";
import { readJobSentence } from "./experienceSentences.ts";
import { analyzeText } from "./index.ts";
import { companyScore } from "./roles.ts";

/** A CV's work history as the whole engine reads it: [title, organisation, start, end] per entry. */
const roles = (history: string) =>
  analyzeText(`Dana Whitfield\ndana.whitfield@example.com\n\n${history}`, {
    asOf: "2026-11",
    defaultRegion: "US",
  }).analysis.experience.map((entry) => [entry.title, entry.company, entry.start, entry.end]);

describe("legal forms", () => {
  it("tells an organisation by every written form of its legal form", () => {
    for (const name of [
      "Harbourline Infratech Limited",
      "Tidewater Contracting Co. W.L.L",
      "Orchid Marine Pte",
      "Sandgate Trading L.L.C",
      "Northwind Corporation",
      "Kestrel Systems Pvt. Ltd.",
    ])
      expect(companyScore(name), name).toBe(4);
    expect(companyScore("Site Engineer")).toBe(0);
  });

  it("reads an employer's name whose legal form is written out, with the place after it left off", () => {
    expect(
      roles(
        [
          "EXPERIENCE",
          "Construction Manager",
          "May 2015 – Jan 2016.",
          "Tidewater Contracting Co. W.L.L Doha-Qatar.",
          "",
          " Planned the pours.",
        ].join("\n"),
      ),
    ).toEqual([["Construction Manager", "Tidewater Contracting Co. W.L.L", "2015-05", "2016-01"]]);
  });

  it("cuts a name at its legal form where the sentence goes on, but keeps a second form in lower case", () => {
    expect(readJobSentence("Worked with Roto Power Projects pvt ltd looking after the substations")).toEqual({
      title: null,
      organisation: "Roto Power Projects pvt ltd",
    });
    expect(readJobSentence("Worked with Quayside Steel Limited looking after the rolling mill")).toEqual({
      title: null,
      organisation: "Quayside Steel Limited",
    });
  });
});

describe("a verb before 'as' and abbreviated grades", () => {
  it("leaves the verb out of the name and keeps 'Jr.' and 'Sr.' in the title", () => {
    expect(
      readJobSentence("Kestrel Chemicals Ltd. – Working as HSE Officer from January 2018 to till Date"),
    ).toEqual({ organisation: "Kestrel Chemicals Ltd", title: "HSE Officer" });
    expect(
      readJobSentence("Quayside Steel Limited, Angul -Working as Jr. Electrical Engineer from April 2009 to"),
    ).toEqual({ organisation: "Quayside Steel Limited, Angul", title: "Jr. Electrical Engineer" });
  });
});

describe("keyed employers", () => {
  const history = [
    "WORK EXPERIENCE",
    "Employer: Dunmore Partners Co. Kuwait",
    "Date of employ :(From 07 Apr-2016 to Till date)",
    "PROJECT : Clean Fuels Project, Unit 2.",
    "",
    "•Supervise punch clearing",
    "Employers : Harbourline Infratech Limited Company India.",
    "Date of employ :20 NOV 2012 to 30 NOV 2014. (2.yes)",
    "PROJECT: Gas pipeline, Auraiya (U P)",
    "Client\t: Eastfield Engineers Ltd.",
    "Position : Jr.Engineer Civil",
  ].join("\n");

  it("reads a keyed employer that ends with a dot, a title keyed further down the block, and a glyph bullet with no space", () => {
    expect(roles(history)).toEqual([
      [null, "Dunmore Partners Co.", "2016-04", null],
      ["Jr.Engineer Civil", "Harbourline Infratech Limited", "2012-11", "2014-11"],
    ]);
  });

  it("reads 'Role :' as the title, unless it describes the work", () => {
    expect(
      roles(
        [
          "Work Experience",
          "Company: Kestrel Pumps Ltd, Pune",
          "Role: Site Engineer",
          "Duration: Jan 2015 – Mar 2018",
          "",
          "Company: Harbourline Infratech, Chennai",
          "Role: Clearing the electrical faults which occurred during the shifts",
          "Duration: Jun 2012 – Dec 2014",
        ].join("\n"),
      ),
    ).toEqual([
      ["Site Engineer", "Kestrel Pumps Ltd", "2015-01", "2018-03"],
      [null, "Harbourline Infratech", "2012-06", "2014-12"],
    ]);
  });

  it("reads 'Current Position :' as the title above a keyed employer, not the project list above it", () => {
    expect(
      roles(
        [
          "Work Experience",
          "10 Storied commercial tower\tHarbourline Realty, Chennai",
          "Current Position: Project engineer- Electrical",
          "Employer\t: Kestrel Composite Technology (DIP-2, Dubai)",
          "Tenure\t: February-2015 to still working",
        ].join("\n"),
      ),
    ).toEqual([["Project engineer- Electrical", "Kestrel Composite Technology", "2015-02", null]]);
  });

  it("reads 'Employer Name :' as the organisation and keyed start and end dates as one range", () => {
    expect(
      roles(
        [
          "WORK EXPERIENCE",
          "Employer Name: Larkspur Motors Pvt. Ltd.",
          "Job Title: Service Advisor",
          "Start Date: Jan 2010",
          "End Date: Present",
          "• Handled customer accounts.",
          "",
          "Employer Name: Kestrel Finance Ltd.",
          "Job Title: Sales Officer",
          "Start Date: June 2007",
          "End Date: May 2009",
        ].join("\n"),
      ),
    ).toEqual([
      ["Service Advisor", "Larkspur Motors Pvt. Ltd", "2010-01", null],
      ["Sales Officer", "Kestrel Finance Ltd", "2007-06", "2009-05"],
    ]);
  });

  it("reads a long 'Role :' that ends like a title as the title, with the pipes between keys left out", () => {
    expect(
      roles(
        [
          "WORK EXPERIENCE",
          "Company: Meridian Software Solutions | Role: Quality Assurance and Quality Control Engineer |",
          "Duration: January 2019 – To Date",
          "• Prepared purchase orders for management.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Quality Assurance and Quality Control Engineer", "Meridian Software Solutions", "2019-01", null],
    ]);
  });

  it("keeps a keyed title whole where the header reading parts it at its dash", () => {
    expect(
      roles(
        [
          "WORK EXPERIENCE",
          "Company : Kestrel Finance Ltd.",
          "Designation : Senior Engineer - Planning and Project Controls",
          "Duration : June 2007 – May 2009",
        ].join("\n"),
      ),
    ).toEqual([
      ["Senior Engineer - Planning and Project Controls", "Kestrel Finance Ltd", "2007-06", "2009-05"],
    ]);
  });

  it("takes no project line under a one-line header for the employer", () => {
    expect(
      roles(
        [
          "PROFESSIONAL WORK EXPERIENCE",
          "Safety Officer – Kestrel Engineering Pvt. Ltd. (January 2018 to till Date)",
          "Project: Construction of Brightwater Mfg. Co. Ltd. Heavy Engineering Plant. Dahej",
          "",
          " PPE availability and monitoring.",
          "",
          "Safety Officer – Kestrel Engineering Pvt. Ltd. (March 2017 to January 2018).",
          "Project: Quayside Chemicals Limited Unit-5, Bharuch (Gujrat)",
          "",
          " Issuing permits.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Safety Officer", "Kestrel Engineering Pvt. Ltd.", "2018-01", null],
      ["Safety Officer", "Kestrel Engineering Pvt. Ltd", "2017-03", "2018-01"],
    ]);
  });
});

describe("readings that tie", () => {
  it("takes the reading that gives each job a title and an organisation", () => {
    expect(
      roles(
        [
          "Work Experience",
          "Site Engineer in Kestrel Pumps Ltd, Pune from Jan 2015 to Mar 2018.",
          "Junior Engineer in Harbourline Infratech, Chennai from Jun 2012 to Dec 2014.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Site Engineer", "Kestrel Pumps Ltd", "2015-01", "2018-03"],
      ["Junior Engineer", "Harbourline Infratech", "2012-06", "2014-12"],
    ]);
  });

  it("leaves the first word of a key wrapped to the next line out of a keyed name", () => {
    const [, second] = roles(
      [
        "Work Experience",
        "Employer: Dunmore Partners Co. Kuwait",
        "Designation: Site Supervisor",
        "Date of employ :(From 07 Apr-2016 to Till date)",
        "",
        "Employed: Quayline Projects Pvt.Ltd. Company India.\tDate",
        "of employ :01JAN 2015 to 30 Mar 2016.",
        "Designation: Jr. Engineer Civil",
      ].join("\n"),
    );
    expect(second?.[1]).toBe("Quayline Projects Pvt.Ltd.");
  });

  it("reads keyed organisations whose dates and topic follow on the same line, and a hyphenated key", () => {
    expect(
      roles(
        [
          "Internship / Training",
          "Organisation : Varna Heavy Electricals Limited, Haridwar. Duration\t: 23/06/2014 to 23/07/2014",
          "Title\t: Welding and Machining of Turbine Assemblies.",
          "Organisation : Kestrel Infotech Pvt. Ltd. Duration : 20/06/2013 to 17/07/2013 Title\t: CAD Drafting",
          "Organization : Harbour Railways, Ghaziabad. Duration\t: 17/06/2013 to  13/07/2013 Title\t: Loco Study",
        ].join("\n"),
      ).map(([, company, start]) => [company, start]),
    ).toEqual([
      ["Varna Heavy Electricals Limited", "2014-06"],
      ["Kestrel Infotech Pvt. Ltd", "2013-06"],
      ["Harbour Railways", "2013-06"],
    ]);
    expect(
      roles(
        [
          "Professional Experience",
          "Current-Company\t: Orlen Integrated Solutions Pvt Ltd",
          "Designation\t: Senior Engineer in Projects Dept.",
          "Duration\t: 14th July,2016 to (till date)",
          "",
          "Previous-Company : Quayline Building Solutions PVT Ltd",
          "Designation : Project Engineer in Projects Dept.",
          "Duration : 10th July,2013 to 13th July,2016",
        ].join("\n"),
      ).map(([title, company]) => [title, company]),
    ).toEqual([
      ["Senior Engineer in Projects Dept", "Orlen Integrated Solutions Pvt Ltd"],
      ["Project Engineer in Projects Dept", "Quayline Building Solutions PVT Ltd"],
    ]);
  });

  it("reads an employee's ID as a field of the job, no piece of its header", () => {
    expect(keyedField("ID NO\t: 8934473-1")).toBe("other");
    expect(keyedField("Employee Code : K-1142")).toBe("other");
    expect(labelledPieces(["Working as : Mechanical Engineer", "ID NO : 8934473-1"])).toEqual({
      rest: [],
      title: "Mechanical Engineer",
    });
  });
});

describe("keys inline after the organisation", () => {
  it("reads a numbered line of organisation, keyed title and keyed period as one job each", () => {
    expect(
      roles(
        [
          "WORK EXPERIENCE",
          "1. Kestrel Pumps Pvt. Ltd. Designation: Senior Engineer Period: Jan 2010 to Mar 2014",
          "2. Harbour Forge Ltd. Designation: Engineer Period: 2008-2010",
        ].join("\n"),
      ),
    ).toEqual([
      ["Senior Engineer", "Kestrel Pumps Pvt. Ltd", "2010-01", "2014-03"],
      ["Engineer", "Harbour Forge Ltd", "2008-01", "2010-01"],
    ]);
  });

  it("reads 'From: <date> To: <date>' above the organisation and its title", () => {
    expect(
      roles(
        [
          "WORK EXPERIENCE",
          "From: 01-06-2012 To: 12-07-2016",
          "Kestrel Pumps Pvt. Ltd.",
          "Senior Engineer",
          "",
          "From: 01-01-2008 To: 31-05-2012",
          "Harbour Forge Ltd.",
          "Engineer",
        ].join("\n"),
      ),
    ).toEqual([
      ["Senior Engineer", "Kestrel Pumps Pvt. Ltd.", "2012-06", "2016-07"],
      ["Engineer", "Harbour Forge Ltd.", "2008-01", "2012-05"],
    ]);
  });

  it("a statement's dates before 'with <organisation> as <title>' are no part of the organisation", () => {
    expect(readJobSentence("Aug 2010 to Jul 2014 with Harbour Forge Ltd. as Engineer.")).toEqual({
      organisation: "Harbour Forge Ltd",
      title: "Engineer",
    });
  });
});

describe("a keyed job's organisation above its keys", () => {
  it("is read whole where its name wrapped before its legal form, a short form in brackets after it", () => {
    expect(
      roles(
        [
          "WORK EXPERIENCE :",
          "1.KESTREL TECHNOSOFT PRIVATE LIMITED:",
          "Worked as “Maintenance Supervisor” under M/S KESTREL TECHNOSOFT PRIVATE LIMITED looking after plant jobs at Harbor Chemicals, Mangalore from July 2015 to Aug 2016.",
          "",
          "2.NORTHGATE RESOURCES PETROCHEM SERVICES PVT",
          "LIMITED(NG ASIA) :",
          "",
          " Designation : Project engineer",
          " Experience : AUG 2016 to present",
          "",
          "Currently working in Orchard Refinery under NG ASIA.",
        ].join("\n"),
      ),
    ).toContainEqual([
      "Project engineer",
      "NORTHGATE RESOURCES PETROCHEM SERVICES PVT LIMITED(NG ASIA)",
      "2016-08",
      null,
    ]);
  });
  it("reads a title's or employer's value set on the line under its key", () => {
    expect(
      roles(
        [
          "WORK EXPERIENCE",
          "Company\t:\tKestrel Elevator Contracting LLC, Abu Dhabi",
          "Duration\t:\tOct 2007 to Nov 2013\tDesignation :",
          "ELEVATOR TECHNICIAN.",
          "Company\t:\tOrchard Electrical Co",
          "Duration\t:\tAug 2005 to Sep 2007",
          "Designation :",
          "Electrician",
        ].join("\n"),
      ).map(([title, company]) => [title, company]),
    ).toEqual([
      ["ELEVATOR TECHNICIAN", "Kestrel Elevator Contracting LLC"],
      ["Electrician", "Orchard Electrical Co"],
    ]);
  });
});
