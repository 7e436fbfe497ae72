// Unit tests of the accuracy scorer: matching rules, counting and the reading-order checks.

import { describe, expect, test } from "vitest";
import {
  columnsSeparate,
  type ExpectedAnalysis,
  experienceDatesMatch,
  monthMatches,
  normalizeCompany,
  normalizeText,
  phrasesInOrder,
  rowsInOrder,
  scoreFile,
  summarize,
} from "./accuracy.ts";
import type { Analysis, AnalysisResult, ExperienceEntry } from "./types.ts";

describe("normalizeText", () => {
  test.each([
    ["  Dr.  Jana   NOVÁK ", "dr jana novák"],
    ["Müller-Lüdenscheidt, Inc.", "müller lüdenscheidt inc"],
    ["Université de Lyon", "université de lyon"],
    ["TU\tMünchen", "tu münchen"],
  ])("%j -> %j", (input, out) => expect(normalizeText(input)).toBe(out));
});

describe("normalizeCompany", () => {
  test.each([
    ["Nordwind Logistik GmbH", "nordwind logistik"],
    ["Brightpath Ltd.", "brightpath"],
    ["Solaris Energia S.r.l.", "solaris energia"],
    ["Kanaal Data B.V.", "kanaal data"],
    ["Limited Editions Press", "limited editions press"],
  ])("%j -> %j", (input, out) => expect(normalizeCompany(input)).toBe(out));
});

describe("monthMatches", () => {
  test.each([
    ["2019-03", "2019-03", true],
    ["2019-03", "2019-04", false],
    ["2019", "2019-07", true],
    ["2019", "2020-01", false],
    [null, null, true],
    [null, "2019-01", false],
    ["2019-01", null, false],
  ] as const)("%j vs %j -> %j", (e, a, ok) => expect(monthMatches(e, a)).toBe(ok));
});

describe("experienceDatesMatch", () => {
  const exp = (start: string | null, end: string | null, current: boolean) => ({
    start,
    end,
    current,
    company: null,
    title: null,
  });
  test.each([
    [exp("2020-01", null, true), { start: "2020-01", end: null, current: true }, true],
    [exp("2020-01", null, true), { start: "2020-01", end: "2026-11", current: true }, true],
    [exp("2020-01", null, true), { start: "2020-01", end: "2026-11", current: false }, false],
    [exp("2018-03", "2020-11", false), { start: "2018-03", end: "2020-11", current: false }, true],
    [exp("2018-03", "2020-11", false), { start: "2018-03", end: "2020-10", current: false }, false],
    [exp("2018", "2020", false), { start: "2018-01", end: "2020-12", current: false }, true],
  ])("%#", (e, a, ok) => expect(experienceDatesMatch(e, a)).toBe(ok));
});

function entry(start: string | null, end: string | null, current: boolean, company: string): ExperienceEntry {
  return {
    title: null,
    company,
    location: null,
    start,
    end,
    current,
    months: null,
    highlights: [],
    confidence: 1,
  };
}

function resultOf(
  a: Partial<Analysis> & { name?: string; emails?: string[]; phones?: string[] },
): AnalysisResult {
  const c = (value: string) => ({ value, confidence: 1 });
  const analysis: Analysis = {
    contact: {
      name: a.name ? c(a.name) : null,
      emails: (a.emails ?? []).map(c),
      phones: (a.phones ?? []).map(c),
      links: [],
      location: null,
    },
    headline: null,
    summary: null,
    sections: [],
    experience: a.experience ?? [],
    totals: { months: 0, years: 0, gaps: [], seniority: null },
    education: a.education ?? [],
    skills: a.skills ?? [],
    languages: a.languages ?? [],
    certifications: [],
    projects: [],
    quality: { score: 0, checks: [] },
    document: a.document ?? {
      type: "pdf",
      language: "en",
      pages: 1,
      words: 100,
      dated: { month: "2026-11", by: "analysis" },
    },
  };
  return { text: "", analysis };
}

const expected: ExpectedAnalysis = {
  file: "en-sample.pdf",
  error: null,
  name: "Priya Raman",
  emails: ["priya.raman@example.com"],
  phones: ["+919876543210"],
  experience: [
    {
      start: "2021-04",
      end: null,
      current: true,
      company: "Lotus Analytics Pvt Ltd",
      title: "Data Engineer",
    },
    { start: "2018-07", end: "2021-03", current: false, company: "Indigo Systems", title: "Developer" },
  ],
  education: [{ institution: "Anna University", level: "bachelor" }],
  skills: ["Python", "PostgreSQL", "Docker"],
  languages: ["English", "Tamil"],
  documentLanguage: "en",
  asOf: "2026-11",
  region: "IN",
};

