// Places of the world from gazetteer.generated.json (GeoNames cities of 25,000 people or more, ISO 3166-2
// regions, countries), looked up by name in linear time: a text's word runs are tried against one map.
import data from "./gazetteer.generated.json" with { type: "json" };

export interface Place {
  kind: "city" | "region" | "country";
  /** the name as the gazetteer writes it */
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** the region a city lies in, when known */
  region: string | null;
  /** a town of fewer than 50,000 people: a lone mention of its name does not prove a place */
  minor?: boolean;
}

/** Renamed cities whose old names CVs still use, and short forms. */
// biome-ignore format: one alias per pair
const ALIASES: [string, string, string][] = [
  ["Bangalore", "Bengaluru", "IN"], ["Bombay", "Mumbai", "IN"], ["Madras", "Chennai", "IN"],
  ["Calcutta", "Kolkata", "IN"], ["Gurugram", "Gurgaon", "IN"], ["Trivandrum", "Thiruvananthapuram", "IN"],
  ["Cochin", "Kochi", "IN"], ["Baroda", "Vadodara", "IN"], ["Poona", "Pune", "IN"], ["Vizag", "Visakhapatnam", "IN"],
  ["Mysore", "Mysuru", "IN"], ["Mangalore", "Mangaluru", "IN"], ["Allahabad", "Prayagraj", "IN"],
  ["NYC", "New York City", "US"], ["Dubai", "Dubai", "AE"], ["Abudhabi", "Abu Dhabi", "AE"],
  ["Rourkela", "Raurkela", "IN"], ["Pondicherry", "Puducherry", "IN"], ["Bhubaneswar", "Bhubaneshwar", "IN"],
  ["Calicut", "Kozhikode", "IN"], ["Trichy", "Tiruchirappalli", "IN"], ["Tiruchirapalli", "Tiruchirappalli", "IN"],
  ["Tuticorin", "Thoothukudi", "IN"],
];
// former names of regions still written in addresses
const REGION_ALIASES: [string, string, string][] = [
  ["Orissa", "Odisha", "IN"],
  ["Pondicherry", "Puducherry", "IN"],
];

/** City names that are also everyday words in a CV; they count only beside a region or country. */
// biome-ignore format: compact word list
const EVERYDAY = new Set([
  "mobile", "reading", "sale", "split", "mission", "independence", "orange", "nice", "bath", "surprise",
  "commerce", "enterprise", "union", "university", "college", "industry", "opportunity", "marine", "hope",
  "deal", "best", "male", "female", "college station", "normal", "temple", "pride", "progress", "victoria",
  "florence", "jackson", "lincoln", "austin", "charlotte", "aurora", "irving", "orlando", "eugene", "tyler",
  "madison", "chandler", "warren", "troy", "clinton", "kent", "york", "regina", "santa", "salem", "columbia",
  "phoenix", "mesa", "arlington", "vista", "sandy", "paradise", "spring", "spring valley", "palm", "lawrence",
  "carmel", "murray", "layton", "burlington", "homestead", "sunrise", "plantation", "pharmacy", "as", "of",
  "and", "the", "no", "name", "date", "sector", "nagar", "road", "colony", "district", "city", "state",
  "north", "south", "east", "west", "central", "western", "eastern", "northern", "southern", "capital",
  "coast", "islands", "centre", "center", "north east", "north west", "south east", "south west", "paul",
  "john", "george", "james", "thomas", "mary", "grace", "joy", "faith", "patience", "lucky", "summit",
]);

const fold = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, " ")
    .trim();

