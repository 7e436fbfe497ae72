import { describe, expect, it } from "vitest";
import { extractEducation } from "./education.ts";
import { withColumnRoles } from "./educationTables.ts";
import { detectSections, splitLines } from "./sections.ts";

const read = (text: string) =>
  extractEducation(splitLines(text), "2020-01").map((e) => [e.level, e.degree, e.institution]);

describe("marks tables: the label row says which cell is the school", () => {
  const cases: [string, string, (string | null)[][]][] = [
    [
      "a certifications table's label row is no course",
      "Certification\tInstitute\tYear\nCertificate in Tally ERP\tArun Computer Academy\t2014",
      [["other", "Certificate in Tally ERP", "Arun Computer Academy"]],
    ],
    [
      "acronym schools under 'School/College', the board or university in its own column",
      "S. No.\nClass/Sem.\nBoard/\nUniversity\nSchool/\nCollege\nYear\nPercentage/CGPA\n1.\tB.E.\tRTUV\tKPCE\t2015\t73.6\n2.\t12th\tM.P\tSVHS\t2011\t59.5",
      [
        ["bachelor", "B.E.", "KPCE"],
        ["secondary", "12th", "SVHS"],
      ],
    ],
    [
      "one tabbed label row, its words split apart by the PDF",
      "Degree/ Course\tIns ti tute/ College\tUni versity/ Board\tPercentage/ CGPA\tYe ar of Pass ing\nB.Tech (Civil)\tNVPT Kharagpur\tWBUT Kolkata\t7.1 CGPA\t2016",
      [["bachelor", "B.Tech (Civil)", "NVPT Kharagpur"]],
    ],
    [
      "a 'Board/University' cell that names a school is the school",
      "Year\tDegree/Certificate\tBoard/University\tPercentage\n2012\tHigher Secondary Certificate\tGovt. Model Girls H.S. School Rampur\t61%",
      [["secondary", "Higher Secondary Certificate", "Govt. Model Girls H.S. School"]],
    ],
    [
      "a cell under 'Institute' that a wrapped row filled with a place is no school",
      "Course\tSpecialization\tInstitute\tDuration\tAggregate %\nKestrel Institute of Technology and Management,\nB.Tech.\tMechanical Engineering\tKanpur (Uttar Pradesh)\t(2011-15)\t71.54",
      [["bachelor", "B.Tech.", "Kestrel Institute of Technology and Management"]],
    ],
  ];
  it.each(cases)("%s", (_, text, want) => {
    expect(read(text)).toEqual(want);
  });

  it("blanks the labels and gives each aligned row its cells", () => {
    const lines = withColumnRoles(splitLines("Course\tCollege\tBoard\nB.Sc.\tLotus College\tXYZ University"));
    expect(lines.map((line) => [line.text, line.schoolCell, line.boardCell])).toEqual([
      ["", undefined, undefined],
      ["B.Sc.\tLotus College\tXYZ University", "Lotus College", "XYZ University"],
    ]);
  });

  it("trusts no labels wrapped over two tabbed lines", () => {
    const lines = withColumnRoles(
      splitLines(
        "COURSE\tBOARD/\nINSTITUTION\tPERIOD\tPERCENTAGE\nElectronics\tOrchid University\t(no arrears",
      ),
    );
    expect(lines[2].schoolCell).toBeUndefined();
  });
});

