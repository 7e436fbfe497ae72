// Countries (in the seven CV languages) and major cities, to recognise locations and the CV's phone region.
// The world's regions and cities come from the gazetteer; the lists here add other languages' names.
import { countryNameOf, findPlaces, isEverydayWord, placesNamed } from "./gazetteer.ts";
import { escapeRegExp } from "./regexText.ts";

/** The English name of a country code ("IN" -> "India"). */
export function countryName(code: string): string | null {
  return countryNameOf(code);
}

// biome-ignore format: one country per line reads better than one name per line
const COUNTRIES: [string, string[]][] = [
  ["DE", ["germany", "deutschland", "allemagne", "alemania", "alemanha", "germania", "duitsland"]],
  ["AT", ["austria", "österreich", "autriche", "oostenrijk"]],
  ["CH", ["switzerland", "schweiz", "suisse", "suiza", "suíça", "svizzera", "zwitserland"]],
  ["FR", ["france", "frankreich", "francia", "frança", "frankrijk"]],
  ["BE", ["belgium", "belgien", "belgique", "bélgica", "belgio", "belgië"]],
  ["NL", ["netherlands", "the netherlands", "niederlande", "pays-bas", "países bajos", "holanda", "paesi bassi", "nederland"]],
  ["ES", ["spain", "spanien", "espagne", "españa", "espanha", "spagna", "spanje"]],
  ["PT", ["portugal", "portogallo"]],
  ["IT", ["italy", "italien", "italie", "italia", "itália", "italië"]],
  ["GB", ["united kingdom", "uk", "england", "scotland", "wales", "great britain", "royaume-uni", "reino unido", "regno unito", "vereinigtes königreich", "verenigd koninkrijk"]],
  ["IE", ["ireland", "irland", "irlande", "irlanda", "ierland"]],
  ["US", ["united states", "usa", "u.s.", "united states of america", "vereinigte staaten", "états-unis", "estados unidos", "stati uniti", "verenigde staten"]],
  ["CA", ["canada", "kanada", "canadá"]],
  ["BR", ["brazil", "brasil", "brasilien", "brésil", "brasile", "brazilië"]],
  ["MX", ["mexico", "méxico", "mexique", "messico", "mexiko"]],
  ["AR", ["argentina", "argentinien", "argentine"]],
  ["IN", ["india", "indien", "inde", "índia"]],
  ["PL", ["poland", "polen", "pologne", "polonia", "polônia"]],
  ["SE", ["sweden", "schweden", "suède", "suecia", "svezia", "zweden"]],
  ["DK", ["denmark", "dänemark", "danemark", "dinamarca", "danimarca", "denemarken"]],
  ["NO", ["norway", "norwegen", "norvège", "noruega", "norvegia", "noorwegen"]],
  ["FI", ["finland", "finnland", "finlande", "finlandia"]],
  ["LU", ["luxembourg", "luxemburg", "luxemburgo", "lussemburgo"]],
  ["AU", ["australia", "australien", "australie"]],
  ["SG", ["singapore", "singapur", "singapour"]],
  ["CN", ["china", "chine", "cina"]],
  ["JP", ["japan", "japon", "japón", "japão", "giappone"]],
];

// biome-ignore format: compact list of cities by country
const CITIES: [string, string[]][] = [
  ["DE", ["berlin", "munich", "münchen", "hamburg", "frankfurt", "köln", "cologne", "stuttgart", "düsseldorf", "leipzig", "dresden", "hannover", "nürnberg", "bonn", "karlsruhe", "mannheim", "essen", "dortmund", "bremen"]],
  ["AT", ["vienna", "wien", "graz", "linz", "salzburg"]],
  ["CH", ["zurich", "zürich", "geneva", "genève", "genf", "basel", "bern", "lausanne"]],
  ["FR", ["paris", "lyon", "marseille", "toulouse", "bordeaux", "lille", "nantes", "nice", "strasbourg", "montpellier", "rennes", "grenoble"]],
  ["BE", ["brussels", "bruxelles", "brussel", "antwerp", "antwerpen", "ghent", "gent", "liège"]],
  ["NL", ["amsterdam", "rotterdam", "utrecht", "eindhoven", "den haag", "the hague", "delft", "groningen", "leiden"]],
  ["ES", ["madrid", "barcelona", "valencia", "sevilla", "seville", "bilbao", "málaga", "malaga", "zaragoza"]],
  ["PT", ["lisbon", "lisboa", "porto", "braga", "coimbra"]],
  ["IT", ["rome", "roma", "milan", "milano", "turin", "torino", "naples", "napoli", "bologna", "florence", "firenze", "genova", "padova"]],
  ["GB", ["london", "manchester", "edinburgh", "birmingham", "bristol", "glasgow", "leeds", "cambridge", "oxford"]],
  ["IE", ["dublin", "cork"]],
  ["US", ["new york", "san francisco", "seattle", "boston", "chicago", "austin", "los angeles", "denver", "atlanta", "portland"]],
  ["CA", ["toronto", "vancouver", "montreal", "montréal", "ottawa"]],
  ["BR", ["são paulo", "sao paulo", "rio de janeiro", "belo horizonte", "brasília", "curitiba", "porto alegre", "recife"]],
  ["IN", ["bangalore", "bengaluru", "mumbai", "delhi", "new delhi", "hyderabad", "chennai", "pune", "kolkata", "gurgaon", "noida"]],
  ["MX", ["mexico city", "ciudad de méxico", "guadalajara", "monterrey"]],
  ["AR", ["buenos aires", "córdoba"]],
  ["PL", ["warsaw", "warszawa", "kraków", "krakow", "wrocław"]],
];

