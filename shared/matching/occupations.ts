// Job titles to O*NET occupations, and how close two occupations are, so that a chef job meets chef CVs with no
// shared skill word. A title is looked up whole, then by its parts ("Sous Chef, Banquets" → "sous chef") and by
// ever shorter endings ("Senior Staff Accountant" → "staff accountant"); the gazetteer is built by
// scripts/occupations/build.ts.
import { GRADES, normalizeTitle } from "./_titleKey.ts";
import gazetteer from "./occupations.generated.json" with { type: "json" };

export { normalizeTitle };

export interface Occupation {
  /** O*NET-SOC code, e.g. "35-1011.00" */
  code: string;
  title: string;
}

const data = gazetteer as unknown as { occupations: [string, string][]; titles: Record<string, number[]> };

function lookup(key: string): number[] | undefined {
  return Object.hasOwn(data.titles, key) ? data.titles[key] : undefined;
}

function byEndings(words: string[]): number[] | undefined {
  // The longest ending first: "executive sous chef" before "sous chef" before "chef".
  for (let start = 0; start < words.length; start++) {
    const found = lookup(words.slice(start).join(" "));
    if (found) return found;
  }
  return undefined;
}

/** "director of business development" is read "business development director", the order O*NET titles use */
function ofInverted(part: string): string | undefined {
  const of = / of (?:the )?/.exec(part);
  if (!of) return undefined;
  const head = part.slice(0, of.index);
  const field = part.slice(of.index + of[0].length);
  // a short head and field: a long "of" phrase is a sentence, not a title
  return head.split(" ").length <= 3 && field.split(" ").length <= 3 ? `${field} ${head}` : undefined;
}

/** one part of a title: whole, "X of Y" as "Y X", then by its endings, with and without grades */
function byPart(part: string): number[] | undefined {
  const whole = lookup(part);
  if (whole) return whole;
  const inverted = ofInverted(part);
  const words = (inverted ?? part).split(" ");
  return (inverted && lookup(inverted)) || byEndings(words) || byEndings(words.filter((w) => !GRADES.has(w)));
}

/**
 * Ever shorter beginnings of two words or more, each read whole: what trails a title is often no part of it
 * ("research assistant nov" from a date, "information technology specialist gs11" from a pay grade)
 */
function byBeginnings(part: string): number[] | undefined {
  const words = part.split(" ");
  for (let end = words.length - 1; end >= 2; end--) {
    const found = lookup(words.slice(0, end).join(" "));
    if (found) return found;
  }
  return undefined;
}

/**
 * The occupations a job title names, best reading first; [] when it names none. Each part of the title is read
 * whole, with "X of Y" as "Y X", and by its endings; failing that, a part that is a lone head word ("Manager,
 * Finance") is read with the part after it, and each part by its beginnings.
 */
export function occupationsOf(title: string): Occupation[] {
  const parts = title
    .split(/\s(?:at|@|for|in)\s|[,;|/()–—]|\s-\s/i)
    .map(normalizeTitle)
    .filter((p) => p !== "");
  let found: number[] | undefined;
  for (const part of parts) found ??= byPart(part);
  for (let i = 0; i + 1 < parts.length; i++)
    if (!parts[i].includes(" ")) found ??= lookup(`${parts[i + 1]} ${parts[i]}`);
  for (const part of parts) found ??= byBeginnings(part);
  return (found ?? []).map((i) => ({ code: data.occupations[i][0], title: data.occupations[i][1] }));
}

/**
 * How close two occupations are, from the SOC code's levels: the same detailed occupation 1, the same broad
 * occupation (35-1011 and 35-1012) 0.7, the same minor group (35-1xxx) 0.4, the same major group 0.15.
 */
export function occupationSimilarity(a: string, b: string): number {
  if (a.slice(0, 7) === b.slice(0, 7)) return 1;
  if (a.slice(0, 6) === b.slice(0, 6)) return 0.7;
  if (a.slice(0, 4) === b.slice(0, 4)) return 0.4;
  if (a.slice(0, 2) === b.slice(0, 2)) return 0.15;
  return 0;
}

/**
 * The best of a CV's titles (each closeness times its weight), 0–1, against the job's or query's codes;
 * `memo` keeps each distinct title's closeness, since many CVs share titles.
 */
export function bestTitleCloseness(
  titles: readonly { title: string; codes: readonly string[]; weight: number }[],
  codes: readonly string[],
  memo: Map<string, number>,
): number {
  let best = 0;
  for (let t = 0; t < titles.length; t++) {
    const { title, weight } = titles[t];
    let closeness = memo.get(title);
    if (closeness === undefined) {
      closeness = titleCloseness(titles[t].codes, codes, occupationSimilarity);
      // Bounded: one ranking meets a few thousand distinct titles at most.
      if (memo.size < 100_000) memo.set(title, closeness);
    }
    best = Math.max(best, weight * closeness);
  }
  return best;
}

/**
 * One title's closeness to the job's occupations: half the best similarity of any of its codes (a generic
 * "Teacher" may well be the elementary school teacher asked for) and half the mean over its codes (how sure
 * that reading is: "Teacher" names two dozen occupations, "Elementary School Teacher" one).
 */
export function titleCloseness(
  codes: readonly string[],
  job: readonly string[],
  similarity: (a: string, b: string) => number = occupationSimilarity,
): number {
  if (codes.length === 0) return 0;
  let sum = 0;
  let best = 0;
  for (const c of codes) {
    let top = 0;
    for (const j of job) top = Math.max(top, similarity(c, j));
    sum += top;
    best = Math.max(best, top);
  }
  return (best + sum / codes.length) / 2;
}
