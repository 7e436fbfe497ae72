// A job title against a CV's titles by their words: each word of the job's title that some CV title also holds
// counts by how rare it is among job titles (O*NET's 49k titles: "sous" and "chef" count for more than
// "specialist" or "manager"), words compared by stem and by a long shared beginning, so "Financial Analyst"
// meets "Finance Director" and "Automotive" meets "Automobile". The best title counts, older roles for less.
import { stemmer } from "stemmer";
import { lexicalTokens } from "../lexical/tokens.ts";
import { GRADES } from "./_titleKey.ts";
import table from "./titleWords.generated.json" with { type: "json" };

const data = table as unknown as { titles: number; stems: Record<string, number> };

// Abbreviations job titles use, spelt out so that "HR Specialist" meets "Human Resources Generalist" and
// "IT Support" keeps its "IT" (a stopword in running text).
const ABBREVIATIONS: Record<string, string> = {
  hr: "human resources",
  it: "information technology",
  pr: "public relations",
  qa: "quality assurance",
  vp: "vice president",
  csr: "customer service representative",
  rn: "registered nurse",
  lpn: "licensed practical nurse",
  cna: "certified nursing assistant",
  mgr: "manager",
  asst: "assistant",
  engr: "engineer",
  rep: "representative",
  dir: "director",
  ceo: "chief executive officer",
  cfo: "chief financial officer",
  cto: "chief technology officer",
};
const ABBREVIATION = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${Object.keys(ABBREVIATIONS).join("|")})(?![\\p{L}\\p{N}'’])`,
  "giu",
);

// Grades ("Accountant III", "Senior Designer", GRADES) say nothing of the role: a senior designer is no
// nearer a senior engineer than any designer is.
const ROMAN = /^(?:ii|iii|iv|vi|vii|viii|ix)$/;

/** a title's words as lexicalTokens gives them, abbreviations spelt out, grades and words without letters left out */
function titleWordsOf(title: string): string[] {
  const spelt = title.replace(ABBREVIATION, (word) => ABBREVIATIONS[word.toLowerCase()] ?? word);
  return lexicalTokens(spelt).filter(
    (word) => word.length >= 2 && /\p{L}/u.test(word) && !ROMAN.test(word) && !GRADES.has(word),
  );
}

/** a title's distinct word stems (Porter), abbreviations spelt out, letters required ("II", "2019" say nothing of the role) */
export function titleStems(title: string): string[] {
  return [...new Set(titleWordsOf(title).map((word) => stemmer(word)))];
}

/**
 * A title's distinct words with only their endings of form folded (plurals by lexicalTokens, then "-ing":
 * "Teaching" → "teach", "Planning" → "plan"): what keysMeet compares. The Porter stem cuts deeper ("Automation"
 * → "autom"), so deep that a prefix test on stems met unrelated words ("Automobile").
 */
export function titleKeys(title: string): string[] {
  return [...keysByStem(title).values()];
}

/** Porter stem → the first key of that stem in the title */
function keysByStem(title: string): Map<string, string> {
  const byStem = new Map<string, string>();
  for (const word of titleWordsOf(title)) {
    const stem = stemOf(word);
    if (!byStem.has(stem)) byStem.set(stem, foldIng(word));
  }
  return byStem;
}

const DOUBLED = /([b-df-hj-np-tv-z])\1$/;
function foldIng(word: string): string {
  if (word.length < 6 || !word.endsWith("ing")) return word;
  const base = word.slice(0, -3);
  return DOUBLED.test(base) ? base.slice(0, -1) : base;
}

/** O*NET titles a word must be in (of 49k) to name a role rather than a thing: "developer" 322, "storm" 4 */
const ROLE_TITLES = 50;

/** whether a word says what a person is in a job ("Developer", "Senior", "Specialist") rather than naming a thing */
export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return GRADES.has(lower) || (data.stems[stemmer(lower)] ?? 0) >= ROLE_TITLES;
}

/**
 * Two title words (titleKeys) of one family: the same Porter stem ("Nursing", "Nurse"), one a prefix of the other
 * of at least 4 letters ("Bank", "Banker"; "Sales", "Salesperson"), or 6 letters in common ("Finance",
 * "Financial"; "Automobile", "Automotive"). "Automation" and "Automobile" share 5.
 */
export function keysMeet(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return true;
  let common = 0;
  while (common < short.length && short.charCodeAt(common) === long.charCodeAt(common)) common++;
  return common >= 6 || stemOf(a) === stemOf(b);
}

