// Lookup by name or alias, implies closure and the shape of the shipped data.
import { describe, expect, it } from "vitest";
import { allSkills, findSkill, impliedSkills, skillCategories, taxonomySources } from "./index.ts";
import { lookupKey } from "./tokens.ts";
import type { TaxonomySkill } from "./types.ts";

describe("findSkill", () => {
  it.each([
    ["JS", "JavaScript"],
    ["javascript", "JavaScript"],
    ["k8s", "Kubernetes"],
    ["K8s", "Kubernetes"],
    ["Postgres", "PostgreSQL"],
    ["postgresql", "PostgreSQL"],
    ["React.js", "React"],
    ["reactjs", "React"],
    ["React JS", "React"],
    ["Golang", "Go"],
    ["go", "Go"],
    ["TS", "TypeScript"],
    ["nodejs", "Node.js"],
    ["Node JS", "Node.js"],
    ["node.js", "Node.js"],
    ["c++", "C++"],
    ["C#", "C#"],
    ["c sharp", "C#"],
    ["F#", "F#"],
    [".net", ".NET"],
    ["dotnet", ".NET"],
    ["asp.net", "ASP.NET"],
    ["ci/cd", "CI/CD"],
    ["CICD", "CI/CD"],
    ["scikit learn", "scikit-learn"],
    ["sklearn", "scikit-learn"],
    ["Vue 3", "Vue.js"],
    ["vuejs", "Vue.js"],
    ["  Spring   Boot ", "Spring Boot"],
    ["MS Excel", "Microsoft Excel"],
    ["excel", "Microsoft Excel"],
    ["AWS", "AWS"],
    ["Amazon Web Services", "AWS"],
    ["GCP", "Google Cloud"],
    ["Swift", "Swift"],
    ["swift", "Swift"],
    ["SWIFT", "SWIFT payments"],
    ["Excel", "Microsoft Excel"],
    ["VB .NET", "VB.NET"],
    ["M&A", "Mergers and acquisitions"],
    ["MA", undefined],
    ["A/P", "Accounts payable"],
    ["A&P", undefined],
    ["CICD", "CI/CD"],
    ["Résumé writing", undefined],
    ["", undefined],
    ["no such skill at all", undefined],
  ])("%s → %s", (alias, expected) => {
    expect(findSkill(alias)?.name).toBe(expected);
  });
});

describe("impliedSkills", () => {
  it.each([
    ["React", ["JavaScript"]],
    ["Next.js", ["React", "JavaScript"]],
    ["Django", ["Python"]],
    ["Kubernetes", ["Containers"]],
    ["Helm", ["Kubernetes", "Containers"]],
    ["TypeScript", ["JavaScript"]],
    ["Spring Boot", ["Spring", "Java"]],
    ["nodejs", ["JavaScript"]],
    ["JavaScript", []],
    ["unknown skill", []],
  ])("%s implies %j", (name, expected) => {
    expect(impliedSkills(name)).toEqual(expected);
  });

  it("never includes the skill itself and only names canonical skills", () => {
    const names = new Set(allSkills().map((s) => s.name));
    for (const skill of allSkills()) {
      const implied = impliedSkills(skill.name);
      expect(implied).not.toContain(skill.name);
      for (const name of implied) expect(names.has(name), `${skill.name} → ${name}`).toBe(true);
    }
  });
});

describe("the data", () => {
  it("holds at least 1,500 skills", () => {
    expect(allSkills().length).toBeGreaterThanOrEqual(1500);
  });

  it("draws on every recorded source", () => {
    for (const source of ["esco", "onet", "linguist", "curated"]) {
      const count = allSkills().filter((s) => s.sources.includes(source)).length;
      expect(count, source).toBeGreaterThan(100);
    }
  });

  it.each([
    ["PostgreSQL", ["esco", "onet", "curated"]],
    ["Kubernetes", ["onet", "curated"]],
    ["Teamwork", ["esco", "curated"]],
    ["Hungarian", ["esco"]],
    ["Haskell", ["esco", "onet", "linguist", "curated"]],
  ])("%s comes from %j", (name, sources) => {
    expect(findSkill(name)?.sources).toEqual(sources);
  });

  it("marks everyday-word spellings only among the skill's own forms", () => {
    for (const skill of allSkills()) {
      for (const form of skill.ambiguous ?? [])
        expect([skill.name, ...skill.aliases], skill.name).toContain(form);
    }
  });

  it("has unique canonical names and every alias names one skill", () => {
    const owner = new Map<string, string>();
    for (const skill of allSkills()) {
      for (const form of [skill.name, ...skill.aliases]) {
        expect(findSkill(form)?.name, `${form} of ${skill.name}`).toBe(skill.name);
      }
      expect(owner.has(skill.name), skill.name).toBe(false);
      owner.set(skill.name, skill.name);
    }
  });

  it("lets two skills share a normalized spelling only as everyday words told apart by casing", () => {
    const owners = new Map<string, TaxonomySkill[]>();
    for (const skill of allSkills()) {
      for (const form of [skill.name, ...skill.aliases]) {
        const list = owners.get(lookupKey(form)) ?? [];
        if (!list.includes(skill)) list.push(skill);
        owners.set(lookupKey(form), list);
      }
    }
    const shared = [...owners].filter(([, skills]) => skills.length > 1);
    expect(shared.map(([key, skills]) => `${key}: ${skills.map((s) => s.name).join(", ")}`)).toEqual([
      "swift: SWIFT payments, Swift",
    ]);
  });

  it("lists categories sorted and without repeats", () => {
    const categories = skillCategories();
    expect(categories).toEqual([...new Set(categories)].sort());
    for (const c of ["programming_language", "framework", "database", "cloud", "devops", "soft_skill"])
      expect(categories).toContain(c);
  });

  it("records its sources with licences, and every skill names known sources", () => {
    const ids = taxonomySources().map((s) => s.id);
    expect(ids).toEqual(["esco", "onet", "linguist", "curated"]);
    for (const source of taxonomySources()) expect(source.licence.length).toBeGreaterThan(2);
    for (const skill of allSkills()) {
      expect(skill.sources.length, skill.name).toBeGreaterThan(0);
      for (const s of skill.sources) expect(ids).toContain(s);
    }
  });
});
