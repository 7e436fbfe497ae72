import { describe, expect, it } from "vitest";
import { abbreviates, withoutRestatements } from "./educationRestated.ts";
import type { EducationEntry } from "./types.ts";

const entry = (over: Partial<EducationEntry>): EducationEntry => ({
  degree: null,
  level: null,
  field: null,
  institution: null,
  start: null,
  end: null,
  grade: null,
  confidence: 0.8,
  ...over,
});

describe("abbreviates", () => {
  it.each([
    ["M.B.A", "Master of Business Administration", true],
    ["MBA", "Master of Business Administration", true],
    ["B.com", "Bachelor of Commerce", true],
    ["B.Tech", "Bachelor of Technology", true],
    ["M.A", "Master of Commerce", false],
    ["B.com", "Bachelor of Science", false],
  ] as const)("%s / %s: %s", (short, long, want) => {
    expect(abbreviates(short, long)).toBe(want);
  });
});

describe("withoutRestatements", () => {
  it("keeps a builder's row and drops the candidate's own words for the same degree", () => {
    const mba = entry({
      degree: "M.B.A : Finance",
      level: "master",
      institution: "Harbour State University",
    });
    const bcom = entry({ degree: "B.com", level: "bachelor", institution: "Lakeside College of Commerce" });
    const spelled = [
      entry({ degree: "Bachelor of Commerce", level: "bachelor" }),
      entry({ degree: "Master of Business Administration", level: "master" }),
    ];
    expect(withoutRestatements([mba, ...spelled, bcom])).toEqual([mba, bcom]);
  });

  it("drops the same school's degree in the same subject said again, with its town, keeping the date it gives", () => {
    const row = entry({
      degree: "Master of Arts : Human Resource Development",
      level: "master",
      institution: "HARBOUR STATE UNIVERSITY",
    });
    const again = entry({
      degree: "Master of Arts in Human Resource Development",
      level: "master",
      field: "Human Resource Development",
      institution: "HARBOUR STATE UNIVERSITY Springfield",
      end: "2012-05",
    });
    expect(withoutRestatements([row, again])).toEqual([{ ...row, end: "2012-05" }]);
  });

  it("drops the same degree in the same subject said again without a school, keeping its date", () => {
    const row = entry({
      degree: "Associate of Applied Science : Network Management and Security",
      level: "associate",
      institution: "Harbour State University",
    });
    const again = entry({
      degree: "Associate of Applied Science in Network Management and Security",
      level: "associate",
      end: "2014-10",
    });
    const other = entry({
      degree: "Associate of Arts in Graphic Design",
      level: "associate",
      end: "2016-05",
    });
    expect(withoutRestatements([row, again, other])).toEqual([{ ...row, end: "2014-10" }, other]);
  });

  it("keeps two degrees of one level from one school in different subjects", () => {
    const health = entry({
      degree: "Master of Health Administration",
      level: "master",
      institution: "Harbour State University",
    });
    const informatics = entry({
      degree: "Master of Science",
      level: "master",
      field: "Health Informatics and Bioinformatics",
      institution: "Harbour State University",
    });
    const unnamed = entry({
      degree: "Master of Science",
      level: "master",
      institution: "Informatics Harbour State University",
    });
    expect(withoutRestatements([health, informatics])).toEqual([health, informatics]);
    expect(withoutRestatements([health, unnamed])).toEqual([health, unnamed]);
  });

  it("drops a table's row that names the school by its initials, and keeps the dates it gives", () => {
    const stated = entry({
      degree: "B. Tech (Mechanical Engineering)",
      level: "bachelor",
      institution: "Harbour Hills College of Engineering & Technology",
    });
    const row = entry({ degree: "B,Tech(ME)", level: "bachelor", institution: "HHCET", end: "2016-01" });
    const school = entry({
      degree: "12th",
      level: "secondary",
      institution: "Kestrel High School",
      end: "2012-01",
    });
    expect(withoutRestatements([stated, school, row])).toEqual([{ ...stated, end: "2016-01" }, school]);
    // another school's initials, or another degree at the same school, is no restatement
    const other = entry({ degree: "B,Tech(ME)", level: "bachelor", institution: "KCET", end: "2016-01" });
    const master = entry({ degree: "M.Tech", level: "bachelor", institution: "HHCET", end: "2018-01" });
    expect(withoutRestatements([stated, other, master])).toEqual([stated, other, master]);
  });
});

describe("a degree named by its level alone", () => {
  it("dates the degree of that level stated without a year, and is read once", () => {
    const stated = entry({
      degree: "B.Tech in Mechanical",
      level: "bachelor",
      institution: "Harbor Institute",
    });
    const school = entry({
      degree: "Intermediate",
      level: "secondary",
      institution: "P.S.E.B.",
      end: "2008-01",
    });
    const row = entry({ degree: "Graduation", level: "bachelor", institution: "H.T.U", end: "2012-05" });
    expect(withoutRestatements([stated, school, row])).toEqual([{ ...stated, end: "2012-05" }, school]);
  });

  it("leaves it alone when the degree of that level has a year of its own", () => {
    const stated = entry({
      degree: "B.Tech",
      level: "bachelor",
      institution: "Harbor Institute",
      end: "2012-01",
    });
    const row = entry({ degree: "Post Graduation", level: "bachelor", institution: "H.T.U", end: "2014-05" });
    expect(withoutRestatements([stated, row])).toEqual([stated, row]);
  });
});