// The name index is built on first use: a process that never reads a place (a stack HTTP worker answering
// reads) does not pay for it, and the Node bundle parses the data itself only when first read.
let byName: Map<string, Place[]> | undefined;
function index(): Map<string, Place[]> {
  if (byName) return byName;
  const map = new Map<string, Place[]>();
  const addKey = (key: string, place: Place): void => {
    const list = map.get(key) ?? [];
    if (!list.some((p) => p.kind === place.kind && p.country === place.country && p.name === place.name))
      list.push(place);
    map.set(key, list);
  };
  const add = (name: string, place: Place): void => {
    const key = fold(name);
    if (!key) return;
    addKey(key, place);
    // CVs run many-word names together ("Tamilnadu", "Dehradun" for "Dehra Dun"); a single word is never
    // split, so the joined key only ever answers a one-word spelling
    if (key.includes(" ")) addKey(key.replace(/ /g, ""), place);
  };
  const countries = data.countries as Record<string, string>;
  for (const [code, name] of Object.entries(countries))
    add(name, { kind: "country", name, country: code, region: null });
  add("USA", { kind: "country", name: countries.US, country: "US", region: null });
  add("UAE", { kind: "country", name: countries.AE, country: "AE", region: null });
  add("UK", { kind: "country", name: countries.GB, country: "GB", region: null });
  // written with full stops ("Dubai, U.A.E", "Houston, U.S.A."): the letters apart are their own key
  add("U.S.A", { kind: "country", name: countries.US, country: "US", region: null });
  add("U.A.E", { kind: "country", name: countries.AE, country: "AE", region: null });
  add("U.K", { kind: "country", name: countries.GB, country: "GB", region: null });
  for (const [name, code] of data.regions as [string, string][])
    add(name, { kind: "region", name, country: code, region: null });
  for (const [name, code, region, minor] of data.cities as [string, string, string, 1?][])
    add(name, {
      kind: "city",
      name,
      country: code,
      region: region || null,
      ...(minor ? { minor: true } : {}),
    });
  // either spelling may be the gazetteer's ("Mysore" is, "Mysuru" is not): both name the city it has
  const cityOf = (name: string, code: string) =>
    map.get(fold(name))?.find((p) => p.kind === "city" && p.country === code);
  for (const [alias, name, code] of REGION_ALIASES) {
    const region = map.get(fold(name))?.find((p) => p.kind === "region" && p.country === code);
    if (region) add(alias, region);
  }
  for (const [alias, name, code] of ALIASES) {
    const city = cityOf(name, code) ??
      cityOf(alias, code) ?? { kind: "city", name, country: code, region: null };
    add(alias, city);
    add(name, city);
  }
  byName = map;
  return map;
}

export function countryNameOf(code: string): string | null {
  return (data.countries as Record<string, string>)[code] ?? null;
}

/**
 * Everything a name may stand for, the most specific kind first (a region over a city of the same name);
 * towns of fewer than 50,000 people only when asked for (where an address is being read).
 */
export function placesNamed(name: string, towns = false): Place[] {
  const places = index().get(fold(name)) ?? [];
  return towns ? places : places.filter((place) => !place.minor);
}

export function isEverydayWord(name: string): boolean {
  return EVERYDAY.has(fold(name));
}

export interface PlaceMention {
  place: Place;
  /** the words as they appear */
  text: string;
  index: number;
}

/**
 * Places named in a text, longest word runs first ("New Delhi" before "Delhi"), capitalised words only.
 * Everyday words ("Mobile", "Reading") count only when a region or country of the same country follows.
 */
type Found = PlaceMention & { city?: Place };

export function findPlaces(text: string, towns = false): PlaceMention[] {
  const words = [...text.matchAll(/\p{Lu}[\p{L}'’.-]*|\p{Lu}{2,}/gu)];
  const found: Found[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let take = Math.min(4, words.length - i); take >= 1; take--) {
      const first = words[i];
      const last = words[i + take - 1];
      const from = first.index ?? 0;
      const to = (last.index ?? 0) + last[0].length;
      const span = text.slice(from, to);
      // the words of a run must be neighbours: only spaces or hyphens between them
      if (
        take > 1 &&
        /[^\s-]/.test(
          text.slice((first.index ?? 0) + first[0].length, last.index ?? 0).replace(/\p{L}+/gu, ""),
        )
      )
        continue;
      // "Delhi-110067": a postcode joined by a hyphen is not part of the name
      const name = span.replace(/[.-]+$/, "");
      const places = placesNamed(name, towns);
      if (places.length === 0) continue;
      found.push({ place: places[0], text: name, index: from, city: places.find((p) => p.kind === "city") });
      i += take - 1;
      break;
    }
  }
  const kept = found.map((mention, k) => {
    // a one-word region ("Michael", a parish of the Isle of Man) is a region only in a place list:
    // after or before a comma, or before its country; a city of the same name ("Delhi") stays a city
    if (mention.place.kind === "region" && !/\s/.test(mention.text)) {
      const before = text.slice(0, mention.index);
      const after = text.slice(mention.index + mention.text.length);
      const next = found[k + 1];
      // or alone on an address line: "Palakkad / Kerala - 678553"
      const listed =
        /,\s*$/.test(before) ||
        // "Dist.- Sundergarh, State- Odisha."
        /\b(?:state|province)\s*[-:–]?\s*$/i.test(before) ||
        /^\s*,/.test(after) ||
        (/(?:^|\n)[ \t]*$/.test(before) && /^[ \t]*(?:[-–.]?[ \t]*\d{5,6}\b|\.?[ \t]*(?:\n|$))/.test(after));
      if (!listed && !(next?.place.kind === "country" && next.place.country === mention.place.country))
        return mention.city ? { ...mention, place: mention.city } : null;
    }
    if (!isEverydayWord(mention.text)) return mention;
    const next = found[k + 1];
    return next !== undefined && next.place.kind !== "city" && next.place.country === mention.place.country
      ? mention
      : null;
  });
  return kept
    .filter((mention): mention is Found => mention !== null)
    .map(({ place, text, index }) => ({ place, text, index }));
}
