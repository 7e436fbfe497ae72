import { describe, expect, it } from "vitest";
import { extractEducation } from "./education.ts";
import { educationFromJob } from "./educationFromJobs.ts";
import { isEducationColumnRow } from "./educationInstitutions.ts";
import { labelledEducationLines } from "./educationLines.ts";
import { analyzeText } from "./index.ts";
import { splitLines } from "./sections.ts";

const read = (text: string) =>
  extractEducation(splitLines(text), "2020-01").map((e) => [e.level, e.institution]);

describe("extractEducation on a US résumé's school over its dated degrees", () => {
  it("a school with its town and state ('Medford, MA') heads each dated degree row under it", () => {
    expect(
      read(
        [
          "ORCHARD UNIVERSITY\tMedford, MA",
          "1995 - 1997\tMS Electrical Engineering",
          "1990 - 1994\tBS Electrical Engineering",
          " Honors: Magna Cum Laude, Dean's List, Tau Beta Pi Honor Society",
          "",
          "KESTREL COLLEGE\tPortland, ME",
          "1988 - 1990\tAssociate of Arts",
        ].join("\n"),
      ),
    ).toEqual([
      ["master", "ORCHARD UNIVERSITY"],
      ["bachelor", "ORCHARD UNIVERSITY"],
      ["associate", "KESTREL COLLEGE"],
    ]);
  });

  it("a keyed school field heads no degree row but its record's", () => {
    // "College :- X" / "Course :- B.Tech" is one record; the degree's row repeated below it takes no school
    const rows = read(
      "College/Institution :- Harbor College of Engineering, Kochi\nCourse\t:- B.Tech (Mechanical Engineering)\n\nM.Tech (Thermal Systems)\t2013",
    );
    expect(rows).toContainEqual(["master", null]);
  });
});

describe("extractEducation on rows as Indian CVs write them", () => {
  it("skips a table's label row and reads each row's school", () => {
    expect(
      read(
        "Qualification\tBoard/University\tYear\t%\nB.E (Civil)\tRavindra Institute of Technology\t2015\t72\nClass XII\tU.P. Board\t2011\t68",
      ),
    ).toEqual([
      ["bachelor", "Ravindra Institute of Technology"],
      ["secondary", "U.P. Board"],
    ]);
  });

  it("takes the school after 'from' in a sentence, without the trailing words", () => {
    expect(read("• Passed HSC from Nalanda Inter College Muzaffarpur with 62%")).toEqual([
      ["secondary", "Nalanda Inter College Muzaffarpur"],
    ]);
  });

  it("prefers the school to the board that examined it, and keeps a board named alone", () => {
    expect(read("Class XII\tSt. Mary's Convent School\tCBSE Board\t2010\nClass X\tU.P. Board\t2008")).toEqual(
      [
        ["secondary", "St. Mary's Convent School"],
        ["secondary", "U.P. Board"],
      ],
    );
  });

  it("reads a school named with 'School', and one after 'from' with no school word", () => {
    expect(
      read("SSC from Koilakh High School (Bihar Board) in 2008\nDiploma from KVG P Sullia; 66%"),
    ).toEqual([
      ["secondary", "Koilakh High School"],
      ["associate", "KVG P Sullia"],
    ]);
  });

  it("cuts the school's own words out of a row that also holds the degree and subject", () => {
    expect(
      read(
        "Bachelor of Science : Environmental Science Knox Community College City, State\nMaster of Accountancy University of North Carolina at Charlotte 2016",
      ),
    ).toEqual([
      ["bachelor", "Knox Community College"],
      ["master", "University of North Carolina at Charlotte"],
    ]);
  });

  it("reads a board under a qualification named with school words as that row's, and no glued row as a school", () => {
    expect(read("Secondary School SSLC\t2011 — 2012\nRiverdale Matriculation Board")).toEqual([
      ["secondary", "Riverdale Matriculation Board"],
    ]);
    expect(read("B.E(CIVILENGINEERING)7.1CGPA–2016\nDIPLOMAINSURVEYINGENGINEERINGANDTECHNOLOGY")).toEqual([
      ["bachelor", null],
    ]);
  });

  it("reads no society or honour listed under education as a school", () => {
    expect(
      read(
        "Master of Arts : History 2012\nEastfield University\nPhi Beta Theta\nBayside Association of Librarians - 2010 - Present",
      ),
    ).toEqual([["master", "Eastfield University"]]);
  });

  it("reads a US charter school with no degree as a secondary school", () => {
    expect(read("2014\nMaplewood Academy Charter School")).toEqual([
      ["secondary", "Maplewood Academy Charter School"],
    ]);
  });

  const rows: [string, boolean][] = [
    ["Course | Institution | Year | Percentage", true],
    ["• Board/University", true],
    ["B.Tech | Anna University | 2014", false],
  ];
  it.each(rows)("label row %s", (line, want) => {
    expect(isEducationColumnRow(line)).toBe(want);
  });
});

