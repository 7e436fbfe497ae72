import { describe, expect, it } from "vitest";
import { type CvFilter, locationKey, locationKeys, matchesCvFilter } from "./cv-filter.ts";

describe("locationKeys", () => {
  it.each([
    ["Berlin, Germany", ["berlin", "berlin germany", "germany"]],
    ["New York, NY", ["new", "new york", "new york ny", "york", "york ny", "ny"]],
    ["Köln", ["köln"]],
    ["  ", []],
    [null, []],
  ])("%j -> %j", (location, keys) => {
    expect(locationKeys(location)).toEqual(keys);
  });

  it("keeps a runaway location to its first words", () => {
    expect(locationKeys(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ")).length).toBe((12 * 13) / 2);
  });
});

describe("matchesCvFilter", () => {
  const cv = {
    skills: ["Python", "Machine Learning"],
    years: 6,
    location: "Berlin, Germany",
    language: "en",
  };
  it.each<[CvFilter, boolean]>([
    [{}, true],
    [{ location: "germany" }, true],
    [{ location: "GERMANY" }, true],
    [{ location: "berlin,germany" }, true],
    [{ location: "germany berlin" }, false],
    [{ location: "germ" }, false],
    [{ location: "," }, false],
    [{ skills: ["python", "machine  learning"] }, true],
    [{ skills: ["python", "go"] }, false],
    [{ minYears: 6 }, true],
    [{ minYears: 6.5 }, false],
    [{ language: "EN" }, true],
    [{ language: "de" }, false],
  ])("%j -> %s", (filter, expected) => {
    expect(matchesCvFilter(cv, filter)).toBe(expected);
  });

  it("matches no location or language filter when the CV has none", () => {
    const bare = { skills: [], years: 0, location: null, language: null };
    expect(matchesCvFilter(bare, { location: "berlin" })).toBe(false);
    expect(matchesCvFilter(bare, { language: "en" })).toBe(false);
    expect(locationKey(" Berlin ")).toBe("berlin");
  });
});
