// Feature extraction for the built-in embedder: normalized words, word bigrams, character n-grams and
// taxonomy skills, each with a weight. Pure: the same text always gives the same features.
import { findSkillMentions, impliedSkills } from "../taxonomy/index.ts";
import { stopwords } from "./_stopwords.ts";

// Relative weights of the feature families. Skills dominate because two CVs naming the same canonical
// skill under different spellings ("JS", "JavaScript") should be close; implied skills count less because
// they are inferred, not written; character n-grams only smooth over typos and inflections.
export const featureWeights = {
  word: 1,
  bigram: 0.6,
  characters: 0.8,
  skill: 3,
  impliedSkill: 1,
} as const;

const WORD = /[\p{L}\p{N}]+(?:[+#]+)?/gu;
const COMBINING = /[\u0300-\u036f]/g;
// Letters that NFKD does not split into a base letter and a mark.
const FOLDED: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", þ: "th" };
const NON_ASCII = /[^\u0000-\u007f]/;

/** lowercase, accents folded ("Größe" → "grosse", "Résumé" → "resume") */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize("NFKD")
    .replace(COMBINING, "")
    .replace(/[ßæœøłđþ]/g, (c) => FOLDED[c] ?? c);
}

/** the normalized words of `text` without stopwords, in order */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = foldWord(match[0]);
    if (!stopwords.has(word)) words.push(word);
  }
  return words;
}

/** character 3- to 5-grams of a word padded with word boundaries, so prefixes and suffixes count */
export function characterNgrams(word: string): string[] {
  const padded = `<${word}>`;
  const grams: string[] = [];
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  }
  return grams;
}

/** the families of features, each a prefix of the feature's name ("w:java", "s:Java") */
export type FeatureFamily = "w" | "c" | "b" | "s";

/**
 * receives `occurrences` of a feature with its weight; the embedder counts them (sublinear tf). The feature's
 * name is `${family}:${key}`, given in two parts so that the embedder need not build the string.
 */
export type FeatureSink = (family: FeatureFamily, key: string, weight: number, occurrences: number) => void;

/** how often each item occurs, in first-seen order */
function tally(items: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** every weighted feature of `text` */
export function collectFeatures(text: string, add: FeatureSink): void {
  const words = contentWords(text);
  // Features are made once per distinct word: a CV names the same words again and again.
  for (const [word, count] of tally(words)) {
    add("w", word, featureWeights.word, count);
    // Each word's n-grams share one unit of weight, so long words do not outweigh short ones.
    const grams = characterNgrams(word);
    const share = featureWeights.characters / Math.sqrt(grams.length);
    for (const gram of grams) add("c", gram, share, count);
  }
  const bigrams = words.slice(1).map((word, i) => `${words[i]} ${word}`);
  for (const [bigram, count] of tally(bigrams)) add("b", bigram, featureWeights.bigram, count);
  for (const [name, count] of tally(findSkillMentions(text).map((mention) => mention.name))) {
    add("s", name, featureWeights.skill, count);
    for (const implied of impliedSkills(name)) add("s", implied, featureWeights.impliedSkill, count);
  }
}