describe("extractEducation on the layouts real CVs use", () => {
  const cases: [string, string, [string | null, string | null][]][] = [
    [
      "level words inside a school's name make no degree",
      "HSC\nSyed Ammal Matriculation Higher Secondary School\nTamilNadu\tFirst Class",
      [["secondary", "Syed Ammal Matriculation Higher Secondary School"]],
    ],
    [
      "the college beats the university it is affiliated to",
      "B.Com Kamaraj College of Arts and Science affiliated to Manonmaniam Sundaranar University",
      [["bachelor", "Kamaraj College of Arts and Science"]],
    ],
    [
      "a school year named by its number alone",
      "10 Passed from UP Board.\n\n12 Passed from UP Board.",
      [
        ["secondary", "UP Board"],
        ["secondary", "UP Board"],
      ],
    ],
    [
      "a sentence wrapped before the school's head word",
      "B.Tech (Electrical Engineering) with 66.1% marks in 2010-2014 from Rajasthan Technical\nUniversity Kota",
      [["bachelor", "Rajasthan Technical University Kota"]],
    ],
    [
      "the college named after the university in one sentence",
      "Bachelor of Engineering in Electronics from Anna University, during\nthe period 2007-2011 with 71% in Shri Andal College of Engineering in\nChennai.",
      [["bachelor", "Shri Andal College of Engineering"]],
    ],
    [
      "a table's rows, a trade at an ITI, and the label row with 'Remarks'",
      "Course\tName of the Institution\tName of Board/ University\tYear of passing\tRemarks\nS.S.L.C\tGovt. VHSS Kollam\tBoard of Public Examinations\t1999\tPassed\nI.T.I Mechanic (Motor Vehicle)\tGovt. I.T.I Kollam\tNCVT\t2005\tPassed",
      [
        ["secondary", "Govt. VHSS Kollam"],
        ["other", "Govt. I.T.I Kollam"],
      ],
    ],
    [
      "a polytechnic diploma in engineering, and a school joined to its department by a hyphen",
      "Diploma in Electrical & Electronics Engg. - Lakshmi Ammal Polytechnic-Department of Technical Education.",
      [["associate", "Lakshmi Ammal Polytechnic"]],
    ],
    [
      "a month before the school is the date's, and 'Group of Institute' keeps its words",
      "Master of Science, Dec 2014 University at Buffalo\nBachelor of Technology in 2015\nGulzar Group of Institute, G.T. Road, Punjab.",
      [
        ["master", "University at Buffalo"],
        ["bachelor", "Gulzar Group of Institute"],
      ],
    ],
    [
      "one entry per degree however many rows its years take, and a wrapped first cell",
      "Diploma in\t2013\tD.E.I. Technical College\t82.5\nelectronics Engg.\nB.Sc. 1 Year\t2016\tJ.S. Mahavidyalaya\t69\nB.Sc. 2 Year\t2017\tJ.S. Mahavidyalaya\t59",
      [
        ["associate", "D.E.I. Technical College"],
        ["bachelor", "J.S. Mahavidyalaya"],
      ],
    ],
    ["kind words alone name no school", "SSLC\t2010\tSecondary School\t78%", [["secondary", null]]],
    [
      "a capitalised 'Of' inside a school's name, and 'from.' before a school with no school word",
      "• MBA (Marketing) 2005-2007, RT Institute Of Mgt. & IT\n• BBA Finance in May 2008 from. KMTS Agra India with A Grade.",
      [
        ["master", "RT Institute Of Mgt. & IT"],
        ["bachelor", "KMTS Agra India"],
      ],
    ],
    [
      "words a DOCX glued together",
      "• B.E in Civil Engg.From JanaMilliaSanstha" +
        "with 65% marks in aggregate.\n• B.com from KKS universityrampur.",
      [
        ["bachelor", "JanaMilliaSanstha"],
        ["bachelor", "KKS university rampur"],
      ],
    ],
    [
      "a course given 'by' a training body",
      "• Scaffolding safety-certificate course by ZENTRA.",
      [["other", "ZENTRA"]],
    ],
  ];
  it.each(cases)("%s", (_, text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe("educationFromJob", () => {
  const job = (title: string, company: string | null) => ({
    title,
    company,
    location: null,
    start: "2013-07" as const,
    end: null,
    current: true,
    months: null,
    highlights: [],
    confidence: 0.7,
  });
  it("reads a degree at a school listed among the jobs as education", () => {
    expect(educationFromJob(job("Ph.D", "Indian Institute of Technology"))).toMatchObject({
      level: "doctorate",
      institution: "Indian Institute of Technology",
    });
  });
  it("leaves real jobs alone, at schools too", () => {
    expect(educationFromJob(job("Teaching Assistant", "Anna University"))).toBeNull();
    expect(educationFromJob(job("MBA Admissions Officer at the business school", "Acme"))).toBeNull();
  });
});

describe("labelledEducationLines", () => {
  const values = (text: string) => labelledEducationLines(splitLines(text)).map((line) => line.text);
  it("reads a technical qualification's value and one line per degree of a list", () => {
    expect(
      values(
        "Technical Qualification: -* DIPLOMA IN CIVIL ENGINEERING from X Board\nQualification\t:\tM.Sc., M.Phil.,(CS)",
      ),
    ).toEqual(["DIPLOMA IN CIVIL ENGINEERING from X Board", "M.Sc.", "M.Phil.,(CS)"]);
  });
  it("keeps a degree and its school together", () => {
    expect(values("Qualification : B.E. (Mechanical), Vela University")).toEqual([
      "B.E. (Mechanical), Vela University",
    ]);
  });
});

describe("extractEducation on a table row whose board column comes first", () => {
  it("keeps the college under the university the row named first, before any year", () => {
    expect(read("B.Sc (Physics)\tNorthern State University\nSt. Alban's College\t2014")).toEqual([
      ["bachelor", "St. Alban's College"],
    ]);
    // after the row's year, a college starts the next entry
    expect(read("B.Sc (Physics)\tNorthern State University\t2014\nSt. Alban's College\t2011")).toEqual([
      ["bachelor", "Northern State University"],
      [null, "St. Alban's College"],
    ]);
  });
});

describe("extractEducation on a marks table's rows without school words", () => {
  it("reads the cell beside the board as the school, and no 'Class X : High School' as one", () => {
    expect(
      read(
        "Class XII : Intermediate\tM.P. Board\tK.N.V. Rewa\t2012\t64%\nClass X : High School\tCBSE Board\tD.A.V. Satna\t2010\t71%",
      ),
    ).toEqual([
      ["secondary", "K.N.V. Rewa"],
      ["secondary", "D.A.V. Satna"],
    ]);
    // outside a table a board named alone stays
    expect(read("Class XII from M.P. Board")).toEqual([["secondary", "M.P. Board"]]);
  });

  it("keeps a row opened by a class number alone beside a school with no school word", () => {
    expect(read("Diploma\tFirst\nRavi Technical Institute, Agra\n10\tNIOS, Delhi\tFirst")).toEqual([
      ["associate", "Ravi Technical Institute"],
      ["secondary", "NIOS"],
    ]);
  });
});

describe("extractEducation on an aside in brackets under a course", () => {
  it("keeps the school the course line names after 'from' over one named in a bracketed aside", () => {
    expect(
      read(
        "Done Mobile Repairing course from Techsmith.\n(Mobile & Laptop Repair Institute.) Gorakhpur Centre",
      ),
    ).toEqual([["other", "Techsmith"]]);
    // without a school after 'from', the bracketed line still names one
    expect(read("Diploma in Nursing\n(Evening batch) Saint Luke's Nursing Institute")).toEqual([
      ["other", "Saint Luke's Nursing Institute"],
    ]);
  });
});

describe("a sentence that names its school", () => {
  it("goes on with a school's name cut after 'from' and ends it where the result is told", () => {
    const text = [
      "Diploma in Mechanical Engineering from TECHNICAL",
      "BOARD OF KARNATAKA. Passed in May 2009 with First Class. (64.00%)",
      "Passed HSC from Harbour Inter College with Second Class in 2006",
    ].join("\n");
    expect(extractEducation(splitLines(text), "2020-01").map((e) => [e.level, e.institution])).toEqual([
      ["associate", "TECHNICAL BOARD OF KARNATAKA"],
      ["secondary", "Harbour Inter College"],
    ]);
  });

  it("goes on with a school's name cut after 'of' words ('from Board of Secondary Education Uttar' / 'Pradesh')", () => {
    const text = [
      " Secondary School Certificate from Board of Secondary Education Uttar",
      "Pradesh State, India.",
      " Intermediate from Board of Intermediate Education Uttar Pradesh State,",
      "India.",
    ].join("\n");
    expect(extractEducation(splitLines(text), "2020-01").map((e) => [e.level, e.institution])).toEqual([
      ["secondary", "Board of Secondary Education Uttar Pradesh State"],
      ["secondary", "Board of Intermediate Education Uttar Pradesh State"],
    ]);
  });

  it("does not join the next qualification to a line ending after 'from'", () => {
    const text = [
      "Passed SSC in 2004 with First Class from Harbour High School",
      "HSC from Lake Inter College in 2006",
    ].join("\n");
    expect(extractEducation(splitLines(text), "2020-01").map((e) => e.institution)).toEqual([
      "Harbour High School",
      "Lake Inter College",
    ]);
  });
});

describe("degrees in a CV builder's export", () => {
  it("reads a degree whose 'of' an export ran on ('Bachelorof Science') as its own row", () => {
    const text = [
      "Dana Whitfield",
      "dana@example.com",
      "",
      "Education",
      "Bachelorof Science : Public Relations Harbour State University",
      "Masterof Arts : Journalism Lakeside University",
    ].join("\n");
    const { education } = analyzeText(text, { asOf: "2026-11", defaultRegion: "US" }).analysis;
    expect(education.map((entry) => [entry.level, entry.degree])).toEqual([
      ["bachelor", "Bachelor of Science"],
      ["master", "Master of Arts"],
    ]);
  });
});

describe("a degree stated twice", () => {
  it("reads a builder's row and the candidate's spelled-out restatement of it as one degree", () => {
    expect(
      read(
        [
          "M.B.A : Finance Harbour State University",
          "Bachelor of Commerce",
          "Master of Business Administration",
          "B.com Lakeside College of Commerce",
        ].join("\n"),
      ),
    ).toEqual([
      ["master", "Harbour State University"],
      ["bachelor", "Lakeside College of Commerce"],
    ]);
  });
});

describe("the subject of a degree", () => {
  it("reads a builder's 'Degree : Subject School' row's subject, never its place placeholder", () => {
    const text = [
      "Dana Whitfield",
      "dana@example.com",
      "",
      "Education",
      "Master of Arts : Human Resource Development HARBOUR STATE UNIVERSITY \u00ef\u00bc City , State , US",
      "Master of Health Administration 2015 Lakeside University \u00ef\u00bc City , State",
    ].join("\n");
    const { education } = analyzeText(text, { asOf: "2026-11", defaultRegion: "US" }).analysis;
    expect(education.map((entry) => [entry.field, entry.institution])).toEqual([
      ["Human Resource Development", "HARBOUR STATE UNIVERSITY"],
      ["Health Administration", "Lakeside University"],
    ]);
  });
});
