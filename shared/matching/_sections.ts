// Splits a job ad into clauses and tells for each whether it asks for something, wishes for something,
// describes the role, or describes the employer (benefits, "about us"), from headings, labels and phrases.
import {
  ANY_MARKER,
  COMPANY_HEADING,
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
}

const BULLET = /^(?:[-*•·▪◦–—+>]|\d{1,2}[.)])\s+/;
const MARKDOWN_HEADING = /^#{1,6}\s+/;
const EMPHASIS = /^(?:\*\*|__)(.+?)(?:\*\*|__):?$/;
// Abbreviations whose period does not end a sentence.
const ABBREVIATION =
  /(?:^|[\s(])(?:e\.g|i\.e|z\.b|z\. b|bzw|etc|ca|approx|incl|vs|p\. ?ex|d\.h|u\.a|min|max|mind|ggf|inkl|resp)$/i;
// Cut before a word that starts a wish mid-sentence: "Python, ideally also Go".
const WISH_START =
  /(?:,\s*|\s+)(?=(?:(?:and|und|et|y|or|oder|ou|o)\s+)?(?:ideally|preferably|idealerweise|optimalerweise|idéalement|idealmente|preferiblemente)(?![\p{L}]))/iu;

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
  if (words.length === 0 || words.length > 8) return null;
  const kind = headingKind(text);
  const formal = MARKDOWN_HEADING.test(line) || emphasis !== null || /[:：]\s*$/.test(line);
  if (formal) return kind ?? "role";
  const shouting = words.length <= 6 && text === text.toUpperCase() && /\p{Lu}/u.test(text);
  if (shouting && kind === null) return "role";
  return kind !== null && onlyMarkers(text) ? kind : null;
}

function splitSentences(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of line.matchAll(/[.!?]+\s+|;\s*/g)) {
    const before = line.slice(start, m.index);
    if (m[0].startsWith(".") && ABBREVIATION.test(before)) continue;
    sentences.push(line.slice(start, m.index + 1));
    start = m.index + m[0].length;
  }
  sentences.push(line.slice(start));
  return sentences.map((s) => s.trim()).filter((s) => s.length > 0);
}

function hasMarker(text: string): boolean {
  return PREFERRED_MARKER.test(text) || REQUIRED_MARKER.test(text);
}

/** cut at commas that separate two marked parts: "Bachelor's required, Master's preferred" */
function splitMarkedParts(sentence: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const m of sentence.matchAll(/,\s*/g)) {
    const left = sentence.slice(start, m.index);
    const right = sentence.slice(m.index + m[0].length);
    if (hasMarker(left) && hasMarker(right)) {
      parts.push(left);
      start = m.index + m[0].length;
    }
  }
  parts.push(sentence.slice(start));
  return parts;
}

function splitClauses(sentence: string): string[] {
  return sentence
    .split(WISH_START)
    .flatMap(splitMarkedParts)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** "Nice to have: Docker" → the label's intent and the rest; no label when the part before ":" is prose */
function splitLabel(sentence: string): { label: ClauseIntent | null; content: string } {
  const colon = sentence.search(/[:：]\s/);
  if (colon <= 0) return { label: null, content: sentence };
  const head = sentence.slice(0, colon);
  if (wordsOf(head).length > 6) return { label: null, content: sentence };
  const label = headingKind(head);
  return label === null ? { label: null, content: sentence } : { label, content: sentence.slice(colon + 1) };
}

function clauseIntent(text: string, label: ClauseIntent | null, section: ClauseIntent): ClauseIntent {
  if (section === "company" || label === "company") return "company";
  // An explicit wish beats everything: "Kafka would be a plus" in a requirements list is still a wish.
  if (PREFERRED_MARKER.test(text)) return "preferred";
  if (label !== null && label !== "role") return label;
  // Weak phrases like "you have" must not pull an item out of a nice-to-have list.
  if (section === "required" || section === "preferred") return section;
  return REQUIRED_MARKER.test(text) ? "required" : section;
}

export function splitJobClauses(description: string): JobClause[] {
  const clauses: JobClause[] = [];
  let section: ClauseIntent = "role";
  for (const rawLine of description.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line.length === 0) continue;
    const heading = headingIntent(line);
    if (heading !== null) {
      section = heading;
      continue;
    }
    for (const sentence of splitSentences(line.replace(BULLET, ""))) {
      const { label, content } = splitLabel(sentence);
      for (const text of splitClauses(content)) {
        clauses.push({ text, intent: clauseIntent(text, label, section) });
      }
    }
  }
  return clauses;
}
