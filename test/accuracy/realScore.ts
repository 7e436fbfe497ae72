// Scores one analysis of a real CV against its stored label: personal fields compared by hash, the rest by
// normalised text with the matching rules written here once (the same rules score the baselines).
import { matchLists, normalizeCompany, normalizeText } from "../../shared/analysis/accuracy.ts";
import { findSkill } from "../../shared/taxonomy/index.ts";
import { labelledMonths, sameEnd, TOTAL_TOLERANCE_MONTHS } from "./dateScore.ts";
import { hashPersonal, type StoredLabel } from "./labelSchema.ts";

/** The fields the report prints, in order; each is counted as true/false positives and negatives. */
export const REAL_FIELDS = [
  "name",
  "email",
  "phone",
  "location",
  "employer",
  "titleGivenEmployer",
  "startYear",
  "endYear",
  "totalYears",
  "institution",
  "educationYear",
  "degreeLevel",
  "courses",
  "skills",
  "skillsAllTerms",
  "languages",
] as const;
export type RealField = (typeof REAL_FIELDS)[number];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** What an extractor (the engine or a baseline) says about one CV, in the label's terms. */
export interface Prediction {
  name: string | null;
  emails: string[];
  phones: string[];
  location: string | null;
  experience: {
    title: string | null;
    employer: string | null;
    start: string | null;
    end: string | null;
    current: boolean;
  }[];
  education: {
    degree: string | null;
    level: string | null;
    institution: string | null;
    year: string | null;
  }[];
  /** months in work, overlapping roles merged; null when the extractor gives no total */
  totalMonths: number | null;
  /** the month "present" means: the one the engine dated the CV to (the baseline is given the same) */
  present: string;
  /** the certifications field's names (the labels keep certificates and courses as education of level other) */
  certifications: string[];
  skills: { name: string; surfaces: string[] }[];
  languages: string[];
}

export interface RealScore {
  file: string;
  counts: Record<RealField, Tally>;
  /** the label has a work history and the prediction at least one entry */
  hasHistory: boolean;
  gotEntry: boolean;
  /** the label has no name and the prediction invented one */
  inventedName: boolean;
  labelHasName: boolean;
  /** predicted jobs whose employer or title is one of the label's schools or degrees */
  educationAsJob: number;
  misses: string[];
}

const tokens = (s: string) => new Set(s.split(" ").filter(Boolean));

/**
 * Two organisation or title strings name the same thing when, normalised, they are equal or every word of
 * the shorter is in the longer and the shorter has at least half the longer's words ("Infosys" ~
 * "Infosys Technologies", not ~ "Infosys Technologies Business Process Services").
 */
