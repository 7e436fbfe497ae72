import { describe, expect, it } from "vitest";
import { entriesFromFields } from "./experienceFields.ts";
import { entriesFromSentences, readJobSentence } from "./experienceSentences.ts";
import { analyzeText } from "./index.ts";
import { splitLines } from "./sections.ts";

describe("readJobSentence", () => {
  const cases: [string, { title: string | null; organisation: string | null } | null][] = [
    // an organisation written in lower case that its legal form names
    [
      "• Worked in harbour motors PVT. LTD.(Dealer), India as a technician from February 2006 to December 2008.",
      { title: "technician", organisation: "harbour motors PVT. LTD" },
    ],
    // the dates in brackets between the time stated and where
    [
      "• 6.4 years experience ( NOV. 2007 To MAR. 2013) in KESTREL RETAIL LTD.,Premises of Harbour Mills Ltd.",
      { title: null, organisation: "KESTREL RETAIL LTD" },
    ],
    [
      " Worked as a quality control Trainee in SL Lumax Ltd in customer support",
      { title: "quality control Trainee", organisation: "SL Lumax Ltd" },
    ],
    [
      "2 Years Electricals Supervisor in Sterling Wilson, Bhadrabad",
      { title: "Electricals Supervisor", organisation: "Sterling Wilson" },
    ],
    ["3 years hands-on exposure in Java development", null],
    // a place described after "in a", then whose it is
    [
      "• Worked as a Maintenance Electrical Engineer in a 66 KV Sub-Station in Orchard Power Solutions for 1year",
      { title: "Maintenance Electrical Engineer", organisation: "Orchard Power Solutions" },
    ],
    // the time the role lasted ends the title
    [
      "Worked in KESTREL ELECTRICALS (A Grade Contractors) as a Electrical Supervisor 6 months on contract basis",
      { title: "Electrical Supervisor", organisation: "KESTREL ELECTRICALS" },
    ],
    // a sentence set as the value of an "Experience :" field; "Govt." is no sentence's end
    [
      "Experience : 3 years working as a computer teacher in Govt. Girls Hr.Sec School, Harbourpet.",
      { title: "computer teacher", organisation: "Govt. Girls Hr.Sec School" },
    ],
    // the terms of the work before "as" ("in contract", "on a temporary basis"), then the title and where
    [
      "• Worked in contract as a supervisor at Korvel Thermal Station from August 2014 to April 2016.",
      { title: "supervisor", organisation: "Korvel Thermal Station" },
    ],
    [
      "Worked on a temporary basis as a Lab Assistant with Orrin Labs, Pune.",
      { title: "Lab Assistant", organisation: "Orrin Labs" },
    ],
    [
      "Presently employed: with ‘Vandor International Pvt.Ltd. as an Accounts Executive from 5th Dec 2016",
      { title: "Accounts Executive", organisation: "Vandor International Pvt.Ltd" },
    ],
    [
      "• Worked as a Site Engineer in Varuna Builders, Nagpur from 01/08/2014 to 28/09/2016.",
      { title: "Site Engineer", organisation: "Varuna Builders" },
    ],
    [
      "Presently working with Kestrel Infra Pvt. Ltd. as an Accounts Executive from 5th Dec 2016 to till date.",
      { title: "Accounts Executive", organisation: "Kestrel Infra Pvt. Ltd" },
    ],
    // "work" opens "work experience", not "worked": the duration lead reads the rest
    [
      "One year Six month work experience as a sales executive in Pellow Online Traders pvt. Ltd. Delhi.",
      { title: "sales executive", organisation: "Pellow Online Traders pvt. Ltd. Delhi" },
    ],
    ["I have work experience in Dravin Ltd as a clerk", { title: "clerk", organisation: "Dravin Ltd" }],
    [
      "• One year experience in S. P. Computers as trainee engineer.",
      { title: "trainee engineer", organisation: "S. P. Computers" },
    ],
    [
      "M/S. ORBIT CONSULTANTS as a Design Engineer for road estimates from August 2017 to Till Date.",
      { title: "Design Engineer", organisation: "M/S. ORBIT CONSULTANTS" },
    ],
    [
      "• Worked with HALCYON CONTRACTING LLC, as a “HVAC TECHNICIAN” during the period from 2013 to 2015.",
      { title: "HVAC TECHNICIAN", organisation: "HALCYON CONTRACTING LLC" },
    ],
    ["Currently employed: with Tarn Textiles Ltd", { title: null, organisation: "Tarn Textiles Ltd" }],
    [
      "• I have work in Norvale Facilities Services as an HVAC Technician from January 2012 to April 2018",
      { title: "HVAC Technician", organisation: "Norvale Facilities Services" },
    ],
    // a date range before the sentence, a place or years after the organisation
    [
      "2013 Apr to present working in Greenrow Farm Inputs Ltd As a computer operator.",
      { title: "computer operator", organisation: "Greenrow Farm Inputs Ltd" },
    ],
    [
      "2011 – 2015 was working with Brixton Realty Limited",
      { title: null, organisation: "Brixton Realty Limited" },
    ],
    [
      "I have worked in Al-Qamar Exchange/ Egypt 2005-2006",
      { title: null, organisation: "Al-Qamar Exchange" },
    ],
    // a line of work after "in", the employer after "at"; "exp." for experience
    [
      " 5 year worked in AIR CONDITIONING & REFRIGERATION FIELD (repairing) at FROSTLINE AIRCON",
      { title: null, organisation: "FROSTLINE AIRCON" },
    ],
    ["Worked in Harbourline Traders at Pune", { title: null, organisation: "Harbourline Traders" }],
    [
      "3 years exp. with Kestrel Pumps Ltd as Service Engineer",
      { title: "Service Engineer", organisation: "Kestrel Pumps Ltd" },
    ],
    // sentences about work that name no job
    ["Worked on the design of a pump for the client.", null],
    ["Working knowledge of SAP and Excel.", null],
    ["Good team work and communication.", null],
  ];
  it.each(cases)("%s", (sentence, want) => {
    expect(readJobSentence(sentence)).toEqual(want);
  });

  it("reads no date as the place a bare 'Title in' line names, and ends a title at 'after'", () => {
    expect(readJobSentence("Asst. Engineer in Dec.1981 and was given Rear", true)).toBeNull();
    expect(readJobSentence("Site Engineer in 2014 at the plant", true)).toBeNull();
    expect(readJobSentence("Site Engineer in Harbour Mills, 2014", true)).toEqual({
      title: "Site Engineer",
      organisation: "Harbour Mills",
    });
    expect(readJobSentence("Joined M/S Trim Kestrel as a consultant after Orla Motors Ltd")).toEqual({
      title: "consultant",
      organisation: "M/S Trim Kestrel",
    });
  });
});

