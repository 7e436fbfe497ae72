// Field-accuracy scoring of the analysis engine against the hand-checked expected analyses of the CV corpus.
// Pure: it compares an expected file with an AnalysisResult (or the error code it threw) and counts tp/fp/fn.

import type { AnalysisErrorCode, AnalysisResult, EducationLevel } from "./types.ts";

export interface ExpectedExperience {
  /** "YYYY-MM", or "YYYY" when the document gives the year only (then only the year is compared) */
  start: string | null;
  end: string | null;
  current: boolean;
  company: string | null;
  title: string | null;
}

export interface ExpectedAnalysis {
  file: string;
  error: AnalysisErrorCode | null;
  name: string | null;
  emails: string[];
  phones: string[];
  experience: ExpectedExperience[];
  education: { institution: string; level: EducationLevel | null }[];
  skills: string[];
  languages: string[];
  documentLanguage: string | null;
  asOf: string;
  region: string;
  /** phrases the extracted text must contain in this order (two-column and table layouts) */
  readingOrder?: string[];
  /** lines of each column: every left phrase must come before every right phrase, or all after */
  columns?: { left: string[]; right: string[] };
  /** cells of consecutive table rows: all of a row's phrases (in any order) before any of the next row's */
  rows?: string[][];
}

export const FIELDS = [
  "name",
  "email",
  "phone",
  "experienceDates",
  "experienceCompany",
  "education",
  "skills",
  "languages",
  "documentLanguage",
  "error",
] as const;
export type Field = (typeof FIELDS)[number];

