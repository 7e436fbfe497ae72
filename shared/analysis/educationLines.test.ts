import { describe, expect, it } from "vitest";
import { educationLevel } from "./degrees.ts";
import { extractEducation } from "./education.ts";
import { joinCutSchoolCells, joinWrappedSchoolHeads, splitSharedSchool } from "./educationLines.ts";
import { detectSections, splitLines } from "./sections.ts";

const texts = (text: string) => joinWrappedSchoolHeads(splitLines(text)).map((line) => line.text);
const read = (text: string) =>
  extractEducation(splitLines(text), "2020-01").map((e) => [e.level, e.institution]);

describe("joinWrappedSchoolHeads", () => {
  it("ends a table cell with the head word a narrow column wrapped to the next line", () => {
    expect(texts("B.E (Civil)\tX Technical University\nRamanathan Engineering\t2016\nCollege")).toEqual([
      "B.E (Civil)\tX Technical University",
      "Ramanathan Engineering College\t2016",
      "",
    ]);
    // past one blank line, and with the row's other cells after the head word
    expect(texts("Govt Higher Secondary\n\nSchool,\t2010-2012\t61%")).toEqual([
      "Govt Higher Secondary School,",
      "",
      "2010-2012\t61%",
    ]);
  });

  it("joins a level's name only to a school name cut inside its kind words", () => {
    expect(texts("12\tState Board Holy Angels Matriculation Higher\t80\nSecondary School,")).toEqual([
      "12\tState Board Holy Angels Matriculation Higher Secondary School,\t80",
      "",
    ]);
    // "High school" opening the next row is that row's qualification
    expect(texts("Intermediate\t2010\tGoa Board\t61\nHigh school\t2008\tGoa Board\t58")).toEqual([
      "Intermediate\t2010\tGoa Board\t61",
      "High school\t2008\tGoa Board\t58",
    ]);
  });

  it("leaves a head word under a one-word cell or a full school name alone", () => {
    expect(texts("SECONDARY\tNAVODAYA\nSCHOOL\tCBSE")).toEqual(["SECONDARY\tNAVODAYA", "SCHOOL\tCBSE"]);
    expect(texts("B.Sc\tSt. Paul's College\nUniversity")).toEqual(["B.Sc\tSt. Paul's College", "University"]);
  });

  it("gives the table row its whole school", () => {
    expect(
      read(
        "Degree\tBoard & University\tYear\n\nB.E (E.E.E)\tX Technical University\nRamanathan Engineering\t2016\nCollege",
      ),
    ).toEqual([["bachelor", "Ramanathan Engineering College"]]);
  });
});

describe("splitSharedSchool", () => {
  it("reads two qualifications that share one school as two lines", () => {
    expect(
      read(
        "• 10th class (2006) and 12th (Science) class (2008) passed from Govt. Model Sr. Sec. School, Rampur.",
      ),
    ).toEqual([
      ["secondary", "Govt. Model Sr. Sec. School"],
      ["secondary", "Govt. Model Sr. Sec. School"],
    ]);
  });

  it("leaves a degree 'and' its subject, or a school named with 'and', whole", () => {
    const lines = (text: string) => splitSharedSchool(splitLines(text)).map((line) => line.text);
    expect(lines("B.Sc in Physics and Chemistry from Lakeside College")).toEqual([
      "B.Sc in Physics and Chemistry from Lakeside College",
    ]);
    expect(lines("SSC from Arts and Science School")).toEqual(["SSC from Arts and Science School"]);
  });
});

describe("joinCutSchoolCells", () => {
  const lines = (text: string) => joinCutSchoolCells(splitLines(text)).map((line) => line.text);

  it("ends a school cell cut at a connector with the cell in its column on a line below", () => {
    expect(lines("B.Tech.\tK.L.N. College of\n(ECE)\tEngineering,\tMadurai")).toEqual([
      "B.Tech.\tK.L.N. College of Engineering,",
      "(ECE)\tMadurai",
    ]);
    expect(lines("Kerala University\tMohan Memorial College Of\nCivil\t2015\nKochi\tTechnology")).toEqual([
      "Kerala University\tMohan Memorial College Of Technology",
      "Civil\t2015",
      "Kochi",
    ]);
  });

  it("ends a name cut inside its kind words with the head words of a line below", () => {
    expect(
      lines("HSC\tState board Holy Cross Matriculation Higher\n2011\nSecondary\tTrichy\tSecondary School"),
    ).toEqual([
      "HSC\tState board Holy Cross Matriculation Higher Secondary School",
      "2011",
      "Secondary\tTrichy",
    ]);
  });

  it("joins nothing to a school cell that is whole or to a line of one cell", () => {
    expect(lines("B.Sc\tRiver College of Arts\nPhysics\tScience")).toEqual([
      "B.Sc\tRiver College of Arts",
      "Physics\tScience",
    ]);
    expect(lines("B.Sc\tRiver College of\nEngineering")).toEqual(["B.Sc\tRiver College of", "Engineering"]);
  });
});

describe("a table row of school names is no label row", () => {
  it("keeps 'University | X College Of' as a row while an OCR slip in a label row stays a label", () => {
    expect(
      read(
        "Qualification\tUniversity/ Board\tInstitution\n\nB.E in\nKerala University\tMohan Memorial College Of\nCivil\t2015\nKochi\tTechnology",
      ),
    ).toEqual([["bachelor", "Mohan Memorial College Of Technology"]]);
    expect(
      read(
        "Degree/ Course\tInstitute/ College\tBoard\tVear of Passing\nB.E\tRiver College\tX University\t2018",
      ),
    ).toEqual([["bachelor", "River College"]]);
  });
});

