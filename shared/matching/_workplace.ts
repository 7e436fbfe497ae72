// Where a job is done: the location it names and whether it can be done fully remote.
// Hybrid counts as not remote (remote = false): the candidate must still come to the office.

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";

const NOT_REMOTE = new RegExp(
  `${B}(?:no|not|non|kein|nicht|sin) (?:fully |possible )?(?:remote|télétravail)${E}|remote (?:is )?not (?:possible|available|an option)`,
  "iu",
);
const HYBRID = new RegExp(
  `${B}(?:hybrid(?:e[snmr]?)?|híbrid[oa]|partially remote|partly remote|teilweise (?:remote|homeoffice)|home[\\s-]?office|télétravail|teletrabajo|\\d days? (?:a|per) week (?:in|at) the office)${E}`,
  "iu",
);
const FULLY_REMOTE = new RegExp(
  `${B}(?:(?:100\\s?%|full|fully|vollständig|komplett|totalmente) (?:remote|home[\\s-]?office|télétravail|remoto|teletrabajo)|remote(?:[\\s-]first|[\\s-]only)|work from anywhere)${E}`,
  "iu",
);
const REMOTE = new RegExp(
  `${B}(?:remote|remoto|en remoto|à distance|a distancia)${E}(?![\\s-]+(?:teams?|sensing|control|colleagues|access))`,
  "iu",
);
const ON_SITE = new RegExp(
  `${B}(?:on[\\s-]?site|in[\\s-]office|vor ort|présentiel|sur site|presencial)${E}`,
  "iu",
);

/** true for remote or remote-first, false for hybrid or on-site, null when the ad does not say */
export function remoteOf(text: string): boolean | null {
  if (NOT_REMOTE.test(text)) return false;
  if (FULLY_REMOTE.test(text)) return true;
  if (HYBRID.test(text)) return false;
  if (REMOTE.test(text)) return true;
  if (ON_SITE.test(text)) return false;
  return null;
}

// Capitalized words with the small joining words of place names: "New York", "Frankfurt am Main".
// Words are joined by single spaces only (hyphens stay inside a word), so there is one way to read a
// place and a failed match cannot backtrack through exponentially many splits.
const PLACE = "\\p{Lu}[\\p{L}'-]*(?: (?:(?:am|an der|im|upon|en|de|del|la|sur) )?\\p{Lu}[\\p{L}'-]*)*";
/** a phrase that also matches at the start of a sentence ("Based in") */
const anyCase = (phrase: string) => `[${phrase[0]}${phrase[0].toUpperCase()}]${phrase.slice(1)}`;
const LABELLED =
  /^[ \t\-*•]*(?:\*\*)?(?:job location|location|office|standort|arbeitsort|einsatzort|dienstort|lieu(?: de travail)?|localisation|ubicación|localización|lugar de trabajo)(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(.+)$/imu;
const BASED_IN = new RegExp(
  `${B}(?:${["based in", "located in", "offices? in", "mit Sitz in", "Standort in", "basée? à", "située? à", "basad[oa] en", "con sede en", "ubicad[oa] en", "presencial en", "on-?site in", "vor Ort in"].map(anyCase).join("|")})\\s+(${PLACE}(?:,\\s*${PLACE})?)`,
  "u",
);
const COUNTRIES =
  "Germany|Deutschland|Austria|Österreich|Switzerland|Schweiz|Suisse|France|Spain|España|Espagne|Italy|Netherlands|Belgium|Belgique|Ireland|Poland|Portugal|Sweden|Denmark|Norway|Finland|UK|United Kingdom|England|Scotland|USA|US|United States|Canada|Mexico|México|Argentina|Colombia|Chile|India|Australia|CA|NY|TX|WA|MA|IL|CO|GA|FL|OR|NC|VA|PA|NJ|DC";
const IN_CITY_COUNTRY = new RegExp(`${B}(?:in|à|en)\\s+(${PLACE},\\s*(?:${COUNTRIES}))${E}`, "u");
const REMOTE_ONLY = /^(?:remote|anywhere|worldwide|remoto|télétravail|100\s?% remote|fully remote)\b/i;

const PLACE_PREFIX = new RegExp(`^${PLACE}(?:,\\s*${PLACE})?`, "u");

/** the text without the characters of `chars` at its end */
function withoutTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

/** the place at the start of a labelled value: "Hamburg, 2 Tage Homeoffice" → "Hamburg" */
function cleanPlace(value: string): string | null {
  // No "\s*" around the separators and no "[...]+$": both retry from every character of a long run (quadratic).
  const segment = withoutTrailing(
    value.split(/\(|\||·|;| - | – | — | or | oder | ou | o |\//)[0].trimEnd(),
    "*_.,:",
  ).trim();
  if (segment.length === 0 || REMOTE_ONLY.test(segment)) return null;
  const place = PLACE_PREFIX.exec(segment)?.[0] ?? segment;
  return place.length > 60 ? null : place;
}

/** "Location: Berlin", "based in London", "in Munich, Germany"; null when the ad names no place */
export function locationOf(text: string): string | null {
  const labelled = LABELLED.exec(text);
  if (labelled) return cleanPlace(labelled[1]);
  const based = BASED_IN.exec(text) ?? IN_CITY_COUNTRY.exec(text);
  return based ? cleanPlace(based[1]) : null;
}
