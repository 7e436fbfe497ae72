// Schools named in brackets after the degree, and sentences whose wrap falls after an abbreviation's dot, each
// written here with invented names.
import { describe, expect, it } from "vitest";
import { extractEducation } from "./education.ts";
import { degreeLevelOf } from "./schoolNames.ts";
import { splitLines } from "./sections.ts";

const read = (text: string) =>
  extractEducation(splitLines(text), "2026-11").map((e) => [e.level, e.institution]);

describe("a school in brackets after the degree", () => {
  it("reads the bracket's school, also when its place after a hyphen or a comma cut the piece", () => {
    expect(
      read(
        [
          "• B.E IN MECHANICAL ENGINEERING (KESTREL UNIVERSITY-NAGPUR-INDIA)",
          "• B.Sc. in Physics (Harbour University), 2005",
          "• MBA (Tamarind Institute of Business Management, Pune) 2010",
        ].join("\n"),
      ),
    ).toEqual([
      ["bachelor", "KESTREL UNIVERSITY"],
      ["bachelor", "Harbour University"],
      ["master", "Tamarind Institute of Business Management"],
    ]);
  });

  it("keeps the school named by 'from' before a bracket that names its university, and a degree spelt out", () => {
    expect(
      read(
        [
          "• B.E. (Mechanical) from KIT Brightwater (Brightwater University) in the year 1999 with 81% marks.",
          "• Passed ISC (Indian School Certificate), XII from Little Fern School Jamshedpur.",
        ].join("\n"),
      ),
    ).toEqual([
      ["bachelor", "KIT Brightwater"],
      ["secondary", "Little Fern School Jamshedpur"],
    ]);
  });
});

describe("a sentence wrapped after an abbreviation's dot", () => {
  it("goes on over 'of' or a school's head word on the next line", () => {
    expect(
      read(
        [
          " Completed B.Tech in ELECTRONICS & COMMUNICATION from KESTREL INSST.",
          "OF ENGG. AND TECH. , BAREILLY.",
          "",
          " One year regular Diploma in Industrial, Fire & Construction safety from K.T.",
          "University, Tirunelveli since June 2007 to May 2008.",
        ].join("\n"),
      ),
    ).toEqual([
      ["bachelor", "KESTREL INSST. OF ENGG. AND TECH"],
      ["other", "K.T. University"],
    ]);
  });
});

describe("Microsoft's MS", () => {
  it("is no master's before a dash and an application's name", () => {
    expect(degreeLevelOf("Application Software MS Office :- MS – Word, Excel, Power Point")).toBeNull();
    expect(degreeLevelOf("MS (Computer Science)")).toBe("master");
  });
});
