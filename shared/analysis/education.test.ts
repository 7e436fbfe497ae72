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

  const rows: [string, boolean][] = [
    ["Course | Institution | Year | Percentage", true],
    ["• Board/University", true],
    ["B.Tech | Anna University | 2014", false],
  ];
  it.each(rows)("label row %s", (line, want) => {
    expect(isEducationColumnRow(line)).toBe(want);
  });
});
