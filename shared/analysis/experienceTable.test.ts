import { describe, expect, it } from "vitest";
import { entriesFromTable } from "./experienceTable.ts";
import { splitLines } from "./sections.ts";

const rows = (text: string) =>
  entriesFromTable(splitLines(text), "2026-11").map((e) => [e.title, e.company, e.start]);

describe("entriesFromTable", () => {
  it("reads a numbered table without dates, rows wrapped over the organisation's line", () => {
    expect(
      rows(
        [
          "S.NO\tINSTITUTION\tDESIGINATION\tEXPERIENCE",
          "",
          "Orchid Public School\tMusic Teacher\t5 year",
          "1\tAvadi",
          "St. Jude's Matriculation School,",
          "2\tPerambur\tBand trainer/Drums\t4 years",
          "Teacher",
          "3\tCedar Grove School,\tBand trainer\t3 years",
          "Madurai\tTeacher",
        ].join("\n"),
      ),
    ).toEqual([
      ["Music Teacher", "Orchid Public School", null],
      ["Band trainer/Drums", "St. Jude's Matriculation School", null],
      ["Band trainer", "Cedar Grove School", null],
    ]);
  });

  it("takes the organisation from the line above a title and its duration, and dates from the row", () => {
    expect(
      rows(
        "Company Name\tDesignations\tExperience (Year)\nHalvard Electronics Ltd. ,\nTesting Engineer\t6 Months\nTarrow Interiors Pvt. Ltd.\tSite Supervisor\tJune 2016 to Present",
      ),
    ).toEqual([
      ["Testing Engineer", "Halvard Electronics Ltd.", null],
      ["Site Supervisor", "Tarrow Interiors Pvt. Ltd.", "2016-06"],
    ]);
  });

  it("reads nothing without a label row naming an organisation and a title column", () => {
    expect(rows("Course\tInstitution\tYear\nB.Sc\tOrchid College\t2012")).toEqual([]);
    expect(rows("Orchid Public School\tMusic Teacher\t5 year")).toEqual([]);
  });
});
