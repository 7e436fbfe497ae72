// Rows of a CV builder that writes "City , State" for a school's place: with no degree word, the row still says
// which course was followed, before the year ("CSRE : Psychology 2011 Peers Institute City , State") or after
// the place ("Defense Logistics College � City , State Ethics Training for Buyers").

import { findSingleDates } from "./dates.ts";
import { INSTITUTION_WORDS } from "./degrees.ts";
import { couldBeInstitution, institutionIn } from "./educationInstitutions.ts";
import { looksLikeLocation } from "./places.ts";
import { escapeRegExp } from "./regexText.ts";
import { degreeLevelOf } from "./schoolNames.ts";

const PLACE = /\bCity\s?,\s?State\b/u;
// the placeholder with its country and the space around it
const PLACE_PIECE = new RegExp(String.raw`\s*${PLACE.source}(?:\s?,\s?(?:USA?|United States))?\s*`, "gu");
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
  // the country or town that closed the row above, before a degree ("Zambia Bachelor's degree : Agriculture",
  // "El Paso Bachelor : Psychology")
  const place = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)\s+(?=\p{Lu})/u.exec(cleaned);
  const rest = place ? cleaned.slice(place[0].length) : "";
  if (place && looksLikeLocation(place[1]) && degreeLevelOf(rest.split(/\s+/).slice(0, 2).join(" ")) !== null)
    return rest;
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
  // ("Business Management 1997 Harbor College": the school after the year, the subject restated before it)
  return { degree: after, institution: before.replace(/^(?:.*\s)?(?:19|20)\d{2}\s+/, "") || null };
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

/** A school a builder's row names right after a date, and what the row says before that date. */
export interface DatedSchool {
  school: string;
  before: string;
}

/**
 * The row without its single dates. "Master of Science , Industrial Engineering Dec 2014 Northgate University": a
 * date between words parts the subject before it from the school after it (kept in `datedSchools`), and the
 * school's restated subject or placeholder after it becomes a piece of its own.
 */
export function partedAtSingleDates(text: string, datedSchools: DatedSchool[]): string {
  let out = text;
  for (const found of findSingleDates(out))
    out = out.replace(out.slice(found.index, found.index + found.length), (date, at: number) => {
      const school = /[\p{L}:]\s*$/u.test(out.slice(0, at))
        ? schoolAfterDate(out.slice(0, at), out.slice(at + date.length))
        : null;
      if (school) datedSchools.push({ school, before: out.slice(0, at) });
      return school ? " | " : " ";
    });
  for (const { school } of datedSchools)
    out = out.replace(new RegExp(`(?<=\\|\\s*${escapeRegExp(school)})(?=\\s+\\p{L})`, "u"), " | ");
  return out;
}

/**
 * The school a CV builder's row names right after the date ("Bachelor of Science , Business Administration August
 * 2015 Kestrel University Business Administration", "... 1973 HARBOR UNIVERSITY City , Philippines"), without the
 * subject the row restates after it or the builder's "City" placeholder; null when the words after the date do
 * not open with a school's name.
 */
function schoolAfterDate(before: string, after: string): string | null {
  const rest = after.trim().split(/,\s|\s*\ufffd\s*|\s+[-–—|]\s+/u)[0];
  const school = /^\p{Lu}/u.test(rest) ? institutionIn(rest) : null;
  // "Orchard High School June 2005 High School Diploma": a degree after the date, the school before it
  if (school === null || !rest.startsWith(school) || degreeLevelOf(school) !== null) return null;
  // "Orchard University GPA: 3.5": the school ends before a grade
  const words = school
    .replace(/\s+(?:GPA|CGPA|Grade|Percentage|Score)\b.*$|\s*[:\d].*$/iu, "")
    .replace(/\s+City$/, "")
    .split(/\s+/);
  const head = words.findIndex((word) => INSTITUTION_WORDS.test(word));
  const said = ` ${before
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()}`;
  // the subject restated after the school's head word: the tail is what the row said right before the date
  for (let cut = Math.max(head + 1, 1); cut < words.length; cut++) {
    const tail = words.slice(cut).join(" ").toLowerCase();
    if (said.endsWith(` ${tail}`)) return words.slice(0, cut).join(" ");
  }
  return words.join(" ");
}

/**
 * "Bachelor of Arts : Psychology Kestrel University � City , State Psychology": the builder restates the subject
 * after the place, which shows where the subject ends and the school begins in the degree's piece. The pieces with
 * the degree cut after its subject and the school as a piece of its own.
 */
