import { describe, expect, it } from "vitest";
import { analyzeText } from "./index.ts";
import { opensWithActionVerb } from "./quality.ts";

const THIN_CV = `Sam Lee
sam.lee@example.com

Experience
Support Engineer, Northwind Ltd\t2020 – Present
• Responsible for customer tickets
Support Agent, Contoso Inc.\t2016 – 2018
• Phone support for customers

Education
BSc Physics, University of Leeds, 2016
`;

describe("qualityReport", () => {
  const { quality } = analyzeText(THIN_CV, { asOf: "2026-11" }).analysis;
  const byId = Object.fromEntries(quality.checks.map((check) => [check.id, check]));

  it("itemises each check with points out of its weight", () => {
    expect(quality.checks.map((check) => [check.id, check.passed, check.points, check.weight])).toEqual([
      ["contact_complete", false, 8, 15],
      ["dates_parseable", true, 15, 15],
      ["quantified_achievements", false, 0, 20],
      ["length", false, 2, 10],
      ["sections_present", false, 10, 15],
      ["action_verbs", false, 0, 10],
      ["consistency", false, 10, 15],
    ]);
    expect(quality.score).toBe(45);
  });

  it("gives a concrete suggestion for each failed check", () => {
    expect(byId.contact_complete.suggestion).toBe("Add a phone number and a location to the contact block");
    expect(byId.quantified_achievements.suggestion).toBe(
      "2 of 2 roles have no measurable result; add figures such as 'cut build time by 40%'",
    );
    expect(byId.sections_present.suggestion).toBe("Add a clearly headed 'Skills' section");
    expect(byId.consistency.detail).toBe("an unexplained gap of 23 months from 2018-02 to 2019-12");
    expect(byId.dates_parseable.suggestion).toBeNull();
  });

  it("counts a highlight opening with an -ing or -ed verb as active, and not adjectives of that shape", () => {
    const opened = [
      "Migrating the billing service to Kubernetes",
      "Installed and configured 40 POS terminals",
      "Troubleshooting network outages",
      "Led a team of five",
      "Experienced team player",
      "Responsible for customer tickets",
      "During the merger, kept payroll running",
      "Dedicated to quality",
    ].map(opensWithActionVerb);
    expect(opened).toEqual([true, true, true, true, false, false, false, false]);
  });
});
