// Words for lexical matching: lower case without accents, split on anything but letters, digits, "+" and "#"
// (C++, C#), stopwords out, and a light plural fold ("accountants" → "accountant", "salaries" → "salary"),
// the same for CVs and queries.
import { stopwords } from "../embeddings/_stopwords.ts";

const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#]*/gu;

/** the plural fold: only -ies, -es after s/x/ch/sh, and a final -s that is not -ss/-us/-is */
export function foldPlural(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** whether the text's words hold every word of the phrase (in any order); false for a phrase of none */
export function holdsAll(textWords: ReadonlySet<string>, phrase: string): boolean {
  const words = lexicalTokens(phrase);
  return words.length > 0 && words.every((w) => textWords.has(w));
}

export function lexicalTokens(text: string): string[] {
  const folded = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  const tokens: string[] = [];
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    if (stopwords.has(word)) continue;
    tokens.push(foldPlural(word));
  }
  return tokens;
}
