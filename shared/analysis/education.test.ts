import { describe, expect, it } from "vitest";
import { extractEducation, isEducationColumnRow } from "./education.ts";
import { splitLines } from "./sections.ts";

const read = (text: string) =>
  extractEducation(splitLines(text), "2020-01").map((e) => [e.level, e.institution]);

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
      ["other", "KVG P Sullia"],
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

  const rows: [string, boolean][] = [
    ["Course | Institution | Year | Percentage", true],
    ["• Board/University", true],
    ["B.Tech | Anna University | 2014", false],
  ];
  it.each(rows)("label row %s", (line, want) => {
    expect(isEducationColumnRow(line)).toBe(want);
  });
});