describe("entries from sentences and from Key : Value fields", () => {
  it("reads dates that wrap onto the next line and 'till date' as current", () => {
    const lines = splitLines(
      "• Worked as a Mechanic in Ravi Motors from 01/08/2004 to\n28/09/2005.\n• Working as Supervisor with Indus Tools Ltd since March 2012 till date.",
    );
    expect(
      entriesFromSentences(lines, "2019-06").map((e) => [e.title, e.company, e.start, e.end, e.current]),
    ).toEqual([
      ["Mechanic", "Ravi Motors", "2004-08", "2005-09", false],
      ["Supervisor", "Indus Tools Ltd", "2012-03", null, true],
    ]);
  });

  it("reads dates that wrap over two more lines, up to the next statement", () => {
    const lines = splitLines(
      [
        " Worked as a SENIOR TECHNICIAN with HARLOW HARBOR",
        "FACILITIES in TECH PARK SECTOR 125 NOIDA from Aug",
        "2011 to Aug 2012.",
        " Worked as a TECHNICIAN with ICON SERVICES in",
        "HOME DECO PARK SECTOR 127 NOIDA",
        " Worked as a HELPER with DELTA AIR from May 2006 to May 2008.",
      ].join("\n"),
    );
    expect(entriesFromSentences(lines, "2019-06").map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      // the statement goes on to the line of its dates, so the name wrapped after "HARBOR" is read whole
      ["SENIOR TECHNICIAN", "HARLOW HARBOR FACILITIES", "2011-08", "2012-08"],
      ["TECHNICIAN", "ICON SERVICES", null, null],
      ["HELPER", "DELTA AIR", "2006-05", "2008-05"],
    ]);
  });

  it("starts a new job at a repeated key, several fields on one line or one per line", () => {
    const lines = splitLines(
      "Company Name : Orion Elevators LLC\nDuration\t:\tMarch 2016 to November 2016\nDesignation\t: Senior Technician.\n\nOrganisation : Delta Rail Works. Duration : 06/2013 to 07/2013 Designation : Trainee",
    );
    expect(entriesFromFields(lines, "2019-06").map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ["Senior Technician", "Orion Elevators LLC", "2016-03", "2016-11"],
      ["Trainee", "Delta Rail Works", "2013-06", "2013-07"],
    ]);
  });
});

