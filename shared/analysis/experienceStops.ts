// Where a stated name or title ends: at the words, marks or dates that stop it ("as Site Engineer from 2014",
// "in Acme Ltd. where ..."), edge quotes and punctuation trimmed; and a name a listed place ends.
import { SENTENCE_END, SENTENCE_END_UNSPACED, STOP } from "./experienceSentencePatterns.ts";
import { looksLikeLocation } from "./places.ts";
import { companyScore, titleScore } from "./roles.ts";

export const clean = (value: string) =>
  value
    .replace(/^[\s“"”‘’'“]+|[\s“"”‘’',.;:]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();

// "as Senior Manager, Corporate Banking Group.": the unit a title is of, after its comma, to the sentence's end
const TITLE_UNIT =
  /^(.{2,60}?),\s+((?:\p{Lu}[\p{L}&'-]*\s+){0,4}(?:Group|Department|Division|Unit|Section|Team|Wing))\s*\.?\s*$/u;

/** A stated title up to its stop, with the unit it is of when that alone ends the sentence after a comma. */
export function titleUpToStop(text: string): string {
  const title = upToStop(text);
  const unit = TITLE_UNIT.exec(text.trim());
  return unit && clean(unit[1]) === title ? `${title}, ${unit[2]}` : title;
}

export function upToStop(text: string): string {
  const start = text.replace(/^[\s“"”‘’']+/, "");
  const stops = [
    STOP.exec(start)?.index,
    SENTENCE_END.exec(start)?.index,
    SENTENCE_END_UNSPACED.exec(start)?.index,
  ].filter((i) => i !== undefined);
  return clean(stops.length > 0 ? start.slice(0, Math.min(...stops)) : start);
}

/** "as an Electrician, UB ENGINEERING, New Delhi": the organisation a place follows; no field ("Finance"), no unit */
export function listedOrganisation(words: string): string | null {
  // (the commas hidden from upToStop, which ends a name at one)
  const [, name, place] = upToStop(words.replace(/,/g, "\u0000")).split(/\s*\u0000\s*/);
  return name !== undefined &&
    place !== undefined &&
    /^\p{Lu}/u.test(name) &&
    name.split(/\s+/).length <= 6 &&
    (/\s/.test(name) || /^[\p{Lu}\d&.-]{2,}$/u.test(name) || companyScore(name) > 0) &&
    looksLikeLocation(place.replace(/[.\s]+$/, "")) &&
    !looksLikeLocation(name) &&
    titleScore(name) === 0 &&
    !/\b(?:department|dept|division|section|domain|field|unit|team|branch|site|project)\b/i.test(name)
    ? name
    : null;
}
