// Splits a job ad into clauses and tells for each whether it asks for something, wishes for something,
// describes the role, or describes the employer (benefits, "about us"), from headings, labels and phrases.
import {
  ANY_MARKER,
  CLAUSE_MARKERS,
  COMPANY_HEADING,
  COMPANY_SENTENCE_MARKER,
  HEADING_FILLER,
  PREFERRED_MARKER,
  REQUIRED_MARKER,
  ROLE_HEADING,
} from "./_markers.ts";

/** "role" is plain description of the work; "company" is about the employer and asks nothing */
export type ClauseIntent = "required" | "preferred" | "role" | "company";

export interface JobClause {
  text: string;
  intent: ClauseIntent;
  /** offsets in the description */
  start: number;
  end: number;
}

/** a list item's mark at the start of a line: "- ", "• ", "2) " */
export const BULLET = /^(?:[-*•·▪◦–—+>]|\d{1,2}[.)])\s+/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const EMPHASIS = /^(?:\*\*|__)(.+?)(?:\*\*|__):?$/;
// Abbreviations whose period does not end a sentence.
const ABBREVIATION =
  /(?:^|[\s(])(?:e\.g|i\.e|z\.b|z\. b|bzw|etc|ca|approx|incl|vs|p\. ?ex|d\.h|u\.a|min|max|mind|ggf|inkl|resp)$/i;
// Cut before a word that starts a wish mid-sentence: "Python, ideally also Go".
const WISH_START =
  /(?<=[\s,])(?:(?:and|und|et|y|or|oder|ou|o)\s+)?(?:ideally|preferably|idealerweise|optimalerweise|idéalement|idealmente|preferiblemente)(?![\p{L}])/giu;

/** the most words a clause may have to be judged as one sentence */
const SENTENCE_WORDS = 40;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** the intent a heading or label gives what follows it; null when it names none */
function headingKind(text: string): ClauseIntent | null {
  if (PREFERRED_MARKER.test(text)) return "preferred";
  if (REQUIRED_MARKER.test(text)) return "required";
  if (COMPANY_HEADING.test(text)) return "company";
  if (ROLE_HEADING.test(text)) return "role";
  return null;
}

/** true when nothing but markers and filler words is left: "Nice to have", "Your profile" */
function onlyMarkers(text: string): boolean {
  const rest = wordsOf(text.replace(ANY_MARKER, " "));
  return rest.every((word) => HEADING_FILLER.has(word));
}

/** the intent a line sets for the lines below it, or null when the line is content */
function headingIntent(line: string): ClauseIntent | null {
  if (BULLET.test(line)) return null;
  const emphasis = EMPHASIS.exec(line);
  const text = (emphasis ? emphasis[1] : line).replace(MARKDOWN_HEADING, "").replace(/[:：]\s*$/, "");
  const words = wordsOf(text);
  // "**Tech stack: Python, Go**" carries content after its colon: a labelled line, not a heading.
  if (words.length === 0 || words.length > 8 || /[:：]/.test(text)) return null;
  const kind = headingKind(text);
  const formal = MARKDOWN_HEADING.test(line) || emphasis !== null || /[:：]\s*$/.test(line);
  if (formal) return kind ?? "role";
  // A bare line is a heading only when it is nothing but heading words; "SQL" or "Python is a plus" is content.
  return kind !== null && onlyMarkers(text) ? kind : null;
}

/** a stretch of the description, with its offset so skill mentions found in the whole text can be placed */
interface Piece {
  text: string;
  start: number;
}

function trimmed(text: string, start: number): Piece {
  const lead = text.length - text.trimStart().length;
  return { text: text.trim(), start: start + lead };
}

function cut(piece: Piece, at: number[]): Piece[] {
  const bounds = [0, ...at, piece.text.length];
  const parts: Piece[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const part = trimmed(piece.text.slice(bounds[i], bounds[i + 1]), piece.start + bounds[i]);
    if (part.text.length > 0) parts.push(part);
  }
  return parts;
}

function splitSentences(line: Piece): Piece[] {
  const cuts: number[] = [];
  // The last mark of a run of them, then space: a run with no space after it fails at once, where "[.!?]+\s+"
  // would retry from every mark of a long run of dots (quadratic).
  for (const m of line.text.matchAll(/[.!?](?![.!?])\s+|;\s*/g)) {
    let start = m.index;
    if (m[0][0] !== ";") while (start > 0 && ".!?".includes(line.text[start - 1])) start--;
    // The longest abbreviation is a few characters: looking back 12 keeps long lines linear.
    const before = line.text.slice(Math.max(0, start - 12), start);
    if (line.text[start] === "." && ABBREVIATION.test(before)) continue;
    cuts.push(start + 1);
  }
  return cut(line, cuts);
}

/** cuts before a wish word ("Python, ideally also Go") and at commas between two marked parts */
function splitClauses(sentence: Piece): Piece[] {
  const text = sentence.text;
  const cuts: number[] = [];
  for (const m of text.matchAll(WISH_START)) if (m.index > 0) cuts.push(m.index);
  // "Bachelor's required, Master's preferred": cut at a comma when both sides carry their own marker.
  // Marker positions are found once, so a long list of commas stays linear.
  const markers = [...text.matchAll(CLAUSE_MARKERS)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const lastStart = markers.length > 0 ? markers[markers.length - 1].start : -1;
  let next = 0; // first marker at or after the last cut
  for (const m of text.matchAll(/,\s*/g)) {
    const left = markers[next];
    if (left !== undefined && left.end <= m.index && lastStart > m.index) {
      cuts.push(m.index + 1);
      while (next < markers.length && markers[next].start <= m.index) next++;
    }
  }
  return cut(
    sentence,
    [...new Set(cuts)].sort((a, b) => a - b),
  );
}

/** "Nice to have: Docker" → the label's intent and the rest; no label when the part before ":" is prose */
function splitLabel(sentence: Piece): { label: ClauseIntent | null; content: Piece } {
  const colon = sentence.text.search(/[:：](?:\*\*|__)?\s/);
  if (colon <= 0) return { label: null, content: sentence };
  const head = sentence.text.slice(0, colon);
  if (wordsOf(head).length > 6) return { label: null, content: sentence };
  const label = headingKind(head);
  if (label === null) return { label: null, content: sentence };
  const rest = sentence.text.slice(colon + 1).replace(/^(?:\*\*|__)/, "  ");
  return { label, content: trimmed(rest, sentence.start + colon + 1) };
}

function clauseIntent(text: string, label: ClauseIntent | null, section: ClauseIntent): ClauseIntent {
  if (section === "company" || label === "company") return "company";
  // a sentence about the employer, its partners, its offer or the law asks nothing, even among requirements;
  // a longer run of words is a paragraph that lost its punctuation, where one phrase says little
  if (COMPANY_SENTENCE_MARKER.test(text) && wordsOf(text).length <= SENTENCE_WORDS) return "company";
  // An explicit wish beats everything: "Kafka would be a plus" in a requirements list is still a wish.
  if (PREFERRED_MARKER.test(text)) return "preferred";
  if (label !== null && label !== "role") return label;
  // Weak phrases like "you have" must not pull an item out of a nice-to-have list.
  if (section === "required" || section === "preferred") return section;
  return REQUIRED_MARKER.test(text) ? "required" : section;
}

/** the description's clauses in text order, each with its offsets in the description */
export function splitJobClauses(description: string): JobClause[] {
  const clauses: JobClause[] = [];
  let section: ClauseIntent = "role";
  for (const m of description.matchAll(/[^\r\n]+/g)) {
    const line = trimmed(m[0], m.index);
    if (line.text.length === 0) continue;
    const heading = headingIntent(line.text);
    if (heading !== null) {
      section = heading;
      continue;
    }
    const bullet = BULLET.exec(line.text)?.[0].length ?? 0;
    for (const sentence of splitSentences(trimmed(line.text.slice(bullet), line.start + bullet))) {
      const { label, content } = splitLabel(sentence);
      for (const clause of splitClauses(content)) {
        const intent = clauseIntent(clause.text, label, section);
        clauses.push({
          text: clause.text,
          intent,
          start: clause.start,
          end: clause.start + clause.text.length,
        });
      }
    }
  }
  return clauses;
}