export function withRestatedSubject(pieces: string[]): string[] {
  for (const [index, piece] of pieces.entries()) {
    const colon = piece.indexOf(" : ");
    if (colon < 0 || degreeLevelOf(piece.slice(0, colon)) === null) continue;
    const after = piece.slice(colon + 3);
    for (const later of pieces.slice(index + 1)) {
      const subject = later
        .replace(/^(?:City|State)\s+/, "")
        .split(/\s+(?:Member|GPA)\b/)[0]
        .trim();
      if (subject === "" || !after.startsWith(`${subject} `)) continue;
      const school = after.slice(subject.length).trim();
      if (institutionIn(school) !== school) continue;
      return [
        ...pieces.slice(0, index),
        `${piece.slice(0, colon)} : ${subject}`,
        school,
        ...pieces.slice(index + 1),
      ];
    }
  }
  return pieces;
}

/**
 * A school's name found in a builder's row that is its subject: one the row gives before its date ("High School
 * Diploma , College Prep May 2005 Elmwood High School"), or one after the degree's colon that the row restates
 * ("Masters of Education : School Administration City , State School Administration").
 */
export function isSubjectNamed(
  name: string,
  datedSchools: DatedSchool[],
  degreePiece: string | undefined,
  row: string,
): boolean {
  if (datedSchools.some((dated) => dated.before.includes(name) && !dated.school.includes(name))) return true;
  return (degreePiece ?? "").includes(`: ${name}`) && row.split(name).length >= 3;
}

/** "High School Diploma : Colegio Liceo X � City": a builder's school row that gives the school as the subject. */
export function schoolAsSubject(degreePiece: string): string | null {
  const colon = degreePiece.indexOf(" : ");
  if (colon < 0 || degreeLevelOf(degreePiece.slice(0, colon)) !== "secondary") return null;
  const after = degreePiece
    .slice(colon + 3)
    .replace(/\s+City$/, "")
    .trim();
  return after !== "" && institutionIn(after) === after ? after : null;
}

/** The builder's "City , State" placeholder parts what stands before it from what it restates after it. */
export function partedAtPlace(row: string): string {
  return row.replace(PLACE_PIECE, " | ");
}

/**
 * A builder's "Degree : Subject" row restates its subject where the school stands: a school that is the subject
 * ("A.A : Liberal Arts , 2002 Liberal Arts") names none, and one that ends with it ("Harbor College Paralegal
 * Studies") or opens with it ("Public Relations The University of Northgate") is the school without it.
 */
export function withoutSubject(school: string | null, degreePiece: string | undefined): string | null {
  if (school === null) return null;
  const colon = degreePiece?.indexOf(" : ") ?? -1;
  const afterColon = colon > 0 ? (degreePiece ?? "").slice(colon + 3) : "";
  // ("Bachelor of Arts : Elementary Education Kestrel University Elementary Education": the subject ends where
  // the school starts)
  const before = afterColon.includes(school) ? afterColon.slice(0, afterColon.indexOf(school)).trim() : "";
  const subject = before !== "" ? before : afterColon.trim();
  // (a high school's diploma names its school where a degree names its subject: "High School Diploma : Northgate
  // Area Vocational Tech")
  const secondary = degreeLevelOf((degreePiece ?? "").slice(0, Math.max(colon, 0))) === "secondary";
  if (subject !== "" && school.toLowerCase() === subject.toLowerCase() && !INSTITUTION_WORDS.test(subject))
    return secondary ? school : null;
  const rest =
    subject !== "" && school.endsWith(` ${subject}`)
      ? school.slice(0, -subject.length - 1)
      : subject !== "" && school.startsWith(`${subject} `)
        ? school.slice(subject.length + 1)
        : school;
  // "Public Relations The University of Northgate": a capital "The" inside a name opens the school's own name
  const the = /\s(The\s+\p{Lu}.*)$/u.exec(rest);
  const named =
    the && INSTITUTION_WORDS.test(the[1]) && !INSTITUTION_WORDS.test(rest.slice(0, the.index))
      ? the[1]
      : rest;
  // ("Institute of Hotel Management" is not "Institute of" after "Diploma : Hotel Management")
  return INSTITUTION_WORDS.test(named) && !/\s(?:of|for|in|and|&)$/iu.test(named) ? named : school;
}
