// Features of one token for the term tagger: the word and its neighbours, their shapes and affixes,
// taxonomy and gazetteer hits around it, and the intent of the clause it sits in (requirement, role, ...).
import type { TermToken } from "./_tokens.ts";

/** what is known about each token before tagging: lexicon hits and the clause intent */
export interface TokenContext {
  /** "B" or "I" of a taxonomy mention, with its category ("B:database"), or "" */
  taxonomy: string[];
  /** "B" or "I" of a gazetteer phrase, or "" */
  gazetteer: string[];
  /** "required", "preferred", "role", "company" or "heading" */
  intent: string[];
  /** wordShape of each token */
  shapes: string[];
  /** the shape of each token's line: its length in tokens (bucketed) and how it starts and ends */
  lines: string[];
}

/** "short|A|.": a line of at most 4 tokens that starts with a capital and ends with a full stop */
export function lineShapes(tokens: TermToken[], shapes: string[]): string[] {
  const out = tokens.map(() => "");
  let from = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !tokens[i].lineStart) continue;
    const length = i - from;
    const size = length <= 4 ? "short" : length <= 12 ? "mid" : length <= 40 ? "long" : "block";
    const last = tokens[i - 1].text;
    const end = /^[.:!?]$/.test(last) ? last : "w";
    const shape = `${size}|${shapes[from].slice(0, 1)}|${end}`;
    for (let k = from; k < i; k++) out[k] = shape;
    from = i;
  }
  return out;
}

/** the clause kind a tag cares about: asked for (required or preferred) or not */
const kindOf = (intent: string) => (intent === "required" || intent === "preferred" ? intent : "other");

function charClass(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 65 && code <= 90) return "A";
  if (code >= 97 && code <= 122) return "a";
  if (code >= 48 && code <= 57) return "9";
  if (code < 128) return ch;
  return /\p{Lu}/u.test(ch) ? "A" : /\p{Ll}/u.test(ch) ? "a" : /\p{N}/u.test(ch) ? "9" : ch;
}

export function wordShape(word: string): string {
  let shape = "";
  for (const ch of word) {
    const s = charClass(ch);
    if (shape[shape.length - 1] !== s) shape += s;
  }
  return shape.slice(0, 6);
}

const lower = (tokens: TermToken[], i: number) =>
  i < 0 ? "<s>" : i >= tokens.length ? "</s>" : tokens[i].text.toLowerCase();

/** features of token i; `previous` is the tag given to token i - 1 ("O", "B", "I", or "<s>") */
export function tokenFeatures(
  tokens: TermToken[],
  i: number,
  context: TokenContext,
  previous: string,
): string[] {
  const word = tokens[i].text;
  const w = word.toLowerCase();
  // affixes by code point, so an emoji is never cut into a lone surrogate
  const chars = [...w];
  const p1 = lower(tokens, i - 1);
  const n1 = lower(tokens, i + 1);
  const shape = context.shapes[i];
  const features = [
    "bias",
    `w=${w}`,
    `shape=${shape}`,
    `pre2=${chars.slice(0, 2).join("")}`,
    `pre3=${chars.slice(0, 3).join("")}`,
    `pre4=${chars.slice(0, 4).join("")}`,
    `suf2=${chars.slice(-2).join("")}`,
    `suf3=${chars.slice(-3).join("")}`,
    `suf4=${chars.slice(-4).join("")}`,
    `p1=${p1}`,
    `n1=${n1}`,
    `p2=${lower(tokens, i - 2)}`,
    `n2=${lower(tokens, i + 2)}`,
    `p1w=${p1}|${w}`,
    `wn1=${w}|${n1}`,
    `tax=${context.taxonomy[i]}`,
    `taxp1=${context.taxonomy[i - 1] ?? "<s>"}`,
    `taxn1=${context.taxonomy[i + 1] ?? "</s>"}`,
    `gaz=${context.gazetteer[i]}`,
    `gazp1=${context.gazetteer[i - 1] ?? "<s>"}`,
    `gazn1=${context.gazetteer[i + 1] ?? "</s>"}`,
    `intent=${context.intent[i]}`,
    `intentshape=${context.intent[i]}|${shape}`,
    `shapep1=${context.shapes[i - 1] ?? "<s>"}|${shape}`,
    `shapen1=${shape}|${context.shapes[i + 1] ?? "</s>"}`,
  ];
  features.push(`prev=${previous}`, `prevw=${previous}|${w}`, `prevshape=${previous}|${shape}`);
  const p2 = lower(tokens, i - 2);
  features.push(`p2p1=${p2}|${p1}`, `n1n2=${n1}|${lower(tokens, i + 2)}`, `p3=${lower(tokens, i - 3)}`);
  // words further away, by side but not by distance: "experience with ... such as" frames a term from afar
  for (let d = 3; d <= 5; d++) features.push(`nwin=${lower(tokens, i + d)}`);
  for (let d = 4; d <= 5; d++) features.push(`pwin=${lower(tokens, i - d)}`);
  const kind = kindOf(context.intent[i]);
  features.push(
    `line=${context.lines[i]}`,
    `lineshape=${context.lines[i]}|${shape}`,
    `kindtax=${kind}|${context.taxonomy[i]}`,
    `kindprev=${kind}|${previous}`,
  );
  if (/^\p{Lu}/u.test(word) && !tokens[i].lineStart) features.push("capitalInside");
  if (tokens[i].lineStart) features.push("lineStart");
  if (/[.+#/]/.test(word.slice(1))) features.push("innerSymbol");
  if (word.length <= 2) features.push("short");
  return features;
}
