// Job sentences in more of the ways CVs write them, each written here with invented names: statements opening on
// their dates, the words before and after the organisation, a unit or a description before the employer, and a
// line's own date kept from the next statement.
import { describe, expect, it } from "vitest";
import { entriesFromSentences, readJobSentence } from "./experienceSentences.ts";
import { analyzeText } from "./index.ts";
import { splitLines } from "./sections.ts";

describe("readJobSentence, more ways of stating a job", () => {
  const cases: [string, { title: string | null; organisation: string | null } | null][] = [
    // a statement opening with its dates, "has been", "in the capacity of", the time then the dates in brackets
    [
      "From June 2010 to May 2013 worked as Site Engineer in Kestrel Constructions Pvt. Ltd.",
      { title: "Site Engineer", organisation: "Kestrel Constructions Pvt. Ltd" },
    ],
    [
      "June 2010 – May 2013: Worked as Site Engineer with Kestrel Constructions Pvt. Ltd.",
      { title: "Site Engineer", organisation: "Kestrel Constructions Pvt. Ltd" },
    ],
    // a statement of experience, then where it is from ("from" before a date opens the dates)
    [
      "3 Years of experience from Kestrel Safety Solutions since 17th June 2014 to 17th July 2017.",
      { title: null, organisation: "Kestrel Safety Solutions" },
    ],
    [
      "2011 onwards working with Kestrel Bank as Branch Manager.",
      { title: "Branch Manager", organisation: "Kestrel Bank" },
    ],
    // a name that goes on after "for" with a line of business and its legal form (as many Gulf firms are named);
    // "for" and a client's name still end the employer
    [
      "Worked as Accountant in Al Kestrel for General Trading & Contracting Co., Riyadh",
      { title: "Accountant", organisation: "Al Kestrel for General Trading & Contracting Co" },
    ],
    [
      "Worked as Site Engineer in Kestrel Steel for Northgate Company",
      { title: "Site Engineer", organisation: "Kestrel Steel" },
    ],
    // a present word (or two) between the dates and the statement
    [
      "2015 – 2018 To date Present working with M/s Northgate Land Developer",
      { title: null, organisation: "M/s Northgate Land Developer" },
    ],
    // "as a Post of", "as the Position of": the title after them; "with effect from", the start
    [
      "Worked with Harbourline Contracting Co. Ltd. at Dammam as a Post of “Electrician with effect from 19-12-2015 to 16-03-2017.",
      { title: "Electrician", organisation: "Harbourline Contracting Co. Ltd" },
    ],
    [
      "Worked with Kestrel Systems Pvt Ltd as the Position of Site Supervisor from 01-07-2010 to 30-11-2015.",
      { title: "Site Supervisor", organisation: "Kestrel Systems Pvt Ltd" },
    ],
    [
      "Worked in the capacity of Site Engineer with Kestrel Builders from 2005 to 2007.",
      { title: "Site Engineer", organisation: "Kestrel Builders" },
    ],
    [
      "Worked for 2 years (Jan 2012 – Dec 2013) as Accountant in Kestrel Traders, Kochi.",
      { title: "Accountant", organisation: "Kestrel Traders" },
    ],
    [
      "Worked between 2007 and 2009 as Sales Officer at Kestrel Finance Ltd.",
      { title: "Sales Officer", organisation: "Kestrel Finance Ltd" },
    ],
    [
      "Experience of 2 years as Sales Officer with Kestrel Finance Ltd (2007–2009).",
      { title: "Sales Officer", organisation: "Kestrel Finance Ltd" },
    ],
    // a unit or a description before the employer; an organisation (no person) after "under"
    [
      "Has been working as a Lecturer in the Department of Physics, Kestrel College of Engineering, Pune since July 2011.",
      { title: "Lecturer", organisation: "Kestrel College of Engineering" },
    ],
    [
      "Worked as a Sales Officer in a reputed NBFC, Kestrel Finance Ltd. from June 2007 to May 2009.",
      { title: "Sales Officer", organisation: "Kestrel Finance Ltd" },
    ],
    [
      "Working as an Assistant Professor in Mechanical Engineering Department at Kestrel Institute of Technology, Pune.",
      { title: "Assistant Professor", organisation: "Kestrel Institute of Technology" },
    ],
    [
      "Worked as Sales Officer under Kestrel Finance Ltd. from June 2007 to May 2009.",
      { title: "Sales Officer", organisation: "Kestrel Finance Ltd" },
    ],
    ["Worked as Trainee under Mr. Rao Kestrel at the head office.", { title: "Trainee", organisation: null }],
    // words before the organisation ("Presently with", "At"), an organisation served, "I joined", a start after
    // the verb, "and left" ending the title, a unit before the employer
    [
      "Presently with Kestrel Finance Ltd. as Sales Officer since June 2007.",
      { title: "Sales Officer", organisation: "Kestrel Finance Ltd" },
    ],
    [
      "At Kestrel Finance Ltd. as Sales Officer (June 2007 – May 2009)",
      { title: "Sales Officer", organisation: "Kestrel Finance Ltd" },
    ],
    [
      "Served Kestrel Finance Ltd. as Sales Officer from June 2007 to May 2009.",
      { title: "Sales Officer", organisation: "Kestrel Finance Ltd" },
    ],
    [
      "I joined Kestrel Finance Ltd. in June 2007 as Sales Officer and left in May 2009.",
      { title: "Sales Officer", organisation: "Kestrel Finance Ltd" },
    ],
    [
      "Working since June 2007 with Kestrel Finance Ltd. as Sales Officer.",
      { title: "Sales Officer", organisation: "Kestrel Finance Ltd" },
    ],
    // the place of the work before its owner ("at the construction site of X"), a description of the place
    // ("at the new X Tower for the client of Y"), and whose payroll it was ("on the payroll of Z", not "off payroll")
    [
      "• Worked as QC Engineer since Jan 2015 to Mar 2018 at the construction site of Kestrel Cements Ltd, Nagpur.",
      { title: "QC Engineer", organisation: "Kestrel Cements Ltd" },
    ],
    [
      "• Worked as Site Supervisor since Apr 2018 to till date at the new Heron Heights for the client of Orbit Infra Ltd.",
      { title: "Site Supervisor", organisation: "Orbit Infra Ltd" },
    ],
    [
      "• Worked as BMS Operator since Aug 2012 to Apr 2013 at the site Heron Tower on the payroll of Kestrel Facility Services Pvt. Ltd (off payroll of Orbit Realty).",
      { title: "BMS Operator", organisation: "Kestrel Facility Services Pvt. Ltd" },
    ],
    // an internship is a job: its words are the title, its length no part of the employer
    [
      "Summer internship in KESTREL GRID CORPORATION OF INDIA LIMITED of one month in 2011.",
      { title: "Summer internship", organisation: "KESTREL GRID CORPORATION OF INDIA LIMITED" },
    ],
    [
      "Summer internship in P.W.D of one month in 2012.",
      { title: "Summer internship", organisation: "P.W.D" },
    ],
    [
      "Completed an internship at Kestrel Motors Ltd. on topic Manufacturing of Helical Springs in June 2015.",
      { title: "Internship", organisation: "Kestrel Motors Ltd" },
    ],
    // (its length before it: "Six months internship", "one year apprenticeship")
    [
      "Six months internship at Orchard Builders Pvt Ltd in 2015.",
      { title: "Internship", organisation: "Orchard Builders Pvt Ltd" },
    ],
    [
      "Completed one year apprenticeship at Kestrel Motors Ltd, Pune in 2014.",
      { title: "Apprenticeship", organisation: "Kestrel Motors Ltd" },
    ],
    // an in-charge is a title, not where the job was; a month and year end the employer's name
    [
      "Worked as a office IN charge in Kestrel Berg Enterprises January 2012 to November 2013.",
      { title: "office IN charge", organisation: "Kestrel Berg Enterprises" },
    ],
    [
      "Worked as Site Engineer in charge of execution at Kestrel Builders Pvt Ltd from 2012 to 2014.",
      { title: "Site Engineer", organisation: "Kestrel Builders Pvt Ltd" },
    ],
    // the time spent between the title and where
    [
      "• Worked as Electrical Engineer for 4 months in Kestrel Vacuum Pumps, Ankleshwar, Gujarat in 1988.",
      { title: "Electrical Engineer", organisation: "Kestrel Vacuum Pumps" },
    ],
    // a title held in brackets right after the organisation; a place in brackets is none
    [
      "1 year worked in Kestrel Pvt Ltd.(Computer Operator)",
      { title: "Computer Operator", organisation: "Kestrel Pvt Ltd" },
    ],
    ["Worked at Elmwood Labs (Pune) from 2015 to 2016.", { title: null, organisation: "Elmwood Labs" }],
    // a name typed in lower case is the employer where the job's dates follow it; a place described is none
    [
      "Worked as a salesman cum cashier in kestrel fashion retail from May 2015 to May 2017 in Riyadh.",
      { title: "salesman cum cashier", organisation: "kestrel fashion retail" },
    ],
    [
      "Worked as a teacher in private school from June 2012 to May 2015.",
      { title: "teacher", organisation: null },
    ],
    ["Worked as a clerk in kestrel fashion retail and billing.", { title: "clerk", organisation: null }],
  ];
  it.each(cases)("%s", (sentence, want) => {
    expect(readJobSentence(sentence)).toEqual(want);
  });
  it("takes a unit with no employer after it for no employer, in a list's bare 'Title in X' too", () => {
    expect(readJobSentence("Design Engineer in D&D Deptt., June 2013- Present", true)).toBeNull();
  });
});

