// Education written as keyed fields and as sentences: invented schools.
import { describe, expect, it } from "vitest";
import { extractEducation } from "./education.ts";
import { degreeName } from "./educationLines.ts";
import { tidyEducation } from "./experienceTidy.ts";
import { analyzeText } from "./index.ts";
import { splitLines } from "./sections.ts";

const read = (text: string) =>
  tidyEducation(extractEducation(splitLines(text), "2026-11")).map((e) => [
    e.degree,
    e.level,
    e.institution,
    e.end,
  ]);

describe("education as keyed fields", () => {
  it("reads keys set off by a dash, by a tab stop before the dash or colon, and a course's length before its name", () => {
    const fields = (separator: string) =>
      [
        `Qualification${separator}Three Years Diploma in Mechanical Engg.`,
        `Institute${separator}Kestrel College of Engineering, Baghpat`,
        `Board${separator}Board of Technical Education, Harbourpet`,
        `Session${separator}2010-2013`,
      ].join("\n");
    for (const separator of [" : ", "      -      ", "\t-\t", "\t:\t"])
      expect(read(fields(separator))).toEqual([
        ["Three Years Diploma in Mechanical Engg.", "associate", "Kestrel College of Engineering", "2013-01"],
      ]);
  });

  it("reads each block of keys as one entry, with its year, and the degree without its key", () => {
    expect(
      read(
        [
          "Degree : BCA",
          "Institute : Kestrel College of Commerce",
          "Year of Passing : 2016",
          "",
          "Degree : Diploma in Electrical Engineering",
          "Institute : Government Polytechnic, Harbourpet",
          "Passing Year : 2012",
        ].join("\n"),
      ),
    ).toEqual([
      ["BCA", "bachelor", "Kestrel College of Commerce", "2016-01"],
      ["Diploma in Electrical Engineering", "associate", "Government Polytechnic", "2012-01"],
    ]);
  });
});

describe("education as keyed fields with the university keyed too", () => {
  it("reads 'Degree', 'Institute' and 'University' keys as one entry's fields, not as a table's labels", () => {
    expect(
      read(
        [
          "Course : B.Com",
          "Institute : Kestrel College",
          "University : Harbour University",
          "Year : 2005",
          "",
          "Qualification : HSC",
          "School : Larkspur Junior College",
          "Board : State Board",
          "Year : 2002",
        ].join("\n"),
      ),
    ).toEqual([
      ["B.Com", "bachelor", "Kestrel College", "2005-01"],
      ["HSC", "secondary", "Larkspur Junior College", "2002-01"],
    ]);
  });
});

describe("the degree's own name", () => {
  it("leaves out the sentence around it, the school and the marks", () => {
    expect(
      read(
        [
          "• Completed MBA (Finance) from Kestrel Institute of Management in 2018 with 63% marks.",
          "• Passed SSC from Harbourpet High School in 2010 with 80% marks.",
        ].join("\n"),
      ),
    ).toEqual([
      ["MBA (Finance)", "master", "Kestrel Institute of Management", "2018-01"],
      ["SSC", "secondary", "Harbourpet High School", "2010-01"],
    ]);
  });

  it.each([
    ["Degree : BCA", "BCA"],
    ["B.Tech in Civil Engineering from Kestrel University", "B.Tech in Civil Engineering"],
    ["B.A. with History Honors from Kestrel University", "B.A. with History Honors"],
    ["MBA in from. Kestrel Institute with A", "MBA"],
    ["Post Diploma in Industrial Safety (Passed in Batch -14", "Post Diploma in Industrial Safety"],
    ["10+2 Examination, passed", "10+2 Examination"],
    // a key that is the degree itself stays
    ["HSC: Schooling", "HSC: Schooling"],
  ])("%s", (piece, name) => {
    expect(degreeName(piece)).toBe(name);
  });
});

