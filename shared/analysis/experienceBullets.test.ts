// Work histories whose headers are list items, each written here with invented names: a bulleted "Title,
// Organisation (dates)", numbered organisations, and an entry whose every line is a bullet.
import { describe, expect, it } from "vitest";
import { roles } from "./fixtures/experienceRoles.ts";
import { analyzeText } from "./index.ts";

describe("headers set as list items", () => {
  it("reads a bulleted title and organisation before the dates as a header, not as a duty", () => {
    expect(
      roles(
        [
          "• Site Engineer, Kestrel Pumps Ltd (Jan 2015 – Mar 2018)",
          "  Commissioned pumps for the plant.",
          "• Junior Engineer, Harbourline Infratech (Jun 2012 – Dec 2014)",
          "  Laid pipes on the site.",
        ].join("\n"),
      ),
    ).toEqual([
      ["Site Engineer", "Kestrel Pumps Ltd", "2015-01", "2018-03"],
      ["Junior Engineer", "Harbourline Infratech", "2012-06", "2014-12"],
    ]);
    // a dated duty stays a duty
    expect(roles("• Commissioned three pumps at Kestrel Pumps Ltd (Jan 2015 – Mar 2018)")).toEqual([]);
  });

  it("reads a numbered organisation that names no organisation word as its entry's header", () => {
    expect(
      roles(
        [
          "1. Kestrel Pumps Ltd, Pune",
          "Site Engineer (Jan 2015 – Mar 2018)",
          "2. Harbourline Infratech, Chennai",
          "Junior Engineer (Jun 2012 – Dec 2014)",
        ].join("\n"),
      ).map(([title, company, start]) => [title, company, start]),
    ).toEqual([
      ["Site Engineer", "Kestrel Pumps Ltd", "2015-01"],
      ["Junior Engineer", "Harbourline Infratech", "2012-06"],
    ]);
  });

  it("reads a bulleted title above a bulleted organisation above bulleted dates", () => {
    expect(
      roles(
        [
          "• Site Engineer",
          "• Kestrel Pumps Ltd, Pune",
          "• Jan 2015 – Mar 2018",
          "• Commissioned pumps for the plant.",
        ].join("\n"),
      ).map(([title, company, start, end]) => [title, company, start, end]),
    ).toEqual([["Site Engineer", "Kestrel Pumps Ltd", "2015-01", "2018-03"]]);
  });
  it("reads a numbered organisation of many words with its place and dates, and no numbered degree", () => {
    expect(
      roles(
        [
          "1. Harbourline Retail India Pvt Ltd, Chennai (Nov 2020 – Till Date)",
          "Designation: Civil Foreman",
          "2. Kestrel Harbour Engineering and Construction Company Limited, Muscat (Dec 2018 – May 2020)",
          "Designation: Accounts Executive",
          "(i) Bachelor of Civil Engineering and Technology 2008 to 2012.",
        ].join("\n"),
      ).map(([title, company, start]) => [title, company, start]),
    ).toEqual([
      ["Civil Foreman", "Harbourline Retail India Pvt Ltd", "2020-11"],
      ["Accounts Executive", "Kestrel Harbour Engineering and Construction Company Limited", "2018-12"],
    ]);
  });

  it("reads a bulleted title and organisation whose dates are followed by the job's length", () => {
    expect(
      roles(
        [
          "• Site Engineer, Kestrel Pumps Ltd (Jan 2015 – Mar 2018) 3 Years",
          "• Junior Engineer, Harbourline Infratech (Jun 2012 – Dec 2014) 2.5 yrs",
        ].join("\n"),
      ),
    ).toEqual([
      ["Site Engineer", "Kestrel Pumps Ltd", "2015-01", "2018-03"],
      ["Junior Engineer", "Harbourline Infratech", "2012-06", "2014-12"],
    ]);
  });

  it("takes no bulleted duty with a preposition for the organisation of the entry below", () => {
    expect(
      roles(
        [
          "Project Engineer",
          "May 2007 - Dec 2007",
          "Harbourline Builders Pvt Ltd, Coimbatore",
          "• Executing the work within the time frame.",
          "• Liaising with Clients & Consultants.",
          "Project Engineer",
          "July 2004 - April 2007",
          "Kestrel General Contracting Co. LLC, Abu Dhabi",
          "• Preparing bar bending schedules.",
        ].join("\n"),
      ).map(([title, company]) => [title, company]),
    ).toEqual([
      ["Project Engineer", "Harbourline Builders Pvt Ltd"],
      ["Project Engineer", "Kestrel General Contracting Co. LLC"],
    ]);
  });
});

