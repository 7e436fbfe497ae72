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
// precedes it, so "Node.js" stays two words joined by punctuation. A hand-written scanner: a regular
// expression with Unicode classes and look-behind took half of the matching time.
const NON_ASCII = /[^\u0000-\u007f]/;
const COMBINING = /[\u0300-\u036f]/g;
const UNICODE_WORD = /[\p{L}\p{N}]/u;

function isWordCode(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return UNICODE_WORD.test(text[at]);
}

/** lowercase and strip accents ("Résumé" → "resume"); the curly apostrophe becomes a straight one */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize("NFKD").replace(COMBINING, "").replace(/’/g, "'");
}

export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const leadingDot =
      text.charCodeAt(i) === 46 && isWordCode(text, i + 1) && (i === 0 || !isWordCode(text, i - 1));
    if (!leadingDot && !isWordCode(text, i)) {
      i++;
      continue;
    }
    const start = i;
    i = leadingDot ? i + 2 : i + 1;
    for (;;) {
      while (i < n && isWordCode(text, i)) i++;
      const code = text.charCodeAt(i);
      // "O'Reilly", "children’s": an apostrophe inside a word keeps it whole
      if ((code === 39 || code === 0x2019) && isWordCode(text, i + 1) && isWordCode(text, i - 1)) i++;
      else break;
    }
    if (text.charCodeAt(i) === 43 && text.charCodeAt(i + 1) === 43) i += 2;
    else if (text.charCodeAt(i) === 35 && !isWordCode(text, i + 1)) i++;
    const raw = text.slice(start, i);
    tokens.push({ raw, norm: normalizeWord(raw), start, end: i });
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

/**
 * the token keys of a skill name or alias, e.g. "Node.js" → ["node", "js"], ".NET" → [".net"]; a dot
 * only leads the first key, so "VB .NET" and "VB.NET" give the same keys
 */
export function formKeys(form: string): string[] {
  return tokenize(form).map((t, i) => (i > 0 ? withoutLeadingDot(t.norm) : t.norm));
}

export function withoutLeadingDot(key: string): string {
  return key.charCodeAt(0) === 46 ? key.slice(1) : key;
}

/**
 * the symbol joining an initialism's one- or two-letter parts when it is "&", "/" or "+" ("A/P" → "/",
 * "P & L" → "&", "R&D" → "&"); undefined for any other form. Such names differ only by that symbol ("A&P",
 * airframe and powerplant, is not "A/P", accounts payable), so text that joins the parts with another of
 * these symbols does not name the skill.
 */
export function initialismJoints(form: string): string | undefined {
  const tokens = tokenize(form);
  if (tokens.length < 2 || tokens.some((t) => t.raw.length > 2)) return undefined;
  let joints = "";
  for (let k = 1; k < tokens.length; k++) joints += form.slice(tokens[k - 1].end, tokens[k].start).trim();
  return /^[/&+]+$/.test(joints) ? joints : undefined;
}

/** whether text joining an initialism's parts with `found` can be the form joined with `joints` */
export function jointsAgree(joints: string | undefined, found: string): boolean {
  return joints === undefined || found === joints || !/[/&+]/.test(found);
}

/** the lookup key for findSkill: token keys joined by one space */
export function lookupKey(form: string): string {
  return formKeys(form).join(" ");
}

/**
 * the same key with the words run together ("node js" → "nodejs"), so "NodeJS" finds "Node.js"; short
 * run-together keys are not made ("M&A" must not become "MA", a US state), the spaced key stands instead
 */
export function compactKey(form: string): string {
  const keys = formKeys(form);
  const joined = keys.join("");
  return joined.length >= 4 ? joined : keys.join(" ");
}