describe("education sentences wrapped inside a school's name", () => {
  const rows = (text: string) =>
    extractEducation(splitLines(text), "2020-01").map((e) => [e.degree, e.level, e.institution]);

  it("joins a sentence cut inside the kind words of a school's name, and keeps the school out of the degree", () => {
    expect(
      rows(
        "B.E. Civil Engineering in Lakeview Engineering\nCollege, Salem with aggregate of 7.2 (CGPA), 2013.\nSecondary School Leaving Certificate in St. Anne Matric Higher\nSecondary School, Madurai with aggregate of 70.5%, 2007.",
      ),
    ).toEqual([
      ["B.E. Civil Engineering", "bachelor", "Lakeview Engineering College"],
      ["Secondary School Leaving Certificate", "secondary", "St. Anne Matric Higher Secondary School"],
    ]);
    // a row that opens with a level under a finished line stays a row of its own
    expect(
      rows(
        "Higher Secondary Certificate in Green Park Higher Secondary School, 2009\nSecondary School Certificate in Green Park Higher Secondary School, 2007",
      ).map((r) => r[1]),
    ).toEqual(["secondary", "secondary"]);
  });
});

describe("rows that open on the school's head word", () => {
  it("reads 'University of X | degree | years' under another such row as an entry of its own", () => {
    const rows = (text: string) =>
      extractEducation(splitLines(text), "2024-01").map((e) => [e.institution, e.level, e.end]);
    expect(
      rows(
        "Elmwood Technical University | M.Sc. Computer Science | 2017 – 2020\nUniversity of Harbor | B.Sc. Informatics | 2013 – 2017",
      ),
    ).toEqual([
      ["Elmwood Technical University", "master", "2020-01"],
      ["University of Harbor", "bachelor", "2017-01"],
    ]);
    expect(
      rows(
        "University of Kestrel, MSc in Data Science, 2019 - 2021\nUniversity of Northgate, BSc in Mathematics, 2015 - 2019",
      ).map((r) => r[0]),
    ).toEqual(["University of Kestrel", "University of Northgate"]);
    // a sentence cut before its school's name still goes on below
    expect(
      rows("Completed the Bachelor of Commerce degree in 2012 from\nUniversity of Orchard, Lakeside"),
    ).toEqual([["University of Orchard", "bachelor", "2012-01"]]);
  });
});

describe("a table whose school cell wrapped around its row", () => {
  const table = [
    "DEGREE/\tBOARD/COLLEGE YEAR OF PASSING",
    "CERTIFICATE",
    "KESTREL-ULOOM",
    "B.com\t2013",
    "DEGREE COLLEGE",
    "ORBIT JUNIOR",
    "INTERMEDIATE\t2011",
    "COLLEGE",
    "LARKSPUR",
    "S.S.C.\t2006",
    "HIGH SCHOOL",
  ].join("\n");

  it("joins the name's halves above and below the row, and reads the label's wrapped word as no degree", () => {
    expect(read(table)).toEqual([
      ["bachelor", "KESTREL-ULOOM DEGREE COLLEGE"],
      ["secondary", "ORBIT JUNIOR COLLEGE"],
      ["secondary", "LARKSPUR HIGH SCHOOL"],
    ]);
  });

  it("takes the label's wrapped word for no heading", () => {
    expect(detectSections(`EDUCATIONAL QUALIFICATION:\n${table}`).map((block) => block.kind)).toEqual([
      "education",
    ]);
  });

  it("leaves a row that names its own school to the wraps around it", () => {
    expect(
      read(
        [
          "HSC\tKestrel Memorial Higher Secondary School,\tState Board\t2007",
          "Chennai",
          "SSLC\tKestrel Memorial Senior\tCentral Board\t2005",
          "Secondary School,",
        ].join("\n"),
      ).map(([, school]) => school),
    ).toEqual(["Kestrel Memorial Higher Secondary School", "Kestrel Memorial Senior", null]);
  });
});

describe("the verb 'be' in a line of prose", () => {
  it("is no B.E.", () => {
    expect(educationLevel("I would be the invaluable asset to work in organization")).toBeNull();
    expect(educationLevel("BE in Mechanical Engineering")).toBe("bachelor");
  });
});

describe("a heading column's word run into the dates column", () => {
  it("opens its section, and a US state after a town is no master's", () => {
    const text = [
      "Kim Lee",
      "",
      "Education 1999 -\tKESTREL SCHOOL OF MANAGEMENT\tCambridge, MA",
      "MBA Candidate 2001",
      "",
      "Experience 2000 -\tORBIT VENTURES\tLos Angeles, CA",
      "Campus Partner",
    ].join("\n");
    expect(detectSections(text).map((block) => [block.kind, block.heading])).toEqual([
      ["contact", ""],
      ["education", "Education"],
      ["experience", "Experience"],
    ]);
    // the school's row and the degree under it are one: "Medford, MA" makes the school's line no degree of its own
    expect(
      read("Education 1999 -\tKESTREL UNIVERSITY\tMedford, MA\n1995 - 1997\tMS Electrical Engineering"),
    ).toEqual([["master", "KESTREL UNIVERSITY"]]);
  });
});

describe("a qualification's year", () => {
  it("is the year on its own line, not a later one wrapped under it", () => {
    const years = (text: string) =>
      extractEducation(splitLines(text), "2020-01").map((e) => [e.institution, e.end]);
    expect(
      years(
        "B.A , Corporate Communications Journalism 1992 Kestrel State University - City , State\nCommunications Journalism; Harbor Management Association, 2016 and 2017; Critical Thinking",
      ),
    ).toEqual([["Kestrel State University", "1992-01"]]);
  });
});