describe("dates inside a duty's sentence", () => {
  it("reads no job from a duty whose sentence names the years it covers", () => {
    expect(
      roles(
        [
          "Finance Manager , 01/2005 to 12/2012 Kestrel Health",
          "Managed budget for fiscal years of 2006-2011",
          "Responsible for large percent of the firm's revenue growth in 2008 - 2009 fiscal year.",
          "Negotiated transition service agreements for hospitals leaving the system, spanning",
          "multiple settlements of the joint operating agreement during 2007 - 2010.",
          "Accountant , 06/2001 to 12/2004 Harbourline Clinics",
        ].join("\n"),
      ),
    ).toEqual([
      ["Finance Manager", "Kestrel Health", "2005-01", "2012-12"],
      ["Accountant", "Harbourline Clinics", "2001-06", "2004-12"],
    ]);
    // a verb of being employed states a job: its dates stay the entry's under the organisation above
    const stated = roles(
      [
        "Kestrel Pumps Ltd, Pune",
        "Worked on pump maintenance in Jan 2015 - Mar 2018",
        "",
        "Harbourline Infratech, Mumbai",
        "Worked on site supervision in Jun 2012 - Dec 2014",
      ].join("\n"),
    );
    expect(stated.map(([, organisation, start, end]) => [organisation, start, end])).toEqual([
      ["Kestrel Pumps Ltd", "2015-01", "2018-03"],
      ["Harbourline Infratech", "2012-06", "2014-12"],
    ]);
  });

  it("reads bulleted statements of the job with their dates as jobs, like the same lines without bullets", () => {
    // (with a listed name between them, the statements are read by the same reader as the name)
    expect(
      roles(
        [
          "• Worked at Kestrel Tube Investments of India Pvt Ltd (Jan 2016 to Jun 2016)",
          "• NORTHGATE VEHICLES S/R (Anna nagar) (Aug 2016 to Dec 2016) 5",
          "Months",
          "• Worked at Orchard Motors S/R (Elmwood) (Jan 2017 to May 2017) 5 Months",
        ].join("\n"),
      ).map(([, company, start, end]) => [company, start, end]),
    ).toEqual([
      ["Kestrel Tube Investments of India Pvt Ltd", "2016-01", "2016-06"],
      ["NORTHGATE VEHICLES S/R (Anna nagar)", "2016-08", "2016-12"],
      ["Orchard Motors S/R", "2017-01", "2017-05"],
    ]);
  });

  it("reads a listed name with its place in brackets and the job's length after its dates as the organisation", () => {
    expect(
      roles(
        [
          "• Kestrel Tubes Pvt Ltd (Jan 2016 to Jun 2016)",
          "• NORTHGATE VEHICLES S/R (Anna nagar) (Aug 2016 to Dec 2016) 5",
          "Months",
        ].join("\n"),
      ).map(([, company, start]) => [company, start]),
    ).toContainEqual(["NORTHGATE VEHICLES S/R (Anna nagar)", "2016-08"]);
  });

  it("reads a listed name over keyed title and period fields as their organisation", () => {
    expect(
      roles(
        [
          "• Harbor Hydraulics Engg, Ludhiana (Punjab).",
          "Position:-   Design Engineer",
          "Time      :-  Oct 2012 to Dec 2013 (1 Year & 2 Months)",
        ].join("\n"),
      ),
    ).toEqual([["Design Engineer", "Harbor Hydraulics Engg", "2012-10", "2013-12"]]);
  });

  it("reads a list item whose sentence goes on, lower case, with the dates on the line below", () => {
    expect(
      roles(
        [
          "• 3 Years of experience from KESTREL SAFETY SOLUTIONS since 17th June",
          "2014 to 17th July 2017.",
          "",
          "DUTIES & JOB RESPONSIBILITIES",
          "• Training employees in daily tool box meetings.",
        ].join("\n"),
      ).map(([, company, start, end]) => [company, start, end]),
    ).toEqual([["KESTREL SAFETY SOLUTIONS", "2014-06", "2017-07"]]);
  });

  it("joins a statement of the job wrapped before the line that holds its dates", () => {
    expect(
      roles(
        [
          "Currently working in Orchard Service Centre LLC. and Harbor Rent Car",
          "Group, Dubai as a mechanic from 11, SEPTEMBER 2013 to till date.",
          "",
          "• Worked in Northgate Motors Group (Dealer), Dubai as a Mechanic from June",
          "2010 to June 2013.",
        ].join("\n"),
      ).map(([title, company, start]) => [title, company, start]),
    ).toEqual([
      ["mechanic", "Orchard Service Centre LLC", "2013-09"],
      ["Mechanic", "Northgate Motors Group", "2010-06"],
    ]);
  });

  it("joins a statement ended by a stop over its dates that go on in small letters", () => {
    const text = [
      "Jane Kestrel",
      "",
      "Employment and Work Experience",
      "",
      "worked as an Accountant – Accounts & Finance at Kestrel Trading Doha Qatar.",
      "from June 2010 October 2016.",
    ].join("\n");
    const { experience } = analyzeText(text, { asOf: "2026-11" }).analysis;
    expect(experience.map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ["Accountant – Accounts & Finance", "Kestrel Trading Doha Qatar", "2010-06", "2016-10"],
    ]);
  });
});