describe("scoreFile", () => {
  test("a perfect result has only true positives", () => {
    const s = scoreFile(expected, {
      result: resultOf({
        name: "PRIYA  RAMAN",
        emails: ["Priya.Raman@example.com"],
        phones: ["+919876543210"],
        experience: [
          entry("2018-07", "2021-03", false, "Indigo Systems"),
          entry("2021-04", "2026-11", true, "Lotus Analytics"),
        ],
        education: [
          {
            degree: "B.E.",
            level: "bachelor",
            field: null,
            institution: "Anna University",
            start: null,
            end: null,
            grade: null,
            confidence: 1,
          },
        ],
        skills: ["Python", "PostgreSQL", "Docker"].map((name) => ({
          name,
          category: "x",
          aliasesSeen: [],
          mentions: 1,
          monthsUsed: null,
          lastUsed: null,
          confidence: 1,
        })),
        languages: ["English", "Tamil"].map((language) => ({ language, level: null, confidence: 1 })),
      }),
    });
    expect(s.misses).toEqual([]);
    expect(s.counts.skills).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(s.counts.experienceDates).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.counts.error).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  test("wrong, missing and extra values are counted and listed", () => {
    const s = scoreFile(expected, {
      result: resultOf({
        name: "Lotus Analytics",
        phones: ["+919876543210", "+442079460000"],
        experience: [entry("2021-04", null, false, "Lotus Analytics Pvt Ltd")],
        document: {
          type: "pdf",
          language: "de",
          pages: 1,
          words: 10,
          dated: { month: "2026-11", by: "analysis" },
        },
      }),
    });
    expect(s.counts.name).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.counts.email).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s.counts.phone).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(s.counts.experienceDates).toEqual({ tp: 0, fp: 1, fn: 2 });
    expect(s.counts.experienceCompany).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(s.counts.documentLanguage).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.misses).toContainEqual({
      file: "en-sample.pdf",
      field: "phone",
      kind: "fp",
      value: "+442079460000",
    });
  });

  test("an error fixture scores its code, and a result in its place is all false positives", () => {
    const broken: ExpectedAnalysis = {
      ...expected,
      error: "encrypted",
      name: null,
      emails: [],
      phones: [],
      experience: [],
      education: [],
      skills: [],
      languages: [],
      documentLanguage: null,
    };
    expect(scoreFile(broken, { error: "encrypted" }).counts.error).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreFile(broken, { error: "corrupt" }).counts.error).toEqual({ tp: 0, fp: 1, fn: 1 });
    const s = scoreFile(broken, { result: resultOf({ name: "Priya Raman" }) });
    expect(s.counts.error).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s.counts.name).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(scoreFile(expected, { error: "corrupt" }).counts.name).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});

test("summarize sums counts and computes precision and recall", () => {
  const a = scoreFile(expected, { error: "corrupt" });
  const b = scoreFile(expected, { result: resultOf({ name: "Priya Raman", phones: ["+10000000000"] }) });
  const rows = summarize([a, b]);
  const name = rows.find((r) => r.field === "name")!;
  expect(name).toEqual({ field: "name", tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
  const phone = rows.find((r) => r.field === "phone")!;
  expect(phone).toEqual({ field: "phone", tp: 0, fp: 1, fn: 2, precision: 0, recall: 0 });
  expect(rows.find((r) => r.field === "error")).toEqual({
    field: "error",
    tp: 0,
    fp: 1,
    fn: 0,
    precision: 0,
    recall: 1,
  });
});

describe("reading order", () => {
  const text = "Ana Lima\nSkills\nPython\nExperience\nData Analyst at Ipê Dados\nEducation\nUSP";
  test.each([
    [["Ana Lima", "Experience", "USP"], true],
    [["Experience", "Skills"], false],
    [["Ana Lima", "Kotlin"], false],
    [["Data Analyst", "Analyst"], false],
  ])("%j in order -> %j", (phrases, ok) => expect(phrasesInOrder(text, phrases).ok).toBe(ok));

  test.each([
    [{ left: ["Skills", "Python"], right: ["Experience", "USP"] }, true],
    [{ left: ["Experience", "USP"], right: ["Skills", "Python"] }, true],
    [{ left: ["Skills", "Education"], right: ["Experience"] }, false],
    [{ left: ["Skills"], right: ["Missing phrase"] }, false],
  ])("columns %j separate -> %j", (columns, ok) => expect(columnsSeparate(text, columns)).toBe(ok));
});

describe("rowsInOrder", () => {
  const table =
    "Senior Nurse\nExperience\nSenior Nurse\n2021 – today Trent Valley Hospital\nNurse\n2019 – 2021 Sherwood Hospital";
  test.each([
    [
      [
        ["2021 – today", "Senior Nurse"],
        ["2019 – 2021", "Nurse"],
      ],
      true,
      null,
    ],
    [
      [
        ["Trent Valley Hospital", "2021 – today"],
        ["Sherwood Hospital", "Nurse"],
      ],
      true,
      null,
    ],
    [[["Sherwood Hospital"], ["Trent Valley Hospital"]], false, "Trent Valley Hospital"],
    [[["2021 – today"], ["2018 – 2019"]], false, "2018 – 2019"],
  ])("%j -> %j", (rows, ok, missing) => expect(rowsInOrder(table, rows)).toEqual({ ok, missing }));

  test("a table read column by column interleaves its rows", () => {
    const columnWise =
      "2021 – today\n2019 – 2021\nSenior Nurse\nTrent Valley Hospital\nStaff Nurse\nSherwood Hospital";
    const rows = [
      ["2021 – today", "Senior Nurse"],
      ["2019 – 2021", "Staff Nurse"],
    ];
    expect(rowsInOrder(columnWise, rows)).toEqual({ ok: false, missing: "2019 – 2021" });
  });
});
