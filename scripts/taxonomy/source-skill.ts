// The shape every source reader hands to the merge step, and helpers for turning labels into CV-style names.

export interface SourceSkill {
  name: string;
  aliases: string[];
  category: string;
  /** canonical names (of any source) this skill implies; unknown ones are dropped at merge */
  implies: string[];
  source: "esco" | "onet" | "linguist";
  /** spellings that certainly mean this skill: if one is already a skill, this entry merges into it */
  sameAs?: string[];
  /** the name is a topic ("robotics", sentence-cased), not a product name that could be an everyday word */
  topic?: boolean;
}

/** "incremental development" → "Incremental development"; leaves "iOS" and "jQuery" alone */
export function sentenceCase(label: string): string {
  const first = label.split(" ")[0];
  if (/\p{Lu}/u.test(first.slice(1))) return label;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** a single plain word ("Canvas", "Salt"): from the open data it may be an everyday word too */
export function isPlainWord(form: string): boolean {
  return /^\p{Lu}?\p{Ll}+$/u.test(form);
}

/**
 * "PLC" for "programmable logic controller", "COBOL" for "Common business oriented language": the
 * short form's letters appear in the phrase in order, starting with the phrase's first letter
 */
export function isAcronymOf(short: string, phrase: string): boolean {
  const letters = short.replace(/[^A-Za-z]/g, "").toLowerCase();
  const text = phrase.replace(/^(?:Microsoft|IBM|Oracle|Apple|Google|Amazon|Apache) /, "").toLowerCase();
  if (letters.length < 2 || letters[0] !== text[0]) return false;
  let at = 0;
  for (const ch of text) if (ch === letters[at]) at++;
  return at >= letters.length;
}
