import { describe, expect, it } from "vitest";
import { experienceTotals, mergePeriods } from "./totals.ts";
import type { ExperienceEntry } from "./types.ts";

function role(title: string, start: string, end: string | null): ExperienceEntry {
  return {
    title,
    company: "Acme",
    location: null,
    start,
    end,
    current: end === null,
    months: null,
    highlights: [],
    confidence: 1,
  };
}

describe("mergePeriods", () => {
  it("joins overlapping and touching periods", () => {
    expect(
      mergePeriods([
        { start: "2018-01", end: "2019-06" },
        { start: "2019-07", end: "2020-01" },
        { start: "2019-01", end: "2019-03" },
        { start: "2021-05", end: "2021-08" },
      ]),
    ).toEqual([
      { start: "2018-01", end: "2020-01" },
      { start: "2021-05", end: "2021-08" },
    ]);
  });
});

describe("experienceTotals", () => {
  it("merges overlaps, counts months inclusively and reports gaps over six months", () => {
    const totals = experienceTotals(
      [
        role("Senior Engineer", "2021-01", null),
        role("Freelance Developer", "2019-06", "2020-03"),
        role("Engineer", "2016-01", "2019-12"),
      ],
      "2022-12",
    );
    // 2016-01..2020-03 = 51 months, gap 2020-04..2020-12 = 9 months, 2021-01..2022-12 = 24 months
    expect(totals).toEqual({
      months: 75,
      years: 6.3,
      gaps: [{ from: "2020-04", to: "2020-12", months: 9 }],
      seniority: "senior",
    });
  });

  it("ignores gaps of six months or less", () => {
    const totals = experienceTotals(
      [role("Developer", "2020-07", "2021-06"), role("Developer", "2019-01", "2019-12")],
      "2026-11",
    );
    expect(totals.gaps).toEqual([]);
    expect(totals.months).toBe(24);
  });

  it.each([
    ["Werkstudent Softwareentwicklung", "2025-12", "intern"],
    ["Head of Engineering", "2016-01", "lead"],
    ["CTO", "2010-01", "executive"],
    ["Software Developer", "2025-07", "junior"],
    ["Software Developer", "2023-09", "mid"],
    ["Software Developer", "2020-01", "senior"],
    ["Software Developer", "2012-01", "lead"],
  ])("seniority of %s since %s", (title, start, seniority) => {
    expect(experienceTotals([role(title, start, "2026-12")], "2026-12").seniority).toBe(seniority);
  });
});
