// Which countries a CV's local phone numbers are read in: evidence from the CV itself first, the caller's
// default after it, and the languages the candidate speaks or the document is written in last.
import { findPlaces } from "./gazetteer.ts";
import { isRegion, regionOfInternationalNumber } from "./phones.ts";
import { findCountry, REGION_BY_LANGUAGE } from "./places.ts";

export interface PhoneRegionInput {
  text: string;
  headerLines: string[];
  defaultRegion?: string;
  documentLanguage: string;
}

// Spoken languages that belong, in practice, to one country: "Languages known: Hindi, English" on a CV
// that names no place still says where a 10-digit mobile number is from.
const COUNTRY_OF_LANGUAGE: [RegExp, string][] = [
  [
    /\b(?:hindi|marathi|tamil|telugu|kannada|malayalam|gujarati|odia|oriya|assamese|konkani|bhojpuri)\b/i,
    "IN",
  ],
  [/\b(?:sinhala|sinhalese)\b/i, "LK"],
  [/\bnepali\b/i, "NP"],
  [/\b(?:tagalog|filipino)\b/i, "PH"],
];

/** The country whose places the text names most often (two mentions at least), or null. */
function mostNamedCountry(text: string): string | null {
  const counts = new Map<string, number>();
  for (const mention of findPlaces(text))
    counts.set(mention.place.country, (counts.get(mention.place.country) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : null;
}

/** The country of the first national language the text names, or null. */
export function countryOfSpokenLanguage(text: string): string | null {
  return COUNTRY_OF_LANGUAGE.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/**
 * Regions to try, best evidence first: a country-coded number, a named place, the caller's default, a
 * national language the candidate speaks, the document's language. A number is read in the first region
 * where it is valid, so a later region only serves numbers the earlier ones reject: each is worked out
 * only when a number reaches it (the places named over the whole text cost more than reading the phones).
 */
export function phoneRegions(input: PhoneRegionInput): Iterable<string> {
  const header = input.headerLines.join("\n");
  return lazyDistinct([
    () => regionOfInternationalNumber(input.text),
    () => findCountry(header),
    // the CV's own places (schools, employers, addresses) come before the caller's default
    () => mostNamedCountry(input.text),
    () => input.defaultRegion?.toUpperCase(),
    () => findCountry(input.text),
    () => countryOfSpokenLanguage(input.text),
    () => REGION_BY_LANGUAGE[input.documentLanguage],
    () => "US",
  ]);
}

/** the known regions the steps give, in order, without repeats; each step runs once, when first needed */
function lazyDistinct(steps: (() => string | null | undefined)[]): Iterable<string> {
  const found: string[] = [];
  let next = 0;
  return {
    *[Symbol.iterator]() {
      for (let i = 0; ; i++) {
        while (i >= found.length && next < steps.length) {
          const region = steps[next++]();
          if (isRegion(region ?? undefined) && !found.includes(region as string))
            found.push(region as string);
        }
        if (i >= found.length) return;
        yield found[i];
      }
    },
  };
}