describe("degree rows in the header", () => {
  const schools = (text: string) =>
    analyzeText(text, { asOf: "2026-11", defaultRegion: "IN" }).analysis.education.map((e) => [
      e.level,
      e.institution,
    ]);

  it("reads a degree row under the name, of a level the education section does not hold", () => {
    expect(
      schools(
        [
          "KIRAN PATIL",
          "M.Tech (Structural Engineering), Heron Institute of Technology, 2014",
          "kiran.patil@example.com | +91 98450 12345",
          "",
          "EDUCATION",
          "B.E. Civil Engineering, Sri Venkata College of Engineering, 2011",
        ].join("\n"),
      ),
    ).toEqual([
      ["bachelor", "Sri Venkata College of Engineering"],
      ["master", "Heron Institute of Technology"],
    ]);
    expect(
      schools(
        [
          "KIRAN PATIL",
          "kiran.patil@example.com",
          "MBA (Finance) from Larkspur Business School, Pune – 2012",
          "",
          "WORK EXPERIENCE",
          "Branch Manager, Kaveri Bank Ltd, Jan 2013 - Present",
        ].join("\n"),
      ),
    ).toEqual([["master", "Larkspur Business School"]]);
  });

  it("leaves a headline that names a school's level alone", () => {
    expect(
      schools(["Jane Roe", "Secondary School Teacher of Mathematics", "jane.roe@example.com"].join("\n")),
    ).toEqual([]);
  });
});

describe("a study's thesis or project", () => {
  it("is no degree of its own, and the degree after it keeps its school", () => {
    expect(
      read(
        [
          "M.Sc. Computer Science, Universidade de Lisboa, 2012",
          "Graduation thesis: Applying neural networks to the diagnosis of diabetes, Universidade de Lisboa",
          "B.Sc. Computer Science, Universidade do Porto, 2010",
          "DIPLOMA PROJECT",
          "Ultrasonic distance meter",
        ].join("\n"),
      ).map(([degree, level, institution]) => [degree, level, institution]),
    ).toEqual([
      ["M.Sc. Computer Science", "master", "Universidade de Lisboa"],
      ["B.Sc. Computer Science", "bachelor", "Universidade do Porto"],
    ]);
    // a course in project management is one
    expect(read("Diploma in Project Management, Heron Institute, 2015").map(([, level]) => level)).toEqual([
      "other",
    ]);
  });
});

describe("personal details under a heading not read as one", () => {
  it("are no school's entry: 'Languages Known : ...' over 'Permanent Address : Vill.+Post- ...' names no course", () => {
    expect(
      read(
        [
          "B.Tech (Electrical), Kestrel Institute of Technology, 2010",
          "",
          "PERSONEL SYNOPSIS:",
          "Father’s Name : Mr. John Kestrel",
          "Date of Birth : 20/08/1987",
          "Marital Status : Single",
          "Languages Known : English and Hindi.",
          "Permanent Address : Vill.+Post- Northgate, Dist- Elmwood (Bihar)",
        ].join("\n"),
      ),
    ).toEqual([["B.Tech (Electrical)", "bachelor", "Kestrel Institute of Technology", "2010-01"]]);
  });
});

describe("a degree keying its school, typed with spaces", () => {
  it("reads 'Diploma in civil engineering : Government polytechnic college – 83%' as the degree and its school", () => {
    expect(
      read(
        [
          "B-Tech in civil engineering : Kestrel University ( Pursuing- up to 6th sem 71.0 % )",
          "Diploma in civil engineering : Government polytechnic college – 83% (Northgate University )",
          "Master of Arts : Human Resource Development, Elmwood State University, 2012",
        ].join("\n"),
      ),
    ).toEqual([
      ["B-Tech in civil engineering", "bachelor", "Kestrel University", null],
      ["Diploma in civil engineering", "associate", "Government polytechnic college", null],
      ["Master of Arts : Human Resource Development", "master", "Elmwood State University", "2012-01"],
    ]);
  });
});
