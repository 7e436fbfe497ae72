// The one CV filter every route accepts (skills, minimum years, location, language) and its one meaning. The
// database, the vector stores and the in-memory ranking all compare the keys made here, so a filter gives the
// same CVs wherever it is applied.

export interface CvFilter {
  /** every one of these skills, compared case-insensitively */
  skills?: string[];
  /** years of experience at least this */
  minYears?: number;
  /**
   * Whole words, in order, anywhere in the CV's location, case and punctuation ignored: "berlin", "germany" and
   * "Berlin, Germany" match "Berlin, Germany"; "ber" does not (a part of a word is not a word).
   */
  location?: string;
  /** the document's language, case-insensitively, e.g. "en" */
  language?: string;
}

/** What a filter looks at in a CV. */
export interface FilterableCv {
  skills: string[];
  years: number;
  location: string | null;
  language: string | null;
}

/** Lower-cased, single-spaced, trimmed: the form skills and languages are compared in. */
export function filterTerm(value: string): string {
  return value.toLowerCase().replace(/\s+/g, " ").trim();
}

/** A CV's skills as the filter compares them. */
export function skillKeys(skills: string[]): string[] {
  return [...new Set(skills.map(filterTerm))];
}

// Locations are a few words; past this many, later words are not keys (a sentence mistaken for a place).
const MAX_LOCATION_WORDS = 12;

const locationWords = (location: string) =>
  location
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "")
    .slice(0, MAX_LOCATION_WORDS);

/**
 * The keys a location filter can hit: every run of consecutive words of the location, lower-cased, so
 * "Berlin, Germany" yields "berlin", "berlin germany" and "germany".
 */
export function locationKeys(location: string | null): string[] {
  if (location === null) return [];
  const words = locationWords(location);
  const keys = new Set<string>();
  for (let start = 0; start < words.length; start++)
    for (let end = start + 1; end <= words.length; end++) keys.add(words.slice(start, end).join(" "));
  return [...keys];
}

/** A location filter as it is looked up among locationKeys: its words, lower-cased, single-spaced. */
export function locationKey(location: string): string {
  return locationWords(location).join(" ");
}

/** The filter in memory: true when the CV passes every condition that is set. */
export function matchesCvFilter(cv: FilterableCv, filter: CvFilter): boolean {
  if (filter.minYears !== undefined && !(cv.years >= filter.minYears)) return false;
  if (filter.skills?.length) {
    const have = new Set(skillKeys(cv.skills));
    for (const skill of skillKeys(filter.skills)) if (!have.has(skill)) return false;
  }
  if (filter.location !== undefined && !locationKeys(cv.location).includes(locationKey(filter.location)))
    return false;
  if (filter.language !== undefined) {
    if (cv.language === null || filterTerm(cv.language) !== filterTerm(filter.language)) return false;
  }
  return true;
}
