// The curated line syntax, and the curated lists as a whole: no clashes, every implied skill exists.
import { describe, expect, it } from "vitest";
import { curatedSkills, parseCuratedLine } from "./curated-line.ts";
import { escoSoftSkills } from "./curated-work.ts";
import { TaxonomyBuilder } from "./merge.ts";

describe("parseCuratedLine", () => {
  it.each([
    ["Kotlin", { name: "Kotlin", aliases: [], implies: [] }],
    [
      "React | React.js, ReactJS > JavaScript",
      { name: "React", aliases: ["React.js", "ReactJS"], implies: ["JavaScript"] },
    ],
    ["Helm > Kubernetes", { name: "Helm", aliases: [], implies: ["Kubernetes"] }],
    ["~Go | Golang", { name: "Go", aliases: ["Golang"], implies: [], ambiguous: ["Go"] }],
    ["C | ~C, ANSI C", { name: "C", aliases: ["ANSI C"], implies: [], ambiguous: ["C"] }],
    [
      "Microsoft Excel | ~Excel, MS Excel > Spreadsheets",
      {
        name: "Microsoft Excel",
        aliases: ["Excel", "MS Excel"],
        implies: ["Spreadsheets"],
        ambiguous: ["Excel"],
      },
    ],
  ])("%s", (line, expected) => {
    expect(parseCuratedLine(line, "framework")).toEqual({
      category: "framework",
      sources: ["curated"],
      ...expected,
    });
  });
});

describe("the curated lists", () => {
  const skills = curatedSkills();
  const names = new Set(skills.map((s) => s.name));

  it("give every spelling to one skill", () => {
    const builder = new TaxonomyBuilder(new Set(), new Set());
    for (const skill of skills) builder.addCurated(skill);
    expect(builder.problems).toEqual([]);
  });

  it("imply only curated skills, never themselves", () => {
    const unknown = skills.flatMap((s) =>
      s.implies.filter((n) => !names.has(n) || n === s.name).map((n) => `${s.name} → ${n}`),
    );
    expect(unknown).toEqual([]);
  });

  it("map ESCO soft skills to curated soft skills", () => {
    for (const name of Object.values(escoSoftSkills)) expect(names.has(name), name).toBe(true);
  });

  it("cover the modern tools and the professions the open data lacks", () => {
    for (const name of [
      "Docker",
      "Kubernetes",
      "Terraform",
      "React",
      "Vue.js",
      "Apache Kafka",
      "Snowflake",
      "dbt",
      "PyTorch",
      "LangChain",
      "AWS Lambda",
      "Nursing",
      "Bookkeeping",
      "Sales",
      "Project management",
      "Figma",
      "Forklift operation",
    ])
      expect(names.has(name), name).toBe(true);
  });
});
