// Layouts of real-world work histories, each written here with invented names: a start month alone, the
// template header run on into its description, roles stacked under one organisation, a repeated page.
import { describe, expect, it } from "vitest";
import { extractExperience } from "./experience.ts";
import { roles } from "./fixtures/experienceRoles.ts";
import { splitLines } from "./sections.ts";
import { experienceTotals } from "./totals.ts";

describe("work history layouts", () => {
  it("a start month alone, on its own line or closing the header, anchors a job", () => {
    expect(
      roles(
        [
          "March 2019",
          "Company Name Payroll Officer",
          "Ran the monthly payroll for 300 staff.",
          "June 2015 to February 2019",
          "Company Name Accounts Clerk",
          "Posted ledger entries.",
          "Company Name City , State Office Assistant 04/2013",
          "Answered the phones.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Payroll Officer", "Company Name", "2019-03", null],
      ["Accounts Clerk", "Company Name", "2015-06", "2019-02"],
      ["Office Assistant", "Company Name", "2013-04", null],
    ]);
  });

  it("the template's place field with its city alone after the organisation's placeholder", () => {
    expect(
      roles(
        [
          "Company Name City PLANT PROTECTION OFFICER 10/2011 to 12/2012",
          "Reared parasitoid wasps for release.",
          "Company Name City Field Assistant 12/2002 to 10/2011",
          "Kept the field records.",
        ].join("\n"),
      ),
    ).toEqual([
      ["PLANT PROTECTION OFFICER", "Company Name", "2011-10", "2012-12"],
      ["Field Assistant", "Company Name", "2002-12", "2011-10"],
    ]);
  });

  it("a bullet holding only its dates is a job's dates; a dated duty bullet is not", () => {
    expect(roles("● 2009 – till date\n10 years of electrical work")).toEqual([
      ["10 years of electrical work", null, "2009-01", null],
    ]);
    expect(roles("• Cut costs by a fifth (Jan 2019 - Mar 2019)")).toEqual([]);
  });

  it("a month in a sentence or a bare year is no start of a job", () => {
    expect(
      roles(
        "01/2018 to 12/2020\nCompany Name Site Supervisor\nCompleted the safety course in May 2019.\n2017\nOrganised the yard.",
      ),
    ).toEqual([["Site Supervisor", "Company Name", "2018-01", "2020-12"]]);
  });

  it("a start month alone counts one month towards the total, not the years up to today", () => {
    const entries = extractExperience(splitLines("July 2014\nCompany Name Store Clerk"), "2026-11", false);
    expect(entries.map((e) => [e.start, e.end, e.months])).toEqual([["2014-07", null, null]]);
    expect(experienceTotals(entries, "2026-11").months).toBe(1);
  });

  it("the template header 'Title Company Name � City , State' running on into the description", () => {
    expect(
      roles(
        [
          "05/2014 to 06/2014",
          "Glove Designer Company Name \ufffd City , State Drew sketches for two ski gloves from first idea to final design stage.",
          "09/2012 to 11/2013",
          "Apparel Developer Company Name \ufffd City , State Managed the development of new apparel lines from concept to production.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Glove Designer", "Company Name", "2014-05", "2014-06"],
      ["Apparel Developer", "Company Name", "2012-09", "2013-11"],
    ]);
  });

  it("a lone place above the first dates does not make the headers sit above the dates", () => {
    expect(
      roles(
        "City\n\n01/1995 to 04/2016\nMarketing Executive Company Name \ufffd City , State\n\nWrote press releases.\n\n01/1988 to 01/1995\nPublic Relations Director Company Name \ufffd City , State\n\nLed 25 staff.",
      ),
    ).toEqual([
      ["Marketing Executive", "Company Name", "1995-01", "2016-04"],
      ["Public Relations Director", "Company Name", "1988-01", "1995-01"],
    ]);
  });

  it("roles stacked under one organisation share it; its place is no part of its name", () => {
    expect(
      roles(
        [
          "Velmora Securities Limited (Madurai - India)",
          "Branch Manager (June 2006 to June 2007)",
          "Sales Manager (November 2005 to May 2006)",
          "Relationship Manager (August 2004 to November 2005)",
          "",
          "Kestrel Broking Pvt Ltd – Muscat – Oman",
          "Sales Officer (March 2002 to July 2004)",
        ].join("\n"),
      ),
    ).toEqual([
      ["Branch Manager", "Velmora Securities Limited", "2006-06", "2007-06"],
      ["Sales Manager", "Velmora Securities Limited", "2005-11", "2006-05"],
      ["Relationship Manager", "Velmora Securities Limited", "2004-08", "2005-11"],
      ["Sales Officer", "Kestrel Broking Pvt Ltd", "2002-03", "2004-07"],
    ]);
  });

  it("a society listed under the jobs does not inherit the job's employer", () => {
    expect(
      roles("Quarry Works Ltd\tFall 2013 to Present\nRowing Club, River Chapter\tFall 2013 to Present").map(
        (r) => r[1],
      ),
    ).toEqual(["Quarry Works Ltd", null]);
  });

  it("a work history the text layer holds twice gives each job once", () => {
    const page = "04/2019 to 06/2020\nCompany Name Crane Operator\nLifted steel.\n";
    expect(roles(page + page)).toEqual([["Crane Operator", "Company Name", "2019-04", "2020-06"]]);
  });
  it("a bulleted organisation span heads the bulleted titles dated inside it", () => {
    expect(
      roles(
        [
          "• Chief Accountant - Corvane Petroleum Services",
          "April 2014 – September 2014.",
          "• Prepared the final accounts.",
          "• Orchard Islamic Bank (February 2009 till March 2014.)",
          "",
          "• Reporting Supervisor",
          "October 2012 - March 2014",
          "• Compiled the central bank returns.",
          "• Collection Supervisor – Branch Affairs Department.",
          "March 2012 – September 2012.",
          "• Planned the monthly collections.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Chief Accountant", "Corvane Petroleum Services", "2014-04", "2014-09"],
      ["Reporting Supervisor", "Orchard Islamic Bank", "2012-10", "2014-03"],
      ["Collection Supervisor", "Orchard Islamic Bank", "2012-03", "2012-09"],
    ]);
  });

  it("a numbered name with its dates closing the line heads an entry, with or without an organisation word", () => {
    expect(
      roles(
        [
          "1. Quarrel Instruments,Nashik (January 01,2012 to May 30, 2015):",
          "i)\tProduct design",
          "ii)\tFailure analysis.",
          "2. Pellam Dynamics, Nashik (July 01, 2015 to onwards)",
          "i)\tTest rig design",
          "• Completed the Six Sigma course (Jan 2014 - Mar 2014)",
        ].join("\n"),
      ),
    ).toEqual([
      [null, "Quarrel Instruments", "2012-01", "2015-05"],
      [null, "Pellam Dynamics", "2015-07", null],
    ]);
  });

  it("a title the word list lacks is known by its head word ('Welder', 'Teller')", () => {
    expect(
      roles(
        [
          "Welder - Harbor Shipyards",
          "March 2012 - May 2014",
          "Welded hull plates.",
          "Teller, Dunmore Savings",
          "June 2010 - February 2012",
        ].join("\n"),
      ),
    ).toEqual([
      ["Welder", "Harbor Shipyards", "2012-03", "2014-05"],
      ["Teller", "Dunmore Savings", "2010-06", "2012-02"],
    ]);
  });

  it("a duty that lost its bullet glyph ('Compiled research ...') is no header line under the dates", () => {
    expect(
      roles(
        [
          "Harbor Networks, Production Intern\tLos Angeles, CA\tJanuary 2009 – May 2009",
          "Assisted in editing the program content for the international launch",
          "Quill Pictures, Programming Intern\tCulver City, CA\tSeptember 2008 – December 2008",
          "Compiled research material for pilot projects for quality control",
        ].join("\n"),
      ),
    ).toEqual([
      ["Production Intern", "Harbor Networks", "2009-01", "2009-05"],
      ["Programming Intern", "Quill Pictures", "2008-09", "2008-12"],
    ]);
  });

  it("a table's label rows ('Name of Company | Designation | Work Experience', 'Form | To') name no job", () => {
    expect(
      roles(
        [
          "Name of Company\tDesignation\tWork Experience",
          "Form\tTo\tDuration",
          "Harbor Marine Ltd\tPlanning Engineer\tAug 2012 - Dec 2016",
        ].join("\n"),
      ),
    ).toEqual([["Planning Engineer", "Harbor Marine Ltd", "2012-08", "2016-12"]]);
  });

  it("an ID number beside the job's fields is no organisation", () => {
    expect(
      roles(
        [
          "Working in\t: Harbor Oil Co, Dhahran KSA",
          "Working as\t: Mechanical Engineer",
          "ID NO\t: 8934473-1",
          "Duration\t: 15 May 2010 to 15 Feb 2011.",
        ].join("\n"),
      ),
    ).toEqual([["Mechanical Engineer", "Harbor Oil Co, Dhahran KSA", "2010-05", "2011-02"]]);
  });

  it("a numbered organisation with its dates heads an entry; a dated duty bullet does not", () => {
    expect(
      roles(
        [
          "1. Tarrow Instruments Pvt Ltd (January 2012 to May 2015)",
          "Design Engineer",
          "• Completed the PMP course (Jan 2014 - Mar 2014)",
          "2. Pellam Dynamics Ltd (July 2015 to Present)",
          "Test Engineer",
        ].join("\n"),
      ),
    ).toEqual([
      ["Design Engineer", "Tarrow Instruments Pvt Ltd", "2012-01", "2015-05"],
      ["Test Engineer", "Pellam Dynamics Ltd", "2015-07", null],
    ]);
  });
  it("'Title at Organisation' beside the template's 'Company Name' field names the employer", () => {
    expect(
      roles(
        "Marketing Coordinator at Orbis Fibre 04/2013 - 05/2013 Company Name City , State\nSupported 16 account managers.\nStudio Manager 08/2013 - 01/2014 Company Name City , State",
      ),
    ).toEqual([
      ["Marketing Coordinator", "Orbis Fibre", "2013-04", "2013-05"],
      ["Studio Manager", "Company Name", "2013-08", "2014-01"],
    ]);
  });
});

