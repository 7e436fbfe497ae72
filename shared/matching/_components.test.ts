import { describe, expect, it } from "vitest";
import type { EducationLevel } from "../analysis/types.ts";
import { educationScore, experienceScore, semanticScore, skillScore } from "./_components.ts";

describe("experienceScore", () => {
  const cases: [string, number, number | null, number][] = [
    ["under-experienced: 2 of 5 years, linear", 2, 5, 40],
    ["exactly the minimum", 5, 5, 100],
    ["over-qualified: 20 years costs nothing", 20, 5, 100],
    ["no experience", 0, 5, 0],
    ["unknown years", Number.NaN, 5, 0],
    ["one third, to one decimal", 1, 3, 33.3],
    ["no minimum asked", 0, null, 100],
  ];
  it.each(cases)("%s", (_, years, required, expected) => {
    expect(experienceScore(years, required)).toBe(expected);
  });
});

describe("educationScore", () => {
  const cases: [EducationLevel | null, EducationLevel | null, number][] = [
    ["doctorate", "bachelor", 100],
    ["bachelor", "bachelor", 100],
    ["associate", "bachelor", 50],
    ["secondary", "bachelor", 25],
    ["bachelor", "doctorate", 25],
    ["secondary", "doctorate", 6.3],
    [null, "bachelor", 0],
    ["other", "bachelor", 0],
    [null, null, 100],
  ];
  it.each(cases)("%s against %s scores %d", (level, required, expected) => {
    expect(educationScore(level, required)).toBe(expected);
  });
});

describe("semanticScore", () => {
  const cases: [number, number][] = [
    [-0.3, 0],
    [0, 0],
    [0.456, 45.6],
    [1, 100],
    [1.2, 100],
    [Number.NaN, 0],
  ];
  it.each(cases)("similarity %d scores %d", (similarity, expected) => {
    expect(semanticScore(similarity)).toBe(expected);
  });
});

describe("skillScore", () => {
  const cases: [number, number, number, number][] = [
    [4, 4, 0, 100],
    [4, 2, 0, 50],
    [4, 2, 2, 90],
    [3, 0, 1, 26.7],
    [0, 0, 0, 100],
  ];
  it.each(cases)("%d wanted, %d direct, %d implied → %d", (wanted, direct, implied, expected) => {
    expect(skillScore(wanted, direct, implied)).toBe(expected);
  });
});
