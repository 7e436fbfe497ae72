// Job titles by the word they end with ("Product Designer", "Senior Accountant"): O*NET's 60k titles reduced
// to their head words (titleHeads.generated.json), plus the few CV-specific heads O*NET lacks.
import data from "./titleHeads.generated.json" with { type: "json" };

// biome-ignore format: compact word list
const CV_HEADS = ["trainee", "incharge", "in-charge", "head", "lead", "founder", "co-founder", "apprentice", "fresher", "executive", "intern",
  // trades that CVs from India and the Gulf name often and O*NET's titles spell otherwise or seldom ("Store Keeper")
  "keeper", "storekeeper", "timekeeper", "bookkeeper", "housekeeper", "draughtsman", "draftsman", "scaffolder", "steward",
  "stewardess", "mason", "painter", "cook", "tailor", "labourer", "plumber", "waiter", "pharmacist"];

const HEADS: ReadonlyMap<string, number> = new Map([
  ...Object.entries(data.heads),
  ...CV_HEADS.map((w): [string, number] => [w, 20]),
]);

const wordsOf = (text: string) => text.trim().split(/\s+/).filter(Boolean);
const headKey = (word: string) => word.toLowerCase().replace(/[^\p{L}-]/gu, "");

/** How many titles end with this word (0 when none): "designer" 461, "accountant" 33. */
export function titleHeadCount(word: string): number {
  const key = headKey(word);
  // "Site-in-Charge", "Plant-Incharge": a place or unit joined to the head by hyphens
  return HEADS.get(key) ?? (/.-in-?charge$/.test(key) ? (HEADS.get("in-charge") ?? 0) : 0);
}

/** A line that reads as a job title: it ends with a title head word, optionally followed by a grade. */
export function endsLikeTitle(text: string, minCount = 4): boolean {
  const words = wordsOf(text.replace(/\s+(?:[IVX]{1,4}|\d)$/, "")).flatMap((w) => w.split("/"));
  const last = words[words.length - 1];
  return last !== undefined && titleHeadCount(last) >= minCount;
}

const QUALIFIERS: ReadonlySet<string> = new Set(data.qualifiers.split(" "));

/**
 * A word that titles use before their head ("Civil" Engineer, "Physics" Teacher, "Operations" Manager), or a
 * head itself: in brackets after a title it qualifies the title rather than naming an employer.
 */
export function qualifiesTitles(word: string): boolean {
  const key = headKey(word);
  return QUALIFIERS.has(key) || HEADS.has(key) || (key.endsWith("s") && QUALIFIERS.has(key.slice(0, -1)));
}
