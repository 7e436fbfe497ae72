// What a work history's lines say of the duties: the highlights under an entry's header, and the dates a duty's
// sentence names, which head no entry.
import { BULLET, isBullet } from "./experienceHeaders.ts";
import type { TextLine } from "./sections.ts";

/** An entry's duties: its list items, with the lines a wrapped item goes on over joined to it. */
export function highlightsOf(lines: string[]): string[] {
  const highlights: string[] = [];
  let continuing = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") {
      continuing = false;
      continue;
    }
    const bullet = isBullet(line);
    const text = line.replace(BULLET, "").trim();
    const previous = highlights.length - 1;
    // A wrapped bullet continues in lower case or after a line without closing punctuation.
    if (
      !bullet &&
      continuing &&
      previous >= 0 &&
      (/^\p{Ll}/u.test(text) || !/[.!?:]$/.test(highlights[previous]))
    ) {
      highlights[previous] = `${highlights[previous]} ${text}`;
    } else highlights.push(text);
    continuing = true;
  }
  return highlights.filter((text) => text.length > 2);
}

// the words a duty's dates follow in a sentence: "growth in 2000 - 2001 fiscal year", "budget for fiscal years of
// 2001-2008", "the health system during 2007 - 2010"
const DATES_IN_SENTENCE = /(?:\b(?:during|in|of|over|throughout|between)|\p{Ll}during)\s*$/u;
// a duty's first word: a verb of the work done ("Managed", "Negotiated"), or "Responsible"; a verb of being
// employed ("Worked with Acme in 2010 - 2012", "Joined Acme Ltd in Jan 2010") states a job, no duty
const DUTY_OPENING =
  /^\s*(?:\p{Lu}\p{Ll}+ly\s+)?(?!(?:Worked|Joined|Served|Employed|Engaged|Associated|Deputed|Posted|Promoted|Designated|Appointed|Placed|Selected|Recruited|Hired|Started|Retired|Resigned|Transferred|Attached|Stationed)\b)(?:\p{Lu}\p{Ll}{2,}ed|[Rr]esponsible)\s+\p{Ll}/u;

/**
 * Dates inside a sentence of a job's duties, no header: the sentence opens with a verb of the work ("Managed
 * budget for fiscal years of 2001-2008"), or goes on in lower case from a line above that did not end
 * ("... settlements surrounding departures of" / "multiple hospitals ... during 2007 - 2010."), and the dates
 * follow a word of time or place ("during", "in", "of").
 */
export function datesInDuty(lines: TextLine[], index: number, range: { index: number }): boolean {
  const text = lines[index].text;
  const above = lines[index - 1]?.text ?? "";
  if (!DATES_IN_SENTENCE.test(text.slice(0, range.index))) return false;
  const goesOn = /^\s*\p{Ll}/u.test(text) && above.trim() !== "" && !/[.:;!?]\s*$/.test(above);
  return goesOn || DUTY_OPENING.test(text);
}
