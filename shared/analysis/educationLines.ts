// Education lines put back together where a layout broke them: a school name wrapped in a narrow column, a
// sentence or a table cell continued on the next line.
import { educationLevel, INSTITUTION_WORDS } from "./degrees.ts";
import { isBullet } from "./experience.ts";
import { looksLikeLocation } from "./places.ts";
import { degreeLevelOf } from "./schoolNames.ts";
import type { TextLine } from "./sections.ts";

/**
 * A long school name wraps in a narrow column ("Pontifícia Universidade Católica do Rio / Grande do Sul · 2017"):
 * a school line followed by a capitalised fragment that is no degree, school, place or date continues it.
 */
export function joinWrappedSchoolNames(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    const fragment = line.split(/\t|\s[|·•–—-]\s|,\s/)[0].trim();
    const continues =
      previous !== undefined &&
      INSTITUTION_WORDS.test(previous) &&
      degreeLevelOf(previous) === null &&
      !/[|·•–—,;:.)]\s*$/.test(previous) &&
      /^\p{Lu}/u.test(fragment) &&
      fragment.split(/\s+/).length <= 4 &&
      !INSTITUTION_WORDS.test(fragment) &&
      educationLevel(fragment) === null &&
      !looksLikeLocation(fragment) &&
      !/\d/.test(fragment);
    if (continues) joined[joined.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    else joined.push(line);
  }
  return joined;
}

const OPEN_END = /(?:\b(?:in|at|from|of|and|the|with|for|to|under)|[&,-])\s*$/i;
const HEAD_START = /^(?:university|college|institute|school|academy|polytechnic)\b/i;

/**
 * A sentence wrapped in a narrow column goes on on the next line: "... from Rajasthan Technical" / "University
 * Kota", "... Anna University, during" / "the period 2007-2011 ...". Such lines are put back together.
 */
export function joinWrappedSentences<L extends TextLine>(lines: L[]): L[] {
  const joined: L[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    const text = line.text.trim();
    const before = previous?.text.trim() ?? "";
    // "Diploma in\t2013\tD.E.I. Technical College" / "electronics Engg.": a row's first cell wrapped
    const firstCell = before.split("\t")[0];
    if (
      previous !== undefined &&
      before.includes("\t") &&
      !text.includes("\t") &&
      /^\p{Ll}/u.test(text) &&
      OPEN_END.test(firstCell)
    ) {
      joined[joined.length - 1] = {
        ...previous,
        text: `${firstCell} ${text}${before.slice(firstCell.length)}`,
      };
      continue;
    }
    const continues =
      previous !== undefined &&
      before.length >= 30 &&
      text !== "" &&
      !before.includes("\t") &&
      !text.includes("\t") &&
      !isBullet(line.text) &&
      !/[.;:!?)]$/.test(before) &&
      (/^\p{Ll}/u.test(text) || HEAD_START.test(text) || OPEN_END.test(before));
    // "Engi-" / "neering": a word broken at the line's end is mended
    const mended = /\p{L}-$/u.test(before) && /^\p{Ll}/u.test(text) ? `${before.slice(0, -1)}${text}` : null;
    if (continues) joined[joined.length - 1] = { ...previous, text: mended ?? `${before} ${text}` };
    else joined.push(line);
  }
  return joined;
}
