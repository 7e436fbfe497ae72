// How the pieces of a job's lines read as names: an organisation's shape, a proper name, and how much a
// reading's organisation counts when the readings of one work history are compared.
import { LEGAL_FORMS } from "./legalForms.ts";
import { looksLikeLocation } from "./places.ts";
import { companyScore } from "./roles.ts";
import { degreeLevelOf } from "./schoolNames.ts";

/** A short capitalised name with no sentence shape: "Servicio Aragonés de Salud", not "Built the API". */
export function looksLikeOrganisation(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length > 6 || /[.!?:;]$/.test(line.trim())) return false;
  const capitalised = words.filter((word) => /^[\p{Lu}\d&]/u.test(word)).length;
  return capitalised >= Math.ceil(words.length / 2) && /^\p{Lu}/u.test(words[0]);
}

/** "Pacific Dynamics, Roorkee": every word capitalised but the joining ones, and no verb first ("Completed"). */
export function isProperName(text: string): boolean {
  const words = text.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0 || words.length > 6 || /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(words[0])) return false;
  return words.every(
    (word, i) => /^[\p{Lu}\d&]/u.test(word) || (i > 0 && /^(?:of|and|for|de|the)$/.test(word)),
  );
}

/** A name without its brackets, colons and trailing commas ("Acme, Pune (" -> "Acme, Pune"). */
export const bare = (text: string) =>
  text
    .replace(/[()[\]:]+/g, " ")
    .replace(/[\s,]+$/, "")
    .trim();

/**
 * A list item's name before its place is at most six words, or nine capitalised ones with an organisation's word
 * ("Kestrel Harbour Engineering and Construction Company Limited, Muscat"); more, or a duty's words in lower case
 * ("Commissioned three pumps at Kestrel Pumps Ltd"), is a sentence about the work, and a degree ("(i) Bachelor of
 * Civil Engineering and Technology 2008 to 2012") names no organisation.
 */
export function notAName(text: string): boolean {
  const name = bare(text).split(",")[0].trim();
  const words = name.split(/\s+/);
  const capitalised = words.every(
    (word) => /^[\p{Lu}\d&]/u.test(word) || /^(?:and|of|the|for|in)$/.test(word),
  );
  return words.length > (capitalised && companyScore(name) > 0 ? 9 : 6) || degreeLevelOf(name) !== null;
}

// a legal form alone ("Pvt.Ltd", "CO.LTD", "LLC"): the wrapped end of a name
const LEGAL_FORM_ONLY = new RegExp(String.raw`^(?:(?:private|co|${LEGAL_FORMS})[.\s]*)+$`, "i");

/**
 * How much a reading's organisation counts when readings are compared: a place, a stated length ("for 6
 * years"), a sentence ("Worked with ...") or a lower-case phrase is as often a misread line as a name.
 */
export function employerWeight(company: string): number {
  const text = company.trim();
  // "8934473-1": an ID number names no organisation
  if (!/\p{L}{2}/u.test(text)) return 0;
  if (
    /^\p{Ll}/u.test(text) ||
    /\b(?:worked|working|joined|years?|months?)\b/i.test(text) ||
    // "Acme Pvt. Ltd. Duration : Title": a field's key and colon left inside the name
    /[:：]/.test(text) ||
    // a legal form alone, or words cut off mid-clause
    LEGAL_FORM_ONLY.test(text) ||
    /\s(?:as|as an?|from|to|of|with|in|at|and|the)$/i.test(text) ||
    text.split(/\s+/).length > 8 ||
    (looksLikeLocation(text) && companyScore(text) === 0)
  )
    return 0.25;
  return 1;
}