const stems = new Map<string, string>();
function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (stems.size >= 100_000) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/** how rare a stem is among job titles (BM25's idf); a stem no two titles share counts as rare */
export function stemWeight(stem: string): number {
  const n = Object.hasOwn(data.stems, stem) ? data.stems[stem] : 1;
  return Math.log(1 + (data.titles - n + 0.5) / (n + 0.5));
}

export interface JobTitleWords {
  /** titleKeys of the job's title */
  keys: readonly string[];
  weights: readonly number[];
  total: number;
  /**
   * key id (see idOf) → 1 + the bits of the job's keys it meets (0: not worked out yet); filled as CV
   * titles are met, grown when new keys appear
   */
  masks: Int32Array;
}

// A job title's words are bits of a 32-bit mask; a longer query keeps its first 30.
const MAX_JOB_KEYS = 30;

export function jobTitleWords(title: string): JobTitleWords {
  const byStem = [...keysByStem(title)].slice(0, MAX_JOB_KEYS);
  const keys = byStem.map(([, key]) => key);
  const weights = byStem.map(([stem]) => stemWeight(stem));
  return {
    keys,
    weights,
    total: weights.reduce((s, w) => s + w, 0),
    masks: new Int32Array(keyOfId.length + 1024),
  };
}

// Every key met in a CV title gets a small number, so that a ranking compares numbers, not strings: a job
// works out once per distinct key which of its words that key meets. Bounded; past the bound a new key
// meets nothing.
const keyIds = new Map<string, number>();
const keyOfId: string[] = [];
const MAX_KEY_IDS = 1_000_000;

function idOf(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    if (keyIds.size >= MAX_KEY_IDS) return -1;
    id = keyOfId.length;
    keyIds.set(key, id);
    keyOfId.push(key);
  }
  return id;
}

// CV titles as key ids, kept across requests: per distinct title (cleared whole when full: titles repeat a
// lot), and per CV's list of titles (for as long as the list lives).
const titleIds = new Map<string, Int32Array>();
const MAX_TITLES = 200_000;
const listIds = new WeakMap<readonly string[], Int32Array[]>();

function idsOfTitle(title: string): Int32Array {
  let ids = titleIds.get(title);
  if (ids === undefined) {
    ids = Int32Array.from(titleKeys(title).map(idOf));
    if (titleIds.size >= MAX_TITLES) titleIds.clear();
    titleIds.set(title, ids);
  }
  return ids;
}

function idsOfList(titles: readonly string[]): Int32Array[] {
  let ids = listIds.get(titles);
  if (ids === undefined) {
    ids = titles.map(idsOfTitle);
    listIds.set(titles, ids);
  }
  return ids;
}

/** the bits of the job's keys that one key (by id) meets */
function maskOf(job: JobTitleWords, id: number): number {
  if (id < 0) return 0;
  if (id >= job.masks.length) {
    const grown = new Int32Array(Math.max(id + 1024, job.masks.length * 2));
    grown.set(job.masks);
    job.masks = grown;
  }
  const known = job.masks[id];
  if (known !== 0) return known - 1;
  let mask = 0;
  const key = keyOfId[id];
  for (let i = 0; i < job.keys.length; i++) if (keysMeet(key, job.keys[i])) mask |= 1 << i;
  job.masks[id] = mask + 1;
  return mask;
}

function shareOfIds(job: JobTitleWords, ids: Int32Array): number {
  let mask = 0;
  for (let k = 0; k < ids.length; k++) mask |= maskOf(job, ids[k]);
  if (mask === 0) return 0;
  let held = 0;
  for (let i = 0; i < job.keys.length; i++) if (mask & (1 << i)) held += job.weights[i];
  return held / job.total;
}

/** 0–1: the weighted share of the job title's words that this one title holds */
export function titleWordShare(job: JobTitleWords, title: string): number {
  return job.total === 0 ? 0 : shareOfIds(job, idsOfTitle(title));
}

/** how much a title counts by its place in the CV's list (headline, then roles, most recent first): 1, 1, 0.9 … 0.6 */
export const titlePlaceWeight = (index: number) => Math.max(0.6, 1 - 0.1 * Math.max(0, index - 1));

/** The best of the CV's titles (its share of the job title's words times its place weight), 0–1, and which. */
export function bestTitleWordShare(
  titles: readonly string[],
  job: JobTitleWords,
): { share: number; title: string | null } {
  let best = 0;
  let bestTitle: string | null = null;
  if (job.total === 0 || titles.length === 0) return { share: 0, title: null };
  const ids = idsOfList(titles);
  for (let i = 0; i < titles.length; i++) {
    const weighted = shareOfIds(job, ids[i]) * titlePlaceWeight(i);
    if (weighted > best) {
      best = weighted;
      bestTitle = titles[i];
    }
  }
  return { share: best, title: bestTitle };
}