describe("title and organisation", () => {
  it("the piece with an organisation's words is the organisation beside a piece only a title names", () => {
    expect(
      roles(
        "(i) Halvard Group (Tasman and Partner General Trading and Contracting.\nCivil Engineer\tDecember 2016 – Present.",
      ),
    ).toEqual([["Civil Engineer", "Halvard Group", "2016-12", null]]);
  });
});

describe("choosing between readings of one section", () => {
  it("sentences naming organisations win over date lines whose leftovers are a place and a duration", () => {
    const text = [
      " Worked with NORVANT CONTRACTING CO.LTD. At Qatar as",
      "a Post of “Electrician with effect from 19-12-2015 to 16-03-2017 till work.",
      "",
      " Worked with M/S KELDAR TRADING in Qatar as an ELECTRICIAN",
      "for 6 years from 16-07-2007 to 05-02-2013.",
      "",
      " Worked in INDIA AS ELECTRICIAN for 6 years from 01-11-2001 to 10-11-2006.",
    ].join("\n");
    const companies = roles(text).map(([, company]) => company);
    expect(companies).toContain("M/S KELDAR TRADING");
    expect(companies.some((c) => c?.startsWith("NORVANT CONTRACTING CO.LTD"))).toBe(true);
    expect(companies).not.toContain("for 6 years");
  });
});

