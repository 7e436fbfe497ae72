// A job header whose only date is the month the job began ("July 2014" on a line of its own, "Company Name City ,
// State Accountant 03/2018", "- Acme Systems Pvt Ltd (Pune, June 2015).", "Acme Ltd, Pune – joined on 12 June 2015").
import { findSingleDates, type ParsedDate, toMonth } from "./dates.ts";
import { BULLET, isHeaderLike } from "./experienceHeaders.ts";
import { loneDate } from "./experienceLines.ts";
import { isProperName } from "./experienceNames.ts";
import { looksLikeLocation } from "./places.ts";
import { companyScore, titleScore } from "./roles.ts";
import { endsLikeTitle } from "./titles.ts";
import type { Month } from "./types.ts";

// the words that say the date is the day the job began: "joined on", "since", "DOJ:"
const JOINED =
  /[\s,;:–—-]*\b(?:joined|joining|since|from|started|starting|date of joining|doj|w\.?e\.?f\.?)(?:\s+(?:on|in|at))?\s*[:–-]?\s*$/i;

// a list item that opens on a verb of the work, in lower case, or runs into its date with a preposition
const DUTY = /^(?:\p{Ll}|\p{Lu}\p{Ll}+(?:ed|ing)\b)|\b(?:in|at|on|of|for|during|by|till|until|to|and|the)$/u;

/**
 * A job's start month alone, as a header's only date. A month is needed (a bare year is as often a degree's or
 * an award's), and the rest of the line must read as a header that names a title or an organisation; a list
 * item must name an organisation (a duty names a title's words as often).
 */
export function singleDateAnchor(
  text: string,
  listed = false,
): {
  start: Month;
  end: null;
  current: false;
  yearOnly: false;
  single: true;
  remainder: string;
} | null {
  const dates = findSingleDates(text);
  if (dates.length !== 1 || dates[0].date.month === null) return null;
  const [date] = dates;
  const before = text.slice(0, date.index).replace(BULLET, "");
  const after = text.slice(date.index + date.length).trim();
  // (what is held from that month, past the dash or colon that sets it apart)
  const held = after.replace(/^[–—|:-]\s*/, "");
  // "Summer 2000\tResearch Consultant", "June 2015 – Analyst": a line that opens on the month, set apart from the
  // title held from then by a tab, a wide space or a dash
  if (
    !listed &&
    before.trim() === "" &&
    /^(?:\t|\s{2,}|\s*[–—|:-]\s)/.test(text.slice(date.index + date.length)) &&
    held.split(/\s+/).length <= 8 &&
    isHeaderLike(held) &&
    titleFirst(held) &&
    !DUTY.test(after)
  )
    return begunIn(date.date, after);
  // ("(Pune, June 2015).": the bracket the date closes, and the item's full stop)
  const closed = /^\)?[.,;:]?$/.test(after) && (after.startsWith(")") ? before.includes("(") : true);
  // (a line that is no list item ends with its date, or with the bracket the date closes)
  if (!closed || (!listed && !/^(?:\)[.,;:]?)?$/.test(after))) return null;
  const remainder = (after.startsWith(")") ? `${before.replace(/[\s,;:–—-]+$/, "")})` : before)
    .replace(/\(\s*\)$/, "")
    .replace(JOINED, "")
    .trim();
  if (remainder !== "" && !isHeaderLike(remainder)) return null;
  if (remainder.split(/\s+/).length > 10) return null;
  if (
    remainder !== "" &&
    titleScore(remainder) === 0 &&
    companyScore(remainder) === 0 &&
    !namedAndPlaced(remainder)
  )
    return null;
  // (and reads as a name, not a duty: "Trained two engineers of Acme Ltd in May 2017")
  if (listed && companyScore(remainder) === 0) return null;
  if ((listed || after !== "") && DUTY.test(remainder)) return null;
  if (remainder === "" && !loneDate(text)) return null;
  return begunIn(date.date, remainder);
}

/** "Orchard Engineering, Naperville, IL": a proper name (no place) and its place after a comma */
function namedAndPlaced(text: string): boolean {
  const [name, ...rest] = text.split(/,\s*/);
  return (
    rest.length > 0 && isProperName(name) && !looksLikeLocation(name) && looksLikeLocation(rest.join(", "))
  );
}

/**
 * "Research Consultant", "Sales Assistant, Orchard Retail Ltd": a title, alone or before its organisation after a
 * comma, " at " or a dash
 */
function titleFirst(text: string): boolean {
  const [head] = text.split(/,\s+|\s+at\s+|\s+[–—|-]\s+/);
  // ("Marketing Intern" opens on a word in -ing and is no duty: its last word heads titles)
  return titleScore(head) > 0 && companyScore(head) === 0 && (!DUTY.test(text) || endsLikeTitle(head));
}

/** the anchor of a job begun in a month, and what its line says besides */
const begunIn = (date: ParsedDate, remainder: string) => ({
  start: toMonth(date),
  end: null,
  current: false as const,
  yearOnly: false as const,
  single: true as const,
  remainder,
});