export interface Miss {
  file: string;
  field: Field;
  kind: "fp" | "fn";
  value: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface FileScore {
  file: string;
  counts: Record<Field, Counts>;
  misses: Miss[];
}

/** What the engine produced for one file: a result, or the code of the AnalysisError it threw. */
export type Outcome = { result: AnalysisResult } | { error: string };

/** Case, accents kept; punctuation, dashes and runs of whitespace folded, so "Müller-Lüdenscheidt, Inc." ~ "müller lüdenscheidt inc" */
export function normalizeText(value: string): string {
  return value
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const LEGAL_SUFFIX =
  /\s(gmbh|ag|se|kg|inc|llc|ltd|plc|co|corp|sa|sas|sarl|s a|s a s|sl|s l|bv|b v|nv|n v|srl|s r l|spa|s p a|ltda|pvt|private limited|limited)$/;

/** A company matches with or without its legal form: "Nordwind Logistik GmbH" ~ "Nordwind Logistik". */
export function normalizeCompany(value: string): string {
  let text = normalizeText(value);
  for (let i = 0; i < 2 && LEGAL_SUFFIX.test(text); i++) text = text.replace(LEGAL_SUFFIX, "").trim();
  return text;
}

/** Expected "YYYY" matches any month of that year; "YYYY-MM" must match exactly. */
export function monthMatches(expected: string | null, actual: string | null): boolean {
  if (expected === null) return actual === null;
  if (actual === null) return false;
  return expected.length === 4 ? actual.slice(0, 4) === expected : actual === expected;
}

export function experienceDatesMatch(
  expected: ExpectedExperience,
  actual: { start: string | null; end: string | null; current: boolean },
): boolean {
  if (!monthMatches(expected.start, actual.start)) return false;
  if (expected.current) return actual.current;
  return !actual.current && monthMatches(expected.end, actual.end);
}

/** Greedy one-to-one matching of two lists: the matched pairs and the unmatched items of each side. */
export function matchLists<E, A>(
  expected: E[],
  actual: A[],
  same: (e: E, a: A) => boolean,
): { tp: number; pairs: [E, A][]; missed: E[]; extra: A[] } {
  const free = [...actual];
  const pairs: [E, A][] = [];
  const missed: E[] = [];
  for (const e of expected) {
    const at = free.findIndex((a) => same(e, a));
    if (at === -1) missed.push(e);
    else pairs.push([e, free.splice(at, 1)[0]]);
  }
  return { tp: pairs.length, pairs, missed, extra: free };
}

function emptyCounts(): Record<Field, Counts> {
  return Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Counts>;
}

function formatDates(d: { start: string | null; end: string | null; current: boolean }): string {
  return `${d.start ?? "?"}..${d.current ? "current" : (d.end ?? "?")}`;
}

export function scoreFile(expected: ExpectedAnalysis, outcome: Outcome): FileScore {
  const counts = emptyCounts();
  const misses: Miss[] = [];
  const file = expected.file;
  const tally = <E, A>(
    field: Field,
    exp: E[],
    act: A[],
    same: (e: E, a: A) => boolean,
    show: (x: E | A) => string,
  ) => {
    const { tp, missed, extra } = matchLists(exp, act, same);
    counts[field].tp += tp;
    counts[field].fn += missed.length;
    counts[field].fp += extra.length;
    for (const m of missed) misses.push({ file, field, kind: "fn", value: show(m) });
    for (const x of extra) misses.push({ file, field, kind: "fp", value: show(x) });
  };
  const str = (x: unknown) => String(x);

  const gotError = "error" in outcome ? outcome.error : null;
  tally("error", expected.error ? [expected.error] : [], gotError ? [gotError] : [], (e, a) => e === a, str);

  const a = "result" in outcome ? outcome.result.analysis : null;
  const name = a?.contact.name?.value;
  tally(
    "name",
    expected.name ? [expected.name] : [],
    name ? [name] : [],
    (e, x) => normalizeText(e) === normalizeText(x),
    str,
  );
  tally(
    "email",
    expected.emails,
    a?.contact.emails.map((e) => e.value) ?? [],
    (e, x) => e.toLowerCase() === x.toLowerCase(),
    str,
  );
  tally("phone", expected.phones, a?.contact.phones.map((p) => p.value) ?? [], (e, x) => e === x, str);
  tally("experienceDates", expected.experience, a?.experience ?? [], experienceDatesMatch, (x) =>
    formatDates(x),
  );
  tally(
    "experienceCompany",
    expected.experience.filter((e) => e.company).map((e) => e.company as string),
    (a?.experience ?? []).filter((e) => e.company).map((e) => e.company as string),
    (e, x) => normalizeCompany(e) === normalizeCompany(x),
    str,
  );
  tally(
    "education",
    expected.education,
    // a certificate or credential without a school (level "other", "Certified Ethical Hacker") is a qualification
    // under test/accuracy/LABELLING.md, but these files list only schools and their degrees: not scored here
    (a?.education ?? []).filter((x) => x.level !== "other" || x.institution !== null),
    (e, x) =>
      x.institution !== null &&
      normalizeText(e.institution) === normalizeText(x.institution) &&
      e.level === x.level,
    (x) => `${x.institution} (${x.level})`,
  );
  tally(
    "skills",
    expected.skills,
    a?.skills.map((s) => s.name) ?? [],
    (e, x) => e.toLowerCase() === x.toLowerCase(),
    str,
  );
  tally(
    "languages",
    expected.languages,
    a?.languages.map((l) => l.language) ?? [],
    (e, x) => e.toLowerCase() === x.toLowerCase(),
    str,
  );
  tally(
    "documentLanguage",
    expected.documentLanguage ? [expected.documentLanguage] : [],
    a ? [a.document.language] : [],
    (e, x) => e === x,
    str,
  );
  return { file, counts, misses };
}

export interface FieldRow extends Counts {
  field: Field;
  precision: number;
  recall: number;
}

/** Sums the per-file counts; precision and recall are 1 when there is nothing to find or nothing found. */
export function summarize(scores: FileScore[]): FieldRow[] {
  return FIELDS.map((field) => {
    const c = { tp: 0, fp: 0, fn: 0 };
    for (const s of scores) {
      c.tp += s.counts[field].tp;
      c.fp += s.counts[field].fp;
      c.fn += s.counts[field].fn;
    }
    const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
    const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
    return { field, ...c, precision, recall };
  });
}

/** Whether the phrases occur in the text in this order; names the first one that does not. */
export function phrasesInOrder(text: string, phrases: string[]): { ok: boolean; missing: string | null } {
  const hay = normalizeText(text);
  let from = 0;
  for (const phrase of phrases) {
    const needle = normalizeText(phrase);
    const at = hay.indexOf(needle, from);
    if (at === -1) return { ok: false, missing: phrase };
    from = at + needle.length;
  }
  return { ok: true, missing: null };
}

/** True when no line of one column sits between two lines of the other. */
export function columnsSeparate(text: string, columns: { left: string[]; right: string[] }): boolean {
  const hay = normalizeText(text);
  const at = (p: string) => hay.indexOf(normalizeText(p));
  const left = columns.left.map(at);
  const right = columns.right.map(at);
  if ([...left, ...right].some((i) => i === -1)) return false;
  return Math.max(...left) < Math.min(...right) || Math.max(...right) < Math.min(...left);
}

/**
 * True when each row's phrases all come after the last phrase of the row before; the order inside a row
 * is free. A row is searched only after the previous one, so a title that recurs earlier (in a headline,
 * or inside a longer title) is not mistaken for the row's cell.
 */
export function rowsInOrder(text: string, rows: string[][]): { ok: boolean; missing: string | null } {
  const hay = normalizeText(text);
  let from = 0;
  for (const row of rows) {
    let last = from;
    for (const phrase of row) {
      const needle = normalizeText(phrase);
      const at = hay.indexOf(needle, from);
      if (at === -1) return { ok: false, missing: phrase };
      last = Math.max(last, at + needle.length);
    }
    from = last;
  }
  return { ok: true, missing: null };
}