describe("the anonymised template's organisation field", () => {
  it("is the organisation whatever the title's words; a sentence after the place is no title", () => {
    expect(
      roles(
        [
          "05/2010 to 02/2012",
          "Product Designer Company Name \ufffd City , State Managed several design projects for a leader in silicone goods and worked with",
          "05/2006 to 08/2007",
          "Baker/Cake Decorator/Retail Company Name \ufffd City , State",
        ].join("\n"),
      ),
    ).toEqual([
      ["Product Designer", "Company Name", "2010-05", "2012-02"],
      ["Baker/Cake Decorator/Retail", "Company Name", "2006-05", "2007-08"],
    ]);
  });

  it("a blank line between the dates and the header below them keeps the header", () => {
    expect(
      roles(
        "April 2006\nto\nMay 2007\nCompany Name City , State Accountant\n\nBanked cash.\n\nOctober 2001\nto\nMarch 2006\n\nCompany Name City , State Account Assistant\n\nKept the books.",
      ),
    ).toEqual([
      ["Accountant", "Company Name", "2006-04", "2007-05"],
      ["Account Assistant", "Company Name", "2001-10", "2006-03"],
    ]);
  });

  it("heads an undated job; a label of that name over a table or a field does not", () => {
    expect(
      roles(
        "Company Name General Manager\nCity , State\nRan the depot.\n\nCompany Name September 2014 to January 2015 Feeder Driver\nCity , State\nDrove routes.",
      ),
    ).toEqual([
      ["General Manager", "Company Name", null, null],
      ["Feeder Driver", "Company Name", "2014-09", "2015-01"],
    ]);
    expect(roles("Company Name\tDesignation\tExperience (Year)\nTestor Ltd\tEngineer\t2")).not.toContainEqual(
      expect.arrayContaining(["Company Name"]),
    );
    expect(roles("Company Name : Jyten CNC\nDuration\t: 4 july 2016 to 15 April 2017")).toEqual([
      [null, "Jyten CNC", "2016-07", "2017-04"],
    ]);
  });

  it("an organisation line closed by its place heads the fields below it; 'Nature of Job' names neither part", () => {
    expect(
      roles(
        [
          "Orvane Controls, Chennai, INDIA.",
          "Nature of Job\t: Design & Detail Engineering",
          "Position\t: Instrumentation Engineer",
          "Period\t: July 2014 – Till date",
          "Client: Tarsin Engineering Co. Ltd.",
        ].join("\n"),
      ),
    ).toEqual([["Instrumentation Engineer", "Orvane Controls", "2014-07", null]]);
  });

  it("a dated title line above 'Employed By :' fields gives the record its title and dates", () => {
    expect(
      roles(
        [
          "Instrument Supervisor (October 2013 – July 2014)",
          "",
          "Employed By : Tarsin Engineering",
          "Client\t: Norel Refinery Project",
          "Location\t: Jurong Island, Singapore",
          "Instrument Trainee (June 2010 – May 2011)",
          "Employed By : Orvane Petroleum Ltd",
        ].join("\n"),
      ),
    ).toEqual([
      ["Instrument Supervisor", "Tarsin Engineering", "2013-10", "2014-07"],
      ["Instrument Trainee", "Orvane Petroleum Ltd", "2010-06", "2011-05"],
    ]);
  });

  it("a title a paragraph above the dates takes the organisation a paragraph below them", () => {
    expect(
      roles(
        [
          "Construction Manager",
          "",
          "May 2015 \u2013 Jan 2016.",
          "",
          "Harbourline Contracting Co. W.L.L Doha-Qatar.",
          "",
          "Managed the civil works of the reservoir.",
          "",
          "Project Engineer",
          "July 2012 - April 2015",
          "Kestrel Gen Cont. Co. LLC Abu Dhabi, UAE.",
          "Supervised the villas' construction.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Construction Manager", "Harbourline Contracting Co. W.L.L", "2015-05", "2016-01"],
      ["Project Engineer", "Kestrel Gen Cont. Co. LLC", "2012-07", "2015-04"],
    ]);
  });
});
