// Rows of a CV builder that writes "City , State" for a school's place: with no degree word, the row still says
// which course was followed, before the year ("CSRE : Psychology 2011 Peers Institute City , State") or after
// the place ("Defense Logistics College � City , State Ethics Training for Buyers").

import { couldBeInstitution } from "./educationInstitutions.ts";

const PLACE = /\bCity\s?,\s?State\b/u;
const YEAR = /\s,?\s?(?:19|20)\d{2}\s+/u;

export interface PlacedCourse {
  degree: string;
  institution: string | null;
}

/** The row carries the builder's "City , State" placeholder: one school's row. */
export function hasPlacePlaceholder(line: string): boolean {
  return PLACE.test(line);
}

// what a builder's row leaves of its neighbours' fields before a name: the country that closed the row above
// ("... City , State , US" / "US Bachelor of Science"), and the end of a date range ("Present", "Jul")
const RESIDUE_BEFORE =
  /^(?:(?:US|USA)|(?:present|current|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?))\s+(?=\p{Lu})/iu;

/**
 * A school or degree of a "City , State" row without what the builder's placeholder and dates leave around it:
 * the placeholder's "City" after a school ("Acme University City"), a country or a date's end before either.
 */
export function withoutPlaceholder(name: string | null, lines: string[]): string | null {
  if (!name || !lines.some((line) => PLACE.test(line))) return name;
  const cleaned = name.replace(/\s+City$/, "").replace(RESIDUE_BEFORE, "");
  return cleaned === "" ? name : cleaned;
}

/** The course a "City , State" row names without a degree word, and its school, or null. */
export function courseBesidePlaceholder(line: string): PlacedCourse | null {
  const place = PLACE.exec(line);
  if (!place) return null;
  // the builder's "�" before the place belongs to neither side
  let before = line.slice(0, place.index).trim();
  if (before.endsWith("\ufffd")) before = before.slice(0, -1).trim();
  const after = line.slice(place.index + place[0].length).trim();
  const colon = before.indexOf(" : ");
  if (colon > 0) {
    // the builder's "Degree : Field YEAR School" with a qualification it has no word for
    const year = YEAR.exec(before.slice(colon));
    if (!year) return null;
    const cut = colon + year.index;
    const institution = before.slice(cut + year[0].length).trim();
    return { degree: before.slice(0, cut).trim(), institution: institution || null };
  }
  // the course after the place: a capitalised phrase of two to twelve words, no country after a comma
  const words = after.split(/\s+/);
  if (!/^\p{Lu}\p{Ll}/u.test(after) || words.length < 2 || words.length > 12 || /[,\d]/.test(after))
    return null;
  return { degree: after, institution: before.replace(/^(?:19|20)\d{2}\s+/, "") || null };
}

/**
 * "Certification 2011 H&R Block , City , State", "Associate of Arts : Theology 2003 CFNI City , State": in a row
 * with a degree word, the words between the year and the place name the school, school word or not.
 */
export function schoolBeforePlace(line: string): string | null {
  const place = PLACE.exec(line);
  if (!place) return null;
  const before = line
    .slice(0, place.index)
    .replace(/[\s,\ufffd]+$/u, "")
    .trim();
  const year = /(?:^|\s)(?:19|20)\d{2}\s+(?!.*\s(?:19|20)\d{2}\s)(.+)$/u.exec(before);
  const school = year?.[1].trim() ?? "";
  return school !== "" && couldBeInstitution(school) ? school : null;
}