export const US_STATE_CODES = new Set(
  "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split(
    " ",
  ),
);

const COUNTRY_BY_NAME = new Map<string, string>();
for (const [code, names] of COUNTRIES) for (const name of names) COUNTRY_BY_NAME.set(name, code);
const COUNTRY_BY_CITY = new Map<string, string>();
for (const [code, names] of CITIES) for (const name of names) COUNTRY_BY_CITY.set(name, code);

const PLACE_PATTERN = new RegExp(
  `(?<![\\p{L}])(${[...COUNTRY_BY_NAME.keys(), ...COUNTRY_BY_CITY.keys()]
    .filter((name) => name.length > 2)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?![\\p{L}])`,
  "iu",
);

export function countryOfPlace(name: string): string | null {
  const key = name.trim().toLowerCase();
  const known = COUNTRY_BY_NAME.get(key) ?? COUNTRY_BY_CITY.get(key);
  if (known) return known;
  if (isEverydayWord(key)) return null;
  return placesNamed(name.trim())[0]?.country ?? null;
}

/** The country a piece of text names, through a country or a major city. */
export function findCountry(text: string): string | null {
  const match = PLACE_PATTERN.exec(text);
  if (match) return countryOfPlace(match[1]);
  return findPlaces(text)[0]?.place.country ?? null;
}

/** True when a short text reads as a place: "Berlin", "Paris, France", "Austin, TX", "Remote". */
export function looksLikeLocation(text: string): boolean {
  const trimmed = text.trim().replace(/[()]/g, "");
  if (trimmed.length === 0 || trimmed.length > 60 || /@|\d{4}\s*[-–]\s*\d{4}/.test(trimmed)) return false;
  if (/^(remote|hybrid|remoto|télétravail|home ?office)$/i.test(trimmed)) return true;
  // anonymised CVs keep the template's place fields: "City , State", "City, Country"
  if (/^city\s*,\s*(state|country)$/i.test(trimmed)) return true;
  // Postcodes ("28013 Madrid", "75001 Paris") do not change what place a part names.
  const parts = trimmed
    .split(/\s*[,/|·]\s*/)
    .map((part) => part.replace(/^(?:[A-Z]{1,2}-)?\d{4,5}\s+|\s+\d{4,5}$/, ""));
  if (parts.some((part) => countryOfPlace(part) !== null)) return true;
  // "Tamil Nadu-INDIA", "Dammam-Saudi Arabia": a place and its country joined by a dash without spaces
  const dashed = /^(\p{Lu}[\p{L}. ]{0,30}\p{L})[-–](\p{Lu}[\p{L} ]{1,30})$/u.exec(trimmed);
  if (dashed && countryOfPlace(dashed[1]) !== null && countryOfPlace(dashed[2]) !== null) return true;
  const last = parts[parts.length - 1];
  return parts.length === 2 && US_STATE_CODES.has(last) && /^\p{Lu}/u.test(parts[0]);
}

/** Region guessed from the document language, for phone numbers with no other clue. */
export const REGION_BY_LANGUAGE: Record<string, string> = {
  de: "DE",
  fr: "FR",
  es: "ES",
  pt: "BR",
  it: "IT",
  nl: "NL",
  en: "US",
};

/** The place in a location or address line: "Calle Mayor 15, 28013 Madrid" gives "Madrid". */
export function placeOf(text: string): string {
  const parts = text.split(/\s*,\s*/).map((part) =>
    part
      .replace(/^(?:[A-Z]{1,2}-)?\d{4,5}\s+|\s+\d{4,5}$/, "")
      .replace(/[\s:：–—-]+$/, "")
      .trim(),
  );
  // ("P.O Box : 2540, Dammam-": the box's label is no place, the dash joined the next line)
  const places = parts.filter(
    (part) => part !== "" && !/\d/.test(part) && !/^p\.?\s?o\.?\s*box\b/i.test(part),
  );
  return places.length > 0 ? places.join(", ") : text.trim();
}
