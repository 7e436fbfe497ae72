// A job title against a CV's titles by their words: each word of the job's title that some CV title also holds
// counts by how rare it is among job titles (O*NET's 49k titles: "sous" and "chef" count for more than
// "specialist" or "manager"), words compared by stem and by a long shared beginning, so "Financial Analyst"
// meets "Finance Director" and "Automotive" meets "Automobile". The best title counts, older roles for less.
import { stemmer } from "stemmer";
import { lexicalTokens } from "../lexical/tokens.ts";
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

// Grades ("Accountant III") say nothing of the role.
const ROMAN = /^(?:ii|iii|iv|vi|vii|viii|ix)$/;

/** a title's distinct word stems, abbreviations spelt out, letters required ("II", "2019" say nothing of the role) */
export function titleStems(title: string): string[] {
  const stems: string[] = [];
  const spelt = title.replace(ABBREVIATION, (word) => ABBREVIATIONS[word.toLowerCase()] ?? word);
  for (const word of lexicalTokens(spelt)) {
    if (word.length < 2 || !/\p{L}/u.test(word) || ROMAN.test(word)) continue;
    const stem = stemmer(word);
    if (!stems.includes(stem)) stems.push(stem);
  }
  return stems;
}

/** the same stem, one a prefix of the other of at least 4 letters (bank, banker), or 6 letters in common */
export function stemsMeet(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long.startsWith(short)) return true;
  let common = 0;
  while (common < short.length && short.charCodeAt(common) === long.charCodeAt(common)) common++;
  return common >= 6;
}

/** how rare a stem is among job titles (BM25's idf); a stem no two titles share counts as rare */
export function stemWeight(stem: string): number {
  const n = Object.hasOwn(data.stems, stem) ? data.stems[stem] : 1;
  return Math.log(1 + (data.titles - n + 0.5) / (n + 0.5));
}

export interface JobTitleWords {
  stems: readonly string[];
  weights: readonly number[];
  total: number;
}

export function jobTitleWords(title: string): JobTitleWords {
  const stems = titleStems(title);
  const weights = stems.map(stemWeight);
  return { stems, weights, total: weights.reduce((s, w) => s + w, 0) };
}

/** 0–1: the weighted share of the job title's words that this one title holds */
export function titleWordShare(job: JobTitleWords, title: string): number {
  if (job.total === 0) return 0;
  const stems = titleStems(title);
  let held = 0;
  for (let i = 0; i < job.stems.length; i++) {
    for (const stem of stems) {
      if (stemsMeet(stem, job.stems[i])) {
        held += job.weights[i];
        break;
      }
    }
  }
  return held / job.total;
}

/** how much a title counts by its place in the CV's list (headline, then roles, most recent first): 1, 1, 0.9 … 0.6 */
export const titlePlaceWeight = (index: number) => Math.max(0.6, 1 - 0.1 * Math.max(0, index - 1));

/**
 * The best of the CV's titles (its share of the job title's words times its place weight), 0–1; `memo` keeps
 * each distinct title's share, since many CVs share titles.
 */
export function bestTitleWordShare(
  titles: readonly string[],
  job: JobTitleWords,
  memo: Map<string, number>,
): { share: number; title: string | null } {
  let best = 0;
  let bestTitle: string | null = null;
  for (let i = 0; i < titles.length; i++) {
    const title = titles[i];
    let share = memo.get(title);
    if (share === undefined) {
      share = titleWordShare(job, title);
      if (memo.size < 100_000) memo.set(title, share);
    }
    const weighted = share * titlePlaceWeight(i);
    if (weighted > best) {
      best = weighted;
      bestTitle = title;
    }
  }
  return { share: best, title: bestTitle };
}
