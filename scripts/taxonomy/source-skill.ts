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
  // "S3" has one letter; a short form of one letter and no digit is no acronym
  if (letters.length < (/\d/.test(short) ? 1 : 2)) return false;
  const vendorless = phrase.replace(/^(?:Microsoft|IBM|Oracle|Apple|Google|Amazon|Apache) /, "");
  return [phrase, vendorless].some((text) => lettersInOrder(letters, text.toLowerCase()));
}

/** the first letter within the phrase's first word ("eXtensible"), the rest in order after it */
function lettersInOrder(letters: string, text: string): boolean {
  const start = text.indexOf(letters[0]);
  const firstSpace = text.indexOf(" ");
  if (start < 0 || (firstSpace >= 0 && start > firstSpace)) return false;
  let at = 1;
  for (let i = start + 1; i < text.length && at < letters.length; i++) if (text[i] === letters[at]) at++;
  return at >= letters.length;
}