describe("statements wrapped in a narrow column", () => {
  it("reads a statement broken at any word up to the line of its dates, and its wrapped lines as no statement", () => {
    const lines = splitLines(
      [
        "Presently working as a HVAC",
        "TECHNICIAN with TARNOW ARABIA",
        "LTD. in HARBOR PROJECT DOHA",
        "from Sep 2012 to till date.",
        "",
        "2. Worked with ‘Pellam Broadcasting india",
        "Pvt.Ltd as an Assistant Accountant from",
        "2nd July 2011 to 20th July 2014.",
        "",
        "3) Worked as a Rig Electrician in M/s Korbel drilling company, from senev",
        "in Exxon drilling project. From 12/05/2003 to",
        "05.07.2016 (13year & 2month)",
      ].join("\n"),
    );
    expect(entriesFromSentences(lines, "2019-06").map((e) => [e.title, e.company, e.start, e.end])).toEqual([
      ["HVAC TECHNICIAN", "TARNOW ARABIA LTD", "2012-09", null],
      ["Assistant Accountant", "Pellam Broadcasting india Pvt.Ltd", "2011-07", "2014-07"],
      ["Rig Electrician", "M/s Korbel drilling company", "2003-05", "2016-07"],
    ]);
  });

  it("ends a name at its legal form where the sentence goes on in lower case, and reads 'under M/s' as the employer", () => {
    expect(
      readJobSentence(
        "Worked as “Maintenance Supervisor” under M/S KOLTA SYSTEMS PRIVATE LIMITED looking after process jobs in Nerul Petro chemicals limited from July 2015 to Aug 2016.",
      ),
    ).toEqual({ title: "Maintenance Supervisor", organisation: "M/S KOLTA SYSTEMS PRIVATE LIMITED" });
  });
});

describe("entriesFromFields without an organisation key", () => {
  it("takes the organisation from the line above the record", () => {
    const entries = entriesFromFields(
      splitLines(
        "1. Primus Energy Solutions Pvt. Ltd.\n\nPosition held:\tTechnical Executive\nDate of Joining:\t1 October 2014\n\nJob Description:\nDesign of solar plants.",
      ),
      "2026-11",
    );
    expect(entries.map((e) => [e.title, e.company, e.start])).toEqual([
      ["Technical Executive", "Primus Energy Solutions Pvt. Ltd", "2014-10"],
    ]);
  });
});