export function sameEntity(a: string, b: string, normalize = normalizeText): boolean {
  const x = normalize(a);
  const y = normalize(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [tokens(x), tokens(y)] : [tokens(y), tokens(x)];
  if (short.size * 2 < long.size) return false;
  for (const t of short) if (!long.has(t)) return false;
  return true;
}

const sameOrg = (a: string, b: string) => sameEntity(a, b, normalizeCompany);

function locationMatches(label: NonNullable<StoredLabel["location"]>, got: string): boolean {
  const hay = ` ${normalizeText(got)} `;
  const want = label.city ?? label.region ?? label.country;
  return want !== null && hay.includes(` ${normalizeText(want)} `);
}

// words every course name may carry: they say what kind of thing it is, not which one
const COURSE_WORDS = new Set(
  "course courses certificate certification certified diploma training in of on and the for from a an".split(
    " ",
  ),
);
const courseWords = (s: string) => [...tokens(normalizeText(s))].filter((w) => !COURSE_WORDS.has(w));

/**
 * A labelled certificate or course and a predicted one name the same thing when most words of the shorter
 * (its kind words aside: "course", "certificate", "in") are in the longer ("Course on AutoCAD" ~ "AutoCAD").
 */
export function sameCourse(a: string, b: string): boolean {
  if (normalizeText(a) !== "" && normalizeText(a) === normalizeText(b)) return true;
  const x = courseWords(a);
  const y = new Set(courseWords(b));
  if (x.length === 0 || y.size === 0) return false;
  const shared = x.filter((w) => y.has(w)).length;
  return shared > 0 && shared >= 0.6 * Math.min(x.length, y.size);
}

/** A labelled skill phrase, as the taxonomy knows it (or undefined when the taxonomy has no such skill). */
export function canonicalSkill(phrase: string): string | undefined {
  return findSkill(phrase)?.name;
}

function skillInPhrase(skill: Prediction["skills"][number], phrase: string): boolean {
  const hay = ` ${normalizeText(phrase)} `;
  return [skill.name, ...skill.surfaces].some((s) => {
    const n = normalizeText(s);
    return n !== "" && hay.includes(` ${n} `);
  });
}

/**
 * What a candidate skill is to the label: "claim" when the label names it, "inside" when it lies inside a
 * labelled phrase (right for the all-terms count, not counted for skills), "skip" when claiming it is a
 * false positive.
 */
export function skillClaimLabel(
  label: StoredLabel,
  name: string,
  surfaces: string[],
): "claim" | "inside" | "skip" {
  if (label.skills.some((s) => canonicalSkill(s) === name)) return "claim";
  return label.skills.some((l) => skillInPhrase({ name, surfaces }, l)) ? "inside" : "skip";
}

export function scoreReal(label: StoredLabel, p: Prediction): RealScore {
  const counts = Object.fromEntries(
    [...Array(REAL_FIELDS.length)].map((_, i) => [REAL_FIELDS[i], { tp: 0, fp: 0, fn: 0 }]),
  ) as Record<RealField, Tally>;
  const misses: string[] = [];
  const add = <E, A>(
    field: RealField,
    exp: E[],
    act: A[],
    same: (e: E, a: A) => boolean,
    show: (x: E | A) => string,
  ) => {
    const { pairs, missed, extra } = matchLists(exp, act, same);
    counts[field].tp += pairs.length;
    counts[field].fn += missed.length;
    counts[field].fp += extra.length;
    for (const m of missed) misses.push(`fn ${field}: ${show(m)}`);
    for (const x of extra) misses.push(`fp ${field}: ${show(x)}`);
    return pairs;
  };
  const hidden = () => "(personal)";

  add(
    "name",
    label.name ? [label.name] : [],
    p.name ? [hashPersonal(p.name)] : [],
    (e, a) => e === a,
    hidden,
  );
  add("email", label.emails, p.emails.map(hashPersonal), (e, a) => e === a, hidden);
  add(
    "phone",
    label.phones.map((x) => x.sha256),
    p.phones.map(hashPersonal),
    (e, a) => e === a,
    hidden,
  );
  const loc = label.location;
  add(
    "location",
    loc ? [loc] : [],
    p.location ? [p.location] : [],
    (e, a) => locationMatches(e, a),
    (x) => (typeof x === "string" ? x : [x.city, x.region, x.country].filter(Boolean).join(", ")),
  );

  const jobs = label.experience.filter((e) => e.employer !== null);
  const pairs = add(
    "employer",
    jobs,
    p.experience.filter((e) => e.employer !== null),
    (e, a) => sameOrg(e.employer as string, a.employer as string),
    (x) => x.employer as string,
  );
  for (const [e, a] of pairs) {
    if (e.title !== null) {
      const ok = a.title !== null && sameEntity(e.title, a.title);
      counts.titleGivenEmployer[ok ? "tp" : "fn"]++;
      if (!ok) {
        if (a.title !== null) counts.titleGivenEmployer.fp++;
        misses.push(`title at ${e.employer}: want "${e.title}" got "${a.title}"`);
      }
    }
    if (e.start !== null) {
      const ok = a.start !== null && a.start.slice(0, 4) === e.start.slice(0, 4);
      counts.startYear[ok ? "tp" : "fn"]++;
      if (!ok) {
        if (a.start !== null) counts.startYear.fp++;
        misses.push(`start at ${e.employer}: want ${e.start} got ${a.start}`);
      }
    }
    if (e.end !== null || e.current) {
      const ok = sameEnd(e, a);
      counts.endYear[ok ? "tp" : "fn"]++;
      if (!ok) {
        if (a.end !== null || a.current) counts.endYear.fp++;
        const show = (x: { end: string | null; current: boolean }) => (x.current ? "present" : x.end);
        misses.push(`end at ${e.employer}: want ${show(e)} got ${show(a)}`);
      }
    }
  }
  // the CV's time in work, when the label dates a job: right within a year
  const want = labelledMonths(label, p.present);
  if (want !== null) {
    const got = p.totalMonths ?? 0;
    const ok = Math.abs(got - want) <= TOTAL_TOLERANCE_MONTHS;
    counts.totalYears[ok ? "tp" : "fn"]++;
    if (!ok) {
      if (got > 0) counts.totalYears.fp++;
      misses.push(`total months: want ${want} got ${got}`);
    }
  }

  const schools = add(
    "institution",
    label.education.filter((e) => e.institution !== null),
    p.education.filter((e) => e.institution !== null),
    (e, a) => sameOrg(e.institution as string, a.institution as string),
    (x) => x.institution as string,
  );
  for (const [e, a] of schools) {
    if (e.year === null) continue;
    const ok = a.year === e.year;
    counts.educationYear[ok ? "tp" : "fn"]++;
    if (!ok) {
      if (a.year !== null) counts.educationYear.fp++;
      misses.push(`year at ${e.institution}: want ${e.year} got ${a.year}`);
    }
  }
  add(
    "degreeLevel",
    label.education.flatMap((e) => (e.level ? [e.level] : [])),
    p.education.flatMap((e) => (e.level ? [e.level] : [])),
    (e, a) => e === a,
    String,
  );
  // certificates and courses wherever the engine puts them: its certifications or education of level other
  add(
    "courses",
    label.education.filter((e) => e.level === "other" && e.degree !== null).map((e) => e.degree as string),
    // a course the engine reports in both places counts once
    [
      ...p.education.filter((e) => e.level === "other" && e.degree !== null).map((e) => e.degree as string),
      ...p.certifications,
    ].filter((name, i, all) => !all.slice(0, i).some((earlier) => sameCourse(earlier, name))),
    sameCourse,
    String,
  );

  // skills the taxonomy knows, by canonical name; and every labelled term, found when a predicted skill's
  // name or surface form is a word sequence inside it
  const canonical = [...new Set(label.skills.flatMap((s) => canonicalSkill(s) ?? []))];
  const found = matchLists(canonical, p.skills, (e, a) => e === a.name);
  counts.skills.tp += found.pairs.length;
  counts.skills.fn += found.missed.length;
  for (const m of found.missed) misses.push(`fn skills: ${m}`);
  // a predicted skill is right when the label names it or it lies inside a labelled phrase
  const unsupported = p.skills.filter(
    (s) => !canonical.includes(s.name) && !label.skills.some((l) => skillInPhrase(s, l)),
  );
  counts.skills.fp += unsupported.length;
  for (const s of unsupported) misses.push(`fp skills: ${s.name} (${s.surfaces.join("|")})`);
  const terms = matchLists(
    label.skills,
    p.skills,
    (e, a) => canonicalSkill(e) === a.name || skillInPhrase(a, e),
  );
  counts.skillsAllTerms.tp += terms.pairs.length;
  counts.skillsAllTerms.fn += terms.missed.length;
  counts.skillsAllTerms.fp += unsupported.length;

  add(
    "languages",
    label.languages.map((l) => l.toLowerCase()),
    p.languages.map((l) => l.toLowerCase()),
    (e, a) => e === a,
    String,
  );

  const schoolish = label.education
    .flatMap((e) => [e.institution, e.degree])
    .filter((x): x is string => x !== null);
  const educationAsJob = p.experience.filter(
    (j) =>
      !label.experience.some((l) => l.employer && j.employer && sameOrg(l.employer, j.employer)) &&
      schoolish.some((s) => (j.employer && sameOrg(s, j.employer)) || (j.title && sameEntity(s, j.title))),
  ).length;

  if (label.experience.length > 0 && p.experience.length === 0) misses.push("no entry from a work history");
  return {
    file: label.file,
    counts,
    hasHistory: label.experience.length > 0,
    gotEntry: p.experience.length > 0,
    inventedName: label.name === null && p.name !== null,
    labelHasName: label.name !== null,
    educationAsJob,
    misses,
  };
}
