// Jobs written one to a line, each line longer than a header because the work's description runs on after the
// title and the organisation ("• Aug 2016 – Present: Site Engineer with X, Pune, responsible for ..."), written here
// with invented names: the opening pieces of the line head the entry, the description does not.
import { describe, expect, it } from "vitest";
import { analyzeText } from "./index.ts";

const roles = (history: string[]) =>
  analyzeText(
    ["Ravi Kumar", "ravi.kumar@example.com", "", "PROFESSIONAL EXPERIENCE", ...history].join("\n"),
    {
      asOf: "2026-11",
      defaultRegion: "IN",
    },
  ).analysis.experience.map((entry) => [entry.title, entry.company, entry.start]);

const EXPECTED = [
  ["Site Engineer", "Heron Buildcon Pvt Ltd", "2016-08"],
  ["Junior Engineer", "Kestrel Constructions", "2012-02"],
];

describe("a long dated line", () => {
  it("opening on its dates, then the title with the organisation", () => {
    expect(
      roles([
        "• Aug 2016 – Present: Site Engineer with Heron Buildcon Pvt Ltd, Pune, responsible for execution of residential towers and quality checks at site.",
        "• Feb 2012 – Jul 2016: Junior Engineer with Kestrel Constructions, Pune, responsible for billing of sub contractors and the site's daily reports.",
      ]),
    ).toEqual(EXPECTED);
  });

  it("with the title and the organisation before the dates in brackets", () => {
    expect(
      roles([
        "• Site Engineer, Heron Buildcon Pvt Ltd (Aug 2016 to Present) – execution of a G+12 residential project, quality control and billing of contractors.",
        "• Junior Engineer, Kestrel Constructions (Feb 2012 to Jul 2016) – execution of a hospital block, quality control and billing of contractors.",
      ]),
    ).toEqual(EXPECTED);
  });

  it("with dashes between the dates, the organisation, the title and the description", () => {
    expect(
      roles([
        "Aug 2016 to Present – Heron Buildcon Pvt Ltd, Pune – Site Engineer – Execution of residential towers, quality checks and monthly billing of sub contractors.",
        "Feb 2012 to Jul 2016 – Kestrel Constructions, Pune – Junior Engineer – Execution of a hospital block, quality checks and monthly billing of sub contractors.",
      ]),
    ).toEqual(EXPECTED);
  });

  it("leaves a dated duty that names no title and organisation alone", () => {
    expect(
      roles([
        "Site Engineer, Heron Buildcon Pvt Ltd, Pune (Aug 2016 – Present)",
        "• Between Jan 2018 and Mar 2019 reduced the rework on the towers by a third through daily checks of the shuttering and the reinforcement.",
      ]),
    ).toEqual([EXPECTED[0]]);
  });
});

describe("a list item's glyph", () => {
  it("reads '➢' as the bullet it is, not as a word of the organisation", () => {
    expect(
      roles([
        "➢ Presently working in Heron Buildcon Pvt Ltd as a Site Engineer from Aug 2016 to till date in Pune.",
      ]),
    ).toEqual([EXPECTED[0]]);
  });
});
