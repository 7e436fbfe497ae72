// Splits text and skill names into the same normalized word tokens, so names match text by token sequence.

/** one word of the text with its offsets; `norm` is the lowercase, accent-free form used for matching */
export interface WordToken {
  raw: string;
  norm: string;
  start: number;
  end: number;
}

// A word is letters/digits with inner apostrophes, optionally led by a detached dot (".NET") and followed
// by the symbols that make names distinct (C++, C#, F#). The dot only counts when nothing word-like
// precedes it, so "Node.js" stays two words joined by punctuation.
const WORD =
  /(?<![\p{L}\p{N}])\.(?=[\p{L}])[\p{L}\p{N}]+|[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:\+\+|#(?![\p{L}\p{N}]))?/gu;
const NON_ASCII = /[^\u0000-\u007f]/;
const COMBINING = /[\u0300-\u036f]/g;

/** lowercase and strip accents ("Résumé" → "resume"); the curly apostrophe becomes a straight one */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize("NFKD").replace(COMBINING, "").replace(/’/g, "'");
}

export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    tokens.push({ raw: m[0], norm: normalizeWord(m[0]), start, end: start + m[0].length });
  }
  return tokens;
}

// Between two words of one multi-word name we allow spaces, or a single joining mark ("Node.js",
// "scikit-learn", "CI/CD", "A / B"). A comma, a newline or a sentence end breaks the name.
const JOINING_GAP = /^(?:[ \t\u00a0]{1,3}|[-/._&]|[ \t][-/&][ \t])$/;

export function isJoiningGap(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  return JOINING_GAP.test(text.slice(from, to));
}

/** the token keys of a skill name or alias, e.g. "Node.js" → ["node", "js"], ".NET" → [".net"] */
export function formKeys(form: string): string[] {
  return tokenize(form).map((t) => t.norm);
}

/** the lookup key for findSkill: token keys joined by one space */
export function lookupKey(form: string): string {
  return formKeys(form).join(" ");
}

/** the same key with the words run together ("node js" → "nodejs"), so "NodeJS" finds "Node.js" */
export function compactKey(form: string): string {
  return formKeys(form).join("");
}
