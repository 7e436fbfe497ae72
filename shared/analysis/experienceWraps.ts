// Lines of a work history that a narrow column wrapped inside a phrase, joined back: a bracket wrapped before its
// close, and a stated job's dates wrapped away from the word that opens them.
import { findDateRanges } from "./dates.ts";
import type { TextLine } from "./sections.ts";
import type { Month } from "./types.ts";

const opens = (text: string) => (text.match(/\(/g) ?? []).length - (text.match(/\)/g) ?? []).length;

/**
 * Whether `next` ends the bracket that `line` left open: "Shankar & Associates, Coimbatore, India (Jute Plant" /
 * "Construction at Kolkatta)", "Acme Gulf Co LLC, Oman (AN ISO - 9001" / "COMPANY)". Both parts of the bracket
 * are a few words in one cell, and the line below ends with it (a place or a full stop may follow), so it is
 * the bracket's wrapped end and not a line of its own; a table whose columns interleave leaves a tab or more words.
 */
function wrapsBracket(line: string, next: string): boolean {
  const open = line.lastIndexOf("(");
  if (open < 0 || opens(line) !== 1 || line.indexOf(")", open) >= 0) return false;
  const inside = line.slice(open + 1).trim();
  const close = next.indexOf(")");
  if (close < 0 || next.slice(0, close).includes("(")) return false;
  const rest = next.slice(close + 1).trim();
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  return (
    words(inside) <= 6 &&
    words(next.slice(0, close)) >= 1 &&
    words(next.slice(0, close)) <= 6 &&
    !/\t/.test(line.slice(open)) &&
    !/\t/.test(next) &&
    opens(next) === -1 &&
    /^(?:[,.;]?\s*(?:\p{Lu}[\p{L}.-]*\s*){0,2}[.,;]?)?$/u.test(rest)
  );
}

/** each line that `wraps` says the next one continues, joined with it onto one line (the first line's offsets) */
export function joinWrapped(lines: TextLine[], wraps: (line: string, next: string) => boolean): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1];
    if (next && wraps(lines[i].text, next.text)) {
      out.push({ ...lines[i], text: `${lines[i].text.trimEnd()} ${next.text.trim()}` });
      i++;
    } else out.push(lines[i]);
  }
  return out;
}

/** A bracket wrapped onto the line below (see wrapsBracket) is joined back onto its line. */
export const joinWrappedBrackets = (lines: TextLine[]) => joinWrapped(lines, wrapsBracket);

// the word that opens a job's dates, left at the end of its line: "Worked as an Electrician, Acme Engineering, New
// Delhi. from" / "04/11/2009 to 21/12/2011."
const OPENER_AT_END = /(?<=\S\s+)(?:from|since|w\.e\.f\.?)\s*$/iu;

/**
 * A line that ends with the word opening its dates, over a line that begins with a date range, is joined with it:
 * the range is the line's own, and without it the line above is a statement with no dates and the range a line
 * with no job.
 */
export const joinWrappedOpeners = (lines: TextLine[], asOf: Month) =>
  joinWrapped(lines, (line, next) => {
    const range = OPENER_AT_END.test(line) ? findDateRanges(next, asOf)[0] : undefined;
    return range !== undefined && next.slice(0, range.index).trim() === "";
  });
