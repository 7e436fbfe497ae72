import { describe, expect, it } from "vitest";
import { suggestSkills } from "./suggest.ts";

describe("suggestSkills", () => {
  it.each([
    ["pyth", "Python"],
    ["PYTHON", "Python"],
    ["kubern", "Kubernetes"],
    ["postgres", "PostgreSQL"],
  ])("%s suggests %s first", (typed, first) => {
    expect(suggestSkills(typed, 5)[0]?.name).toBe(first);
  });

  it("keeps to the limit and lists each skill once", () => {
    const names = suggestSkills("java", 8).map((s) => s.name);
    expect(names.length).toBe(8);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain("JavaScript");
  });

  it("finds nothing for words no skill has", () => {
    expect(suggestSkills("zzqqxx", 5)).toEqual([]);
  });
});