describe("Class X / XII rows", () => {
  const cases: [string, string, (string | null)[][]][] = [
    [
      "a school year by its number alone, its 'th' set apart by the PDF",
      "Standard\tSchool/Board\tPercentage\tYear\nth\t2009\n10\tR. K. College, Sitapur (U.P. Board)\t57.50",
      [["secondary", "10", "R. K. College"]],
    ],
    [
      "after a row number",
      "S. No\tStandard\tSchool/College\tBoard\tYear\tPercentage\nII.\t12\tA.N. Verma College\tB.S.E.B\t2011\t60.00",
      [["secondary", "12", "A.N. Verma College"]],
    ],
    ["Madhyamik", "Madhyamik\tWBBSE\t2009\t61%", [["secondary", "Madhyamik", "WBBSE"]]],
    ["TENTH", "TENTH\t60\tKendriya Vidyalaya, Rampur\tCBSE", [["secondary", "TENTH", "Kendriya Vidyalaya"]]],
    ["10+2", "• 10+2 Examination, passed from M.P. Board", [["secondary", "10+2 Examination", "M.P. Board"]]],
  ];
  it.each(cases)("%s", (_, text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe("certificate courses beside a training body", () => {
  const cases: [string, string, (string | null)[][]][] = [
    [
      "a course from a training centre",
      "• SOLIDWORKS from ACME CAD CENTRE TRAINING SERVICES Aliganj, Lucknow.",
      [["other", "SOLIDWORKS", "ACME CAD CENTRE TRAINING SERVICES Aliganj"]],
    ],
    [
      "an awarding body above its course",
      "Northern Examination Board in Occupational Safety\nHealth and Safety at Work\n2016 - 2016",
      [["other", "Health and Safety at Work", "Northern Examination Board in Occupational Safety"]],
    ],
    [
      "beside a university or college the level stays unknown",
      "Westfield University\tApplied Studies\t2003 - 2007",
      [[null, null, "Westfield University"]],
    ],
  ];
  it.each(cases)("%s", (_, text, want) => {
    expect(read(text)).toEqual(want);
  });
  it("gives a personal detail beside a date no level", () => {
    expect(read("Nationality\tIndian\nDate of Birth\t12-08-1990").map(([level]) => level)).not.toContain(
      "other",
    );
  });
});

describe("sections around marks tables", () => {
  const kinds = (text: string) => detectSections(text).map((block) => [block.kind, block.heading]);
  it("keeps a DOCX table's labels, one per line, inside the education section", () => {
    expect(
      kinds(
        "EDUCATIONAL DETAILS\nCourse\nInstitution\nBoard/\nUniversity\nYear of Passing\nMCA\nLotus College\n2015",
      ),
    ).toEqual([["education", "EDUCATIONAL DETAILS"]]);
  });
  it("opens the education section at a marks table's label row with no heading above", () => {
    expect(
      kinds(
        "OBJECTIVE\nTo grow.\nEducational Qualifications Year of Passing\tBoard/university\tPercentage (%)\nB.Sc.\t2012\tHill University\t48.22",
      ),
    ).toEqual([
      ["summary", "OBJECTIVE"],
      ["education", ""],
    ]);
  });
});

describe("a college and the university that awards its degree, one cell per line", () => {
  it("keeps them in one entry and reads the college", () => {
    expect(read("MCA\nLotus School of Applied Sciences, Rampur\nM G University\nRampur\n2015\n75%")).toEqual([
      ["master", "MCA", "Lotus School of Applied Sciences"],
    ]);
  });
});

describe("secondary schools and the Indian School Certificate", () => {
  const cases: [string, string, (string | null)[][]][] = [
    [
      "a high school named with no degree",
      "Brookfield High School\t2011",
      [["secondary", null, "Brookfield High School"]],
    ],
    [
      "a high school's own diploma",
      "Diploma Norbury High School\t1988",
      [["secondary", "Diploma", "Norbury High School"]],
    ],
    [
      "ISC",
      "• Passed ISC (Indian School Certificate), XI From Lily School Rampur.",
      [["secondary", "ISC (Indian School Certificate)", "Lily School Rampur"]],
    ],
    [
      "a college named with no degree keeps its level unknown",
      "Brookfield College\t2015",
      [[null, null, "Brookfield College"]],
    ],
  ];
  it.each(cases)("%s", (_, text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe("a school in capitals beside a degree in mixed case", () => {
  const cases: [string, string, (string | null)[][]][] = [
    [
      "after the subject, before the place placeholder",
      "Bachelor of Arts : English Literature NV STATE COLLEGIATE \ufffd City , State",
      [["bachelor", "Bachelor of Arts : English Literature", "NV STATE COLLEGIATE"]],
    ],
    [
      "before the year",
      "ZED TECH 2013 Bachelor of Science : Construction Management",
      [["bachelor", "ZED TECH Bachelor of Science : Construction Management", "ZED TECH"]],
    ],
    [
      "a degree all in capitals names no school by its case",
      "B.E (MECHANICAL ENGINEERING)",
      [["bachelor", "B.E (MECHANICAL ENGINEERING)", null]],
    ],
  ];
  it.each(cases)("%s", (_, text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe("courses in a table with a school column under a courses heading", () => {
  it("are read as education, the school from its column without the place", async () => {
    const { analyzeExtracted } = await import("./analyzeText.ts");
    const text =
      "Ravi Kumar\nravi@example.com\n\nEDUCATION\nB.E. (Civil)\tLotus College of Engineering\t2014\n\nPROFESSIONAL COURSES\nCOURSE\tNAME OF INSTITUTION\tPERIOD OF TIME\nFire & Safety\tOrbit Safety Consultants, Pammal, Chennai\t2016\n";
    const { analysis } = analyzeExtracted(
      { type: "txt", text, pages: 1, links: [] },
      { asOf: "2020-01", pieceJudge: null },
    );
    expect(analysis.education.map((e) => [e.level, e.institution])).toEqual([
      ["bachelor", "Lotus College of Engineering"],
      ["other", "Orbit Safety Consultants"],
    ]);
  });
});
