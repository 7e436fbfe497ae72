// A degree the section states twice: a CV builder's row ("M.B.A : Finance Acme University") and the candidate's
// own words under it ("Master of Business Administration", "ACME UNIVERSITY Springfield, Master of Arts in X"); and a
// degree read twice, a section repeated by the layout or a row per year of one degree.
import type { EducationEntry } from "./types.ts";

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter((word) => word !== "" && !["of", "in", "and", "the", "&"].includes(word));

/**
 * "M.B.A" and "Master of Business Administration", "B.com" and "Bachelor of Commerce": the short form's letters
 * or parts begin the long form's words in order.
 */
export function abbreviates(short: string, long: string): boolean {
  const parts = short
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((part) => part !== "");
  const spelled = words(long);
  const letterCount = (text: string) => text.replace(/[^\p{L}]/gu, "").length;
  if (parts.length === 0 || spelled.length < 2 || letterCount(short) >= letterCount(long)) return false;
  // "M.B.A", "MBA": one letter for each word
  const letters = parts.join("");
  if (parts.every((part) => part.length === 1) || (parts.length === 1 && letters.length === spelled.length))
    return letters.length === spelled.length && spelled.every((word, i) => word.startsWith(letters[i]));
  // "B.com", "M.Tech": each part the beginning of a word, in order
  return parts.length === spelled.length && spelled.every((word, i) => word.startsWith(parts[i]));
}

const schoolWords = (name: string) => new Set(words(name));

/** Two names of one school: every word of the shorter in the longer ("ACME UNIVERSITY Springfield"). */
function sameSchool(a: string, b: string): boolean {
  const [shorter, longer] = [schoolWords(a), schoolWords(b)].sort((x, y) => x.size - y.size);
  return shorter.size >= 2 && [...shorter].every((word) => longer.has(word));
}

// the words a degree shares with any of its kind, which tell no subject apart
const KIND_WORDS = new Set([
  "bachelor",
  "bachelors",
  "master",
  "masters",
  "s",
  "degree",
  "arts",
  "science",
  "associate",
  "doctor",
  "city",
  "state",
]);
// a degree's and its field's words, without its kind's or the school's name both entries share
const subjectWords = (entry: EducationEntry, school: Set<string>) =>
  new Set(
    words(`${entry.degree ?? ""} ${entry.field ?? ""}`).filter(
      (word) => !KIND_WORDS.has(word) && !school.has(word) && !/\d/.test(word),
    ),
  );

/** The same subject: most words of the one that names fewer in the other ("Human Resource Development"). */
function sameSubject(a: EducationEntry, b: EducationEntry): boolean {
  const theirs = new Set(words(b.institution ?? ""));
  const school = new Set(words(a.institution ?? "").filter((word) => theirs.has(word)));
  const [fewer, more] = [subjectWords(a, school), subjectWords(b, school)].sort((x, y) => x.size - y.size);
  // a subject on one side only tells nothing: not the same
  if (fewer.size === 0) return more.size === 0;
  return [...fewer].filter((word) => more.has(word)).length >= 0.6 * fewer.size;
}

/** a degree's name without its bracket, its dots and its spaces: "B. Tech (Mechanical)" and "B,Tech(ME)" give "btech" */
const degreeHead = (degree: string) =>
  degree
    .split("(")[0]
    .replace(/[^\p{L}]/gu, "")
    .toLowerCase();

// a degree named by its level alone: "Graduation", "Post Graduate", "UG"
const LEVEL_ALONE = /^(?:(?:under|post)[\s-]?)?graduat(?:ion|e)$|^(?:ug|pg)$/i;

/** b says again what a says: the same level, and the same degree spelled out without a school, or the same school and field. */
function restates(b: EducationEntry, a: EducationEntry): boolean {
  if (
    a === b ||
    a.level !== b.level ||
    !["associate", "bachelor", "master", "doctorate"].includes(a.level ?? "")
  )
    return false;
  if (!a.institution || !a.degree || !b.degree) return false;
  // without a school: the degree spelled out, or the same subject in two words or more ("Associate of Applied
  // Science in Network Management and Security, Graduated October 2014" under the builder's row of it)
  if (!b.institution)
    return (
      (b.start === null &&
        b.end === null &&
        (abbreviates(a.degree.split(/\s*[:(,]/)[0], b.degree) ||
          abbreviates(b.degree.split(/\s*[:(,]/)[0], a.degree))) ||
      (subjectWords(b, new Set()).size >= 2 && sameSubject(a, b))
    );
  // "Graduation | P.T.U | May 2012" in a table after "B.Tech in Mechanical from X College": a row that names the
  // level alone, with the body that examined it, dates the degree of that level stated without a year
  if (LEVEL_ALONE.test(b.degree.trim()) && a.start === null && a.end === null) return true;
  // "B,Tech(ME), BHCET" in a table after "B. Tech (Mechanical Engineering)" at "Brown Hills College of Engineering &
  // Technology": the school by its initials, the degree by the same name
  if (abbreviates(b.institution, a.institution) && degreeHead(a.degree) === degreeHead(b.degree)) return true;
  return sameSchool(a.institution, b.institution) && sameSubject(a, b);
}

/** The entries of one section, each degree once: a restatement gives way to the entry it restates. */
export function withoutRestatements(entries: EducationEntry[]): EducationEntry[] {
  const dropped = new Set<EducationEntry>();
  const kept = new Map<EducationEntry, EducationEntry>();
  for (const [i, b] of entries.entries()) {
    const stated = entries.find((a, j) => !dropped.has(a) && (j < i || !b.institution) && restates(b, a));
    if (stated) dropped.add(b);
    // the dates the restatement gives and the entry it restates does not
    if (stated && stated.start === null && stated.end === null && (b.start !== null || b.end !== null))
      kept.set(stated, { ...stated, start: b.start, end: b.end });
  }
  return entries.filter((entry) => !dropped.has(entry)).map((entry) => kept.get(entry) ?? entry);
}

// "B.Sc. 1 Year", "B.E. 3rd Sem": one row per year or semester of the same degree
const YEAR_OF_COURSE =
  /\b(?:\d{1,2}(?:st|nd|rd|th)?|i{1,3}|iv|vi{0,3}|first|second|third|fourth|final)\s*(?:year|yr|sem(?:ester)?)\b/gi;

/** One entry per degree: a section repeated by the layout, or a row per year of one degree, is read once. */
export function withoutRepeats(entries: EducationEntry[]): EducationEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    if (entry.level === null) return true;
    const degree = (entry.degree ?? "")
      .replace(YEAR_OF_COURSE, " ")
      .replace(/[^\p{L}\d]+/gu, " ")
      .trim();
    const key = `${entry.level}|${degree.toLowerCase()}|${(entry.institution ?? "").toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