describe("readJobSentence on 'Joined Organisation as Title'", () => {
  const joined: [string, { title: string | null; organisation: string | null }][] = [
    [
      "• Joined M/S Orlen Motors, Pune as GET in Dec 1979, completed training",
      { title: "GET", organisation: "M/S Orlen Motors" },
    ],
    [
      "• Joined Kavala Udyog Ltd. In Oct’84 and was given Assy-1 as an executive.",
      { title: "executive", organisation: "Kavala Udyog Ltd" },
    ],
    // the unit a title is of, after a comma, when it alone ends the sentence; a place there is no part of it
    [
      "Joined Kestrel Bank (Islamic Bank), Riyadh in 2007 as Senior Manager, Corporate Banking Group.",
      { title: "Senior Manager, Corporate Banking Group", organisation: "Kestrel Bank" },
    ],
    ["Joined Orchard Traders as Accountant, Pune.", { title: "Accountant", organisation: "Orchard Traders" }],
  ];
  it.each(joined)("%s", (line, job) => expect(readJobSentence(line)).toEqual(job));
});

describe("entriesFromSentences, more ways of stating a job", () => {
  it("reads 'Title with Organisation' where the name says it is one, and the employer after a unit", () => {
    const lines = splitLines(
      [
        "• Sales Officer with Kestrel Finance Ltd. from June 2007 to May 2009.",
        "• Safety Manager in Utility Department from Sept-1989 in Larkspur Silk Mills Limited, Surat.",
        "• Liaison with Client, Management and Works Contractors.",
        // a title's specialism in brackets after it
        "• Engineer (Electrical) in Maintenance Department From sept.-1985 in Orchard Fibres Limited, Surat.",
      ].join("\n"),
    );
    expect(entriesFromSentences(lines, "2019-06", true).map((e) => [e.title, e.company, e.start])).toEqual([
      ["Sales Officer", "Kestrel Finance Ltd", "2007-06"],
      ["Safety Manager", "Larkspur Silk Mills Limited", "1989-09"],
      ["Engineer (Electrical)", "Orchard Fibres Limited", "1985-09"],
    ]);
  });
  it("reads on over a wrapped line that names whose payroll it was", () => {
    const lines = splitLines(
      [
        "• Worked as Facility Executive since April 2016 to till date at the site of Heron New Town Heights",
        "Kolkata On payroll of Kestrel Facility Services Pvt Ltd.",
      ].join("\n"),
    );
    expect(entriesFromSentences(lines, "2019-06").map((e) => [e.title, e.company, e.start])).toEqual([
      ["Facility Executive", "Kestrel Facility Services Pvt Ltd", "2016-04"],
    ]);
  });
  it("takes no dates from the next statement past a full stop after the line's own date", () => {
    const lines = splitLines(
      "Joined Harbour Forgings Pvt. Ltd. as Production Manager in March 1990 and worked till June 1998.\nPresently working with Larkspur Steels Limited as General Manager since July 1998.",
    );
    expect(entriesFromSentences(lines, "2019-06").map((e) => [e.title, e.company, e.start])).toEqual([
      ["Production Manager", "Harbour Forgings Pvt. Ltd", "1990-03"],
      ["General Manager", "Larkspur Steels Limited", "1998-07"],
    ]);
  });
});

describe("a dated statement of the job over its keyed position", () => {
  it("reads the organisation after a present word and a web address, and the keyed position as the title", () => {
    const text = [
      "Ravi Kestrel",
      "ravi.kestrel@example.com",
      "",
      "Professional Experience",
      "2015 – 2018 To date Present working with M/s Northgate Land Developer www.northgate.example.in",
      "",
      "Position:       AGM / Sr. Project Manager (Projects)",
      "",
      "Responsibilities: Progress review meetings with contractors",
      "2011 – 2015 was working with Orchard Buildcon Limited",
      "",
      "Position: Project Manager (Projects)",
    ].join("\n");
    const jobs = analyzeText(text, { asOf: "2026-11", defaultRegion: "IN" }).analysis.experience;
    expect(jobs.map((job) => [job.title, job.company, job.start])).toEqual([
      ["AGM / Sr. Project Manager (Projects)", "M/s Northgate Land Developer", "2015-01"],
      ["Project Manager (Projects)", "Orchard Buildcon Limited", "2011-01"],
    ]);
  });
});
