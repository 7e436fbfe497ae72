// Finds phone numbers written in local or international style and normalizes them to E.164.
import { type CountryCode, getCountries, parsePhoneNumberFromString } from "libphonenumber-js/max";

const KNOWN_REGIONS = new Set<string>(getCountries());

// A dash before a number is a label's ("Contact No-97434 10707", "C-98089"), unless a digit precedes it.
const CANDIDATE = /(?<![\w+@/.])(?<!\d-)(?:\+|00)?\(?\d[\d ().\-/]{5,22}\d(?![\w@])/g;
// Identity and document numbers share the shape of phone numbers.
const ID_LABEL =
  /(?:passport|licen[cs]e|\bpan\b|aadh?aa?r|registration|\breg\b|\broll\b|\bid\b|ssn|account|a\/c|\bpin\b|zip|postal|birth|\bdob\b|fapesp|grant|certificate|c?gpa|percentage|marks)[\s\w.]{0,12}?[:#-]?\s*$/i;
// A fax reaches a machine; an office line ("(O) 0261-...", "Office phone") reaches the employer first.
const FAX_LABEL = /(?<!(?:tel|phone)\s?[/&]\s?)\bfax\b[\s\w.]{0,6}?[:#-]?\s*$/i;
const OFFICE_LABEL = /(?:\boffice\b|\boff\b|\(o\)|\bwork)[\s\w.]{0,8}?[:#-]?\s*$/i;

// Year ranges and dates share the shape of a phone number ("2019 - 2021", "03/2018 - 11/2020").
const DATE_LIKE =
  /^(?:\(?(?:19|20)\d{2}\)?\s*[-–/.]\s*(?:(?:19|20)\d{2}|\d{1,2})|\d{1,2}[./-](?:19|20)\d{2}\b.*|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})$/;

// A grade over its scale ("GPA 3.35/4.0", "8.2/10") is no number to call.
const SCORE = /\d\.\d{1,2}\s*\/\s*\d/;

const MAX_CANDIDATES = 200;

export function isRegion(value: string | undefined): value is CountryCode {
  return value !== undefined && KNOWN_REGIONS.has(value.toUpperCase());
}

/** E.164 form of one written number, trying each region in order for numbers without a country code. */
export function normalizePhone(raw: string, regions: Iterable<string>): string | null {
  const cleaned = raw.replace(/^00/, "+").replace(/\(0\)/, "").trim();
  const digits = cleaned.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return null;
  // "(07/08/2007 – ..." : a date inside brackets is still a date
  if (DATE_LIKE.test(cleaned.replace(/^\(|\)$/g, "")) || SCORE.test(cleaned)) return null;
  if (cleaned.startsWith("+")) {
    // An explicit country code is evidence enough; reserved ranges (e.g. UK 07700 900xxx) are only "possible".
    const parsed = parsePhoneNumberFromString(cleaned);
    return parsed?.isPossible() ? parsed.number : null;
  }
  let first: CountryCode | undefined;
  for (const written of regions) {
    if (!isRegion(written)) continue;
    const region = written.toUpperCase() as CountryCode;
    first ??= region;
    const parsed = parsePhoneNumberFromString(cleaned, region);
    if (parsed?.isValid()) return parsed.number;
  }
  // A trunk prefix ("0...") or an area code in parentheses marks a phone number even in a reserved range.
  if (first !== undefined && /^[0(]/.test(cleaned)) {
    const parsed = parsePhoneNumberFromString(cleaned, first);
    if (parsed?.isPossible()) return parsed.number;
  }
  return null;
}

export interface PhoneFound {
  e164: string;
  raw: string;
  index: number;
  /** labelled as an office or work line */
  office: boolean;
}

export function findPhones(text: string, regions: Iterable<string>): PhoneFound[] {
  const found: PhoneFound[] = [];
  let examined = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    // A CV has a handful of digit groups; a text with thousands is not worth parsing number by number.
    if (++examined > MAX_CANDIDATES) break;
    const index = match.index ?? 0;
    const before = text.slice(Math.max(0, index - 30), index);
    if (ID_LABEL.test(before) || FAX_LABEL.test(before)) continue;
    const office = OFFICE_LABEL.test(before);
    const whole = match[0].trim();
    // two numbers joined by a slash: "75495 86168/7631751523"
    const parts = whole.split(/\s*\/\s*/).filter((part) => part.replace(/\D/g, "").length >= 7);
    for (const raw of parts.length > 1 ? parts : [whole]) {
      const e164 = normalizePhone(raw, regions);
      if (e164 && !found.some((phone) => phone.e164 === e164)) found.push({ e164, raw, index, office });
    }
  }
  return found;
}

/** The region of the first international number in the text, e.g. "+49 ..." gives "DE". */
export function regionOfInternationalNumber(text: string): string | null {
  let examined = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    if (++examined > MAX_CANDIDATES) break;
    const raw = match[0].trim().replace(/^00/, "+");
    if (!raw.startsWith("+")) continue;
    const parsed = parsePhoneNumberFromString(raw.replace(/\(0\)/, ""));
    if (parsed?.isValid() && parsed.country) return parsed.country;
  }
  return null;
}