describe("jobs listed as 'Title in Organisation' and 'Joined Organisation as Title'", () => {
  const bare: [string, { title: string | null; organisation: string | null } | null][] = [
    [
      "Supervisor in Tamarind Internet Café /Ajman 2007",
      { title: "Supervisor", organisation: "Tamarind Internet Café /Ajman" },
    ],
    ["Salesman in Blue Kite , Dubai.", { title: "Salesman", organisation: "Blue Kite" }],
    [
      "• Service Engineer 4 months in  Corvex Vacuum Pumps in Surat, Gujarat in 1988.",
      { title: "Service Engineer", organisation: "Corvex Vacuum Pumps" },
    ],
    // a clause, a claim or a lower-case place of work is no job
    ["Provide technical training to promoters/staff in HoReCa channel", null],
    ["Experienced Engineer with Strong Skills", null],
    ["Team Leader in charge of 5 staff", null],
  ];
  it.each(bare)("under a work-history heading: %s", (line, job) =>
    expect(readJobSentence(line, true)).toEqual(job),
  );

  it("reads a bare list only where asked (a work-history section)", () => {
    expect(readJobSentence("Salesman in Blue Kite , Dubai.")).toBeNull();
  });

  it("a list of such lines makes one entry each", () => {
    const entries = entriesFromSentences(
      splitLines(
        "Supervisor in Tamarind Café /Ajman 2007\nSecretary in Dunes Realty Company\nSalesman in Blue Kite , Dubai.",
      ),
      "2026-11",
      true,
    );
    expect(entries.map((e) => [e.title, e.company, e.start])).toEqual([
      ["Supervisor", "Tamarind Café /Ajman", "2007-01"],
      ["Secretary", "Dunes Realty Company", null],
      ["Salesman", "Blue Kite", null],
    ]);
  });

  it("in such a list, an 'X in Y' line counts though X is no known title; alone it does not", () => {
    const list = [
      "Supervisor in Tamarind Café /Ajman 2007",
      "Secretary in Dunes Realty Company",
      "Salesman in Blue Kite , Dubai.",
      "Tele Sales in Corniche Bank",
    ].join("\n");
    expect(entriesFromSentences(splitLines(list), "2026-11", true).map((e) => e.company)).toEqual([
      "Tamarind Café /Ajman",
      "Dunes Realty Company",
      "Blue Kite",
      "Corniche Bank",
    ]);
    const alone = "Tele Sales in Corniche Bank\nExpertise in Oracle Database";
    expect(entriesFromSentences(splitLines(alone), "2026-11", true)).toEqual([]);
  });

  it("a sentence goes on over its wrapped lines, which are no sentences of their own; 'Ltd- Place' ends the organisation", () => {
    const text = [
      "Presently working in Harbor petroleum corp Ltd- Chennai INDIA under Technical",
      "consultancy of Quill ENGINEERING PVT LTD since JULY 2016 as a Safety Officer,",
    ].join("\n");
    expect(
      entriesFromSentences(splitLines(text), "2026-11", true).map((e) => [e.title, e.company, e.start]),
    ).toEqual([["Safety Officer", "Harbor petroleum corp Ltd", "2016-07"]]);
  });

  it("a sentence that ends on 'in' goes on over the organisation on the next line", () => {
    const text = ["Working as Texture designer in", "KESTREL DESIGNS pvt.ltd (2 year)"].join("\n");
    expect(entriesFromSentences(splitLines(text), "2026-11", true).map((e) => [e.title, e.company])).toEqual([
      ["Texture designer", "KESTREL DESIGNS pvt.ltd"],
    ]);
  });

  it("a name wrapped before the word that names it an organisation goes on over the next line", () => {
    const read = (lines: string[]) =>
      entriesFromSentences(splitLines(lines.join("\n")), "2026-11", true).map((e) => [e.title, e.company]);
    // cut before "Chemicals", and the space after the full stop lost ("Fertilizers.Lakeside")
    expect(
      read([
        " Electrical Engineer 1 year in Kestrel",
        "Chemicals and Fertilizers.Lakeside,Madhya",
        "Pradesh, in 1989.",
      ]),
    ).toEqual([["Electrical Engineer", "Kestrel Chemicals and Fertilizers"]]);
    // cut after its "and"
    expect(
      read([
        " Electrical Engineer 1 year in Kestrel Chemicals and",
        "Fertilizers.Lakeside,Madhya Pradesh, in 1989.",
      ]),
    ).toEqual([["Electrical Engineer", "Kestrel Chemicals and Fertilizers"]]);
    // a next line that states a job of its own stays apart, and a name that is whole goes on over nothing
    expect(
      read([
        "Site Supervisor in Heron",
        "Welder in Kestrel Fabricators Ltd",
        "Foreman in Kestrel Fabricators Ltd",
        "Harbourline Steel Industries, Lakeside",
      ]),
    ).toEqual([
      ["Site Supervisor", "Heron"],
      ["Welder", "Kestrel Fabricators Ltd"],
      ["Foreman", "Kestrel Fabricators Ltd"],
    ]);
  });

  it("reads the time spent between the verb and the place ('Worked 6 years in X'), over a line ending on 'as a'", () => {
    expect(readJobSentence("Worked for 3 years at Kestrel Tools Ltd as Engineer")).toEqual({
      title: "Engineer",
      organisation: "Kestrel Tools Ltd",
    });
    const text = [
      "Worked 6 years in Harbour City hospital at maintenance department as a",
      "HEAD ELECTRICIAN FOREMAN",
    ].join("\n");
    expect(entriesFromSentences(splitLines(text), "2026-11", true).map((e) => [e.title, e.company])).toEqual([
      ["HEAD ELECTRICIAN FOREMAN", "Harbour City hospital"],
    ]);
  });

  it("reads 'Having 3 years of experience in X as Y' and 'Experience at X as Y' without the lead in the organisation", () => {
    for (const sentence of [
      "Having 3 years of experience in Kestrel Tools Ltd as Site Engineer",
      "Experience at Kestrel Tools Ltd as Site Engineer (2012-2014)",
    ])
      expect(readJobSentence(sentence)).toEqual({
        title: "Site Engineer",
        organisation: "Kestrel Tools Ltd",
      });
    // experience in a subject names no employer
    expect(readJobSentence("Experience in AutoCAD and Revit")).toBeNull();
  });

  it("reads the time spent in a title without an employer ('Two year experience of Store Keeper'), over a line ending on '&'", () => {
    const text = [
      " Two year experience of Store Keeper.",
      " Three year experience of Computer\tOperator &",
      "Accountant.",
      " 5 years experience of handling projects.",
      " Worked as Store Keeper.",
    ].join("\n");
    expect(entriesFromSentences(splitLines(text), "2026-11", true).map((e) => [e.title, e.company])).toEqual([
      ["Store Keeper", null],
      ["Computer Operator & Accountant", null],
    ]);
    expect(readJobSentence("Two years of experience of Kestrel Pvt Ltd")).toBeNull();
  });
});

describe("an experience heading whose value states the job", () => {
  it("reads the value as the section's first line", () => {
    const jobs = (text: string) =>
      analyzeText(text, { asOf: "2026-11" }).analysis.experience.map((job) => [job.title, job.company]);
    expect(
      jobs(
        [
          "S Kestrel",
          "Chennai",
          "",
          "Experience : 3 years working as a computer teacher in Harbourpet Girls School, Chennai.",
          "4 months working in Kestrel Matriculation School, Chennai.",
        ].join("\n"),
      ),
    ).toEqual([
      ["computer teacher", "Harbourpet Girls School"],
      [null, "Kestrel Matriculation School"],
    ]);
  });
});
