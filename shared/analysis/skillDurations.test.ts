import { describe, expect, it } from "vitest";
import { findSkillMentions } from "../taxonomy/index.ts";
import { analyzeText } from "./index.ts";
import { statedMonths } from "./skillDurations.ts";

const stated = (text: string) => Object.fromEntries(statedMonths(text, findSkillMentions(text)));

describe("statedMonths", () => {
  it("reads a duration written beside a skill, after it or before it", () => {
    expect(stated("PostgreSQL (5 years), Java - 3+ yrs, SQL: 18 months")).toEqual({
      PostgreSQL: 60,
      Java: 36,
      SQL: 18,
    });
    expect(stated("3+ yrs of Python. 4 years experience in Docker")).toEqual({ Python: 36, Docker: 48 });
  });

  it("leaves figures that are not beside the skill, and implausible ones", () => {
    expect(stated("Led 5 engineers building services in Go")).toEqual({});
    expect(stated("Java (99 years)")).toEqual({});
  });
});

describe("monthsUsed", () => {
  it("takes the stated duration when no dated role shows the skill", () => {
    const cv = "Asha Rao\nasha@example.com\n\nSkills\nPostgreSQL (5 years), Java (2 years), Linux\n";
    const skills = analyzeText(cv, { asOf: "2026-11" }).analysis.skills;
    const months = Object.fromEntries(skills.map((s) => [s.name, s.monthsUsed]));
    expect(months).toMatchObject({ PostgreSQL: 60, Java: 24, Linux: null });
  });
});
