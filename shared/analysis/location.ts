// Where the candidate lives: a "residing in" phrase, an address label, the header's contact lines, the
// signature's "Place:", the permanent address last; a town beats a bare region or country from an earlier one.
import { findPlaces, placesNamed } from "./gazetteer.ts";
import { headingKind } from "./headings.ts";
import { countryName, looksLikeLocation, placeOf, US_STATE_CODES } from "./places.ts";
import { escapeRegExp } from "./regexText.ts";
import type { Confident } from "./types.ts";

export interface LocationInput {
  headerLines: string[];
  allLines: string[];
  /** text of sections that name others' places (employers, referees): their labelled addresses are not the candidate's */
  othersText?: string;
}

interface Found {
  value: string;
  /** a town or city names where the candidate lives; a region or country only roughly */
  town: boolean;
  /** 2 a town, 1 a region, 0 a country */
  level?: number;
}

const ADDRESS_LABEL =
  /^\s*(?:[•●▪■◦○·*‣⁃–—-]\s*)?(?:(?:present|permanent|current|postal|residential|home|correspondence|communication|contact|mailing)\s+|(?!(?:office|company|employer|work|business|email|e-mail|mail|web|ip|mac|site|project|billing)\b)\p{L}+\s+(?=address))?(?:address|addr\.?|add\.?|location|residence|city|hometown|home town|lives in|based in|adresse|anschrift|wohnort|dirección|domicilio|endereço|morada|indirizzo|residenza|adres|woonplaats|ort)\b[^:：\n]{0,20}[:：-]?\s*(.*)$/iu;
const NOT_HOME = /\b(?:birth|born|native place|place of issue|issued at|passport)\b/i;
// "Currently residing in Dubai", "living at Pune": a person's own statement of where they live
const RESIDING = /\b(?:residing|living|staying|resident)\s+(?:in|at)\s+(.+)$/i;
// a place name followed by one of these is a street or a quarter named after it: "Anand Street", "Alwar Rd"
const STREET_AFTER =
  /^[\s.]*(?:st\b|street|road|rd\b|lane|ln\b|marg|nagar|colony|avenue|ave\b|blvd|boulevard|cross|main road|layout|extension|bazar|bazaar|chowk|gali)/i;
// "Dist. – Paschim Medinipur", "dist Muzaffarpur": Indian addresses name the district
const DISTRICT =
  /\b(?:[Dd]ist|DIST)(?:rict|t|RICT|T)?\b[\s.:\-–—]*(?!P[Ii][Nn]\b|P\.?O\b|Post\b|POST\b)(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)/u;
// "Sivagangai(dt).", "Madurai (DT)", "Kurnool (Dist)": the district named before its abbreviation
const DISTRICT_BEFORE =
  /(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\s*\(\s*(?:[Dd][Tt]|DIST|[Dd]ist|DISTT|[Dd]istt|DISTRICT|[Dd]istrict)\.?\s*\)/u;
// "Kasargod 671313", "Marai malai nagar-603209": the town a postcode line ends with
const TOWN_AND_POSTCODE =
  /^\s*(?:[•●▪■◦○·*‣⁃–—-]\s*)?(\p{Lu}\p{L}+(?:\s\p{L}+){0,2})\s*[-,]?\s*\d{5,6}\s*[.,]?\s*$/u;
// "PIN: 689581", "Pin-231225": a postcode alone on its line, under its town
const POSTCODE_ONLY =
  /^\s*(?:pin(?:\s*code)?|postal\s*code|zip(?:\s*code)?)\s*[:.\-–]?\s*\d{5,6}\s*[.,]?\s*$/i;
// "Gandhi Road", "Anna Nagar": a street or a quarter, not the town
const STREET_WORD =
  /\b(?:st|street|road|rd|lane|marg|nagar|colony|avenue|layout|extension|bazaa?r|chowk|gali|sector|block|phase)\b/i;
// "... GHAZIABAD - 201012": a line's last word before a postcode
const LAST_BEFORE_POSTCODE = /((?:\p{Lu}\p{L}+\s){0,2}\p{Lu}\p{L}+)\s*[-–,]?\s*\d{6}\s*[.,]?\s*$/u;
// "P.O. Box 74, / MALAVA.": a lone name on the line after a post-office box
const PO_BOX = /\b(?:p\.?\s?o\.?\s*box|postal code|post box)\b/i;
// "Postal Code 112 Ruwi", "P.O. Box 74, Malava"
const BOX_THEN_TOWN =
  /\b(?:[Pp]ostal [Cc]ode|[Pp]\.?\s?[Oo]\.?\s*[Bb](?:ox|OX)|PO BOX)\s*[:#]?\s*\d{2,6}\s*,?\s+(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\.?\s*$/u;

// "Mobile India: +91 ...", "Phone (UAE): ...": a country that says whose number follows, not where one lives
const PHONE_LABEL =
  /^(?:mobile|mob|cell|phone|ph|tel|telephone|contact|whatsapp)\b[^:：]{0,25}[:：]\s*[+(\d]/i;

/** "City, Region, Country" for the most specific place named in the lines; null when none is. */
function placeInLines(lines: string[], labelled: boolean, homeCountry: string | null): Found | null {
  const text = lines.join("\n");
  const usState = /(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}),\s*([A-Z]{2})\b/u.exec(text);
  if (usState && US_STATE_CODES.has(usState[2])) return { value: `${usState[1]}, ${usState[2]}`, town: true };
  const mentions = findPlaces(text, true).filter(
    (m) => m.place.kind !== "city" || !STREET_AFTER.test(text.slice(m.index + m.text.length)),
  );
  const region = mentions.find((m) => m.place.kind === "region");
  const country = mentions.find((m) => m.place.kind === "country");
  const confirmed = (m: (typeof mentions)[number]) =>
    region?.place.country === m.place.country || country?.place.country === m.place.country;
  const cities = mentions.filter((m) => m.place.kind === "city");
  // an unconfirmed city outside an address label must lie in the country the CV's phones point to
  const plausible = (m: (typeof mentions)[number]) =>
    labelled || ((homeCountry === null || m.place.country === homeCountry) && !m.place.minor);
  // a city named beside its region or country is the surest; in an address the town comes before the
  // district and the state, so the first city; elsewhere only a lone one
  // ("Salt Lake, Kolkata": a minor town of the gazetteer that shares its name with a quarter gives way to a city)
  const major = cities.filter((m) => !m.place.minor);
  const sole = cities.length === 1 ? cities[0] : major.length === 1 ? major[0] : undefined;
  // ("Panposh Basti, ..., Rourkela -4, ... Odisha": a city of the region named wins over one elsewhere in its country)
  const inRegionNamed = region
    ? cities.find((m) => m.place.country === region.place.country && m.place.region === region.place.name)
    : undefined;
  const city =
    inRegionNamed ??
    cities.find(confirmed) ??
    (labelled
      ? (cities.find((m) => m.place.country === homeCountry) ??
        sole ??
        cities.find(() => homeCountry === null))
      : sole && plausible(sole)
        ? sole
        : undefined);
  // a town too small for the gazetteer stands just before its region: "Adoor, Kerala", "Palakkad\nKerala",
  // "Tiruchirapalli – 620010,\nTamilnadu" (its postcode between them)
  const town = region
    ? new RegExp(
        `(\\p{Lu}[\\p{L}.'-]*(?:[ \\t]\\p{Lu}[\\p{L}.'-]*){0,2})[ \\t]*(?:[-–—,]?[ \\t]*\\d{5,6}[ \\t]*)?(?:,\\s*|\\n[ \\t]*)${escapeRegExp(region.text)}`,
        "u",
      ).exec(text)
    : null;
  const district = DISTRICT.exec(text) ?? DISTRICT_BEFORE.exec(text);
  const districtName = district && !/^(?:and|with)$/i.test(district[1]) ? district[1] : null;
  // "Dist. Paschim Medinipur" names more than the city "Medinipur" inside it
  if (districtName && (!city || (districtName !== city.text && districtName.includes(city.text)))) {
    const known = findPlaces(districtName, true).find((m) => m.place.kind === "city");
    const inRegion = region?.place.name ?? known?.place.region;
    const inCountry = region?.place.country ?? known?.place.country ?? homeCountry ?? "";
    return { value: [districtName, inRegion, countryName(inCountry)].filter(Boolean).join(", "), town: true };
  }
  if (!city && town && findPlaces(town[1], true).length === 0)
    return {
      value: [town[1], region?.place.name, countryName(region?.place.country ?? "")]
        .filter(Boolean)
        .join(", "),
      town: true,
    };
  if (city) {
    // "greater Noida", "navi Mumbai": a lowercase word that makes a longer place name with the city
    const before = /(\p{L}+)[ \t]+$/u.exec(text.slice(0, city.index))?.[1];
    const longer = before ? placesNamed(`${before} ${city.text}`, true)[0] : undefined;
    const name = longer ? `${before} ${city.text}` : city.text;
    const regionName = region?.place.name ?? city.place.region;
    // "Dubai" lies in the emirate of Dubai: the name once is enough
    const inRegion = regionName === city.place.name ? null : regionName;
    const value = [name, inRegion, countryName(country?.place.country ?? city.place.country)]
      .filter(Boolean)
      .join(", ");
    return { value, town: true };
  }
  if (region) {
    // "Delhi" is a state and a city of the same name
    const alsoCity = placesNamed(region.text).some(
      (p) => p.kind === "city" && p.country === region.place.country,
    );
    const value = [region.text, countryName(region.place.country)].filter(Boolean).join(", ");
    return { value, town: alsoCity, level: alsoCity ? 2 : 1 };
  }
  return country ? { value: country.place.name, town: false, level: 0 } : null;
}

// A permanent address is the family home; the present one, the header's and the signature's place are where
// the candidate lives now, so a permanent address counts only when nothing else names a place.
const PERMANENT = /^\s*(?:[•●▪■◦○·*‣⁃–—-]\s*)?(?:\d{1,2}[.)]\s*)?(?:permanent|home town|hometown)\b/i;
// "Place: Delhi" above the signature of a declaration
const SIGNED_AT = /^\s*place\s*[:：]+\s*[-–]?\s*(.+)$/i;
// "Place : Signature", "Place : Date": the form's next label beside an empty place
const SIGNATURE_WORD = /^(?:signature|sign|signed|date|name|yours\s+\w+|candidate)$/i;

/**
 * Where the candidate lives, from the surest statement to the loosest; a statement naming only a region or
 * country gives way to a later one that names a town.
 */
export function findLocation(
  input: LocationInput,
  homeCountry: string | null,
  looksLikeName: (text: string) => boolean,
  /** the candidate's name as found, so that a quarter read as a name ("Salt Lake, Kolkata") is not taken for it */
  name: string | null = null,
): Confident<string> | null {
  const finders = [
    () => residing(input, homeCountry),
    () => labelledLocation(input, homeCountry, false),
    () => headerLocation(input, homeCountry, looksLikeName, name),
    () => besideName(input, name),
    () => signedAt(input, homeCountry, false, looksLikeName),
    () => labelledLocation(input, homeCountry, true),
    () => signedAt(input, homeCountry, true, looksLikeName),
  ];
  let rough: (Found & { confidence: number }) | null = null;
  for (const find of finders) {
    const found = find();
    if (found?.town) return { value: found.value, confidence: found.confidence };
    if (found && (rough === null || (found.level ?? 0) > (rough.level ?? 0))) rough = found;
  }
  return rough ? { value: rough.value, confidence: rough.confidence } : null;
}

// a bullet or an icon set before a place ("• Pune", "⌂ Pune", "📍 Pune", "🏠 Pune")
const LEADING_MARKS = /^(?:\s|[•●▪■◦○·*‣⁃–—-]|\p{So}|\uFE0F)+/u;

/**
 * A place on a line of its own in the name's block: "Jane Doe" / "Data Engineer at Acme" / "Pune, Maharashtra,
 * India", where a sidebar read first ("Contact", "Top Skills") left the header without it.
 */
function besideName(input: LocationInput, name: string | null): (Found & { confidence: number }) | null {
  if (name === null) return null;
  const own = name.toLowerCase();
  const at = input.allLines.slice(0, 60).findIndex((line) => line.trim().toLowerCase() === own);
  if (at < 0) return null;
  for (const line of input.allLines.slice(at + 1, at + 4)) {
    const candidate = line.replace(LEADING_MARKS, "").trim();
    if (candidate === "" || headingKind(candidate) !== null) break;
    // a place alone on its line, not a labelled address ("Permanent Address: ...", read by its label)
    if (!/[:：]/.test(candidate) && candidate.split(/\s+/).length <= 6 && looksLikeLocation(candidate)) {
      const place = placeOf(candidate);
      if (place) return { value: place, town: true, confidence: 0.7 };
    }
  }
  return null;
}

function residing(input: LocationInput, homeCountry: string | null): (Found & { confidence: number }) | null {
  for (const line of input.allLines.slice(0, 40)) {
    const stated = RESIDING.exec(line);
    const place = stated ? placeInLines([stated[1]], true, homeCountry) : null;
    if (place) return { ...place, confidence: 0.85 };
  }
  return null;
}

function signedAt(
  input: LocationInput,
  homeCountry: string | null,
  unknown: boolean,
  looksLikeName: (text: string) => boolean,
): (Found & { confidence: number }) | null {
  for (const line of input.allLines.slice(-40)) {
    const signed = SIGNED_AT.exec(line);
    if (!signed) continue;
    const named = signed[1]
      .split(/\t|\s{2,}/)[0]
      .replace(/[.,]+$/, "")
      .trim();
    const place = placeInLines([named], true, homeCountry);
    if (place) return { ...place, confidence: 0.7 };
    // "Place: Faizabad" names the town even when the gazetteer does not know it
    if (
      unknown &&
      /^\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+)?$/u.test(named) &&
      !looksLikeName(named) &&
      !SIGNATURE_WORD.test(named)
    )
      return { value: named, town: true, confidence: 0.6 };
  }
  return null;
}

function labelledLocation(
  input: LocationInput,
  homeCountry: string | null,
  permanent: boolean,
): (Found & { confidence: number }) | null {
  const all = input.allLines;
  const others = input.othersText ?? "";
  for (let i = 0; i < all.length; i++) {
    const labelled = ADDRESS_LABEL.exec(all[i]);
    // (what a cell beside the address says is no part of it: "Address: ... Pune 411001" | "Passport: Available")
    if (
      !labelled ||
      NOT_HOME.test(all[i].split(/\t|\s{3,}(?=\S+\s*[:：])/)[0]) ||
      PERMANENT.test(all[i]) !== permanent
    )
      continue;
    // "Location: Bengaluru" under a job is the employer's place
    if (all[i].trim().length > 0 && others.includes(all[i].trim())) continue;
    // an address runs on over the next lines until a blank line or another label; a column of other
    // labels beside it ("Anand Street   Telephone No : ...") does not end it
    const following = all.slice(i + 1, i + 5).map((line) => line.split(/\t|\s{3,}/)[0]);
    const stop = following.findIndex((line) => line.trim() === "" || /^[^:]{1,30}[:：]/.test(line));
    // "Location : Salem": a label's lone value is a place even where the name is an everyday word elsewhere
    const value = labelled[1].split(/\t|\s{3,}/)[0].trim();
    const named = /^\p{Lu}/u.test(value) ? cityOfHome(value, homeCountry, true) : null;
    if (named) return { value: named, town: true, confidence: 0.85 };
    const place = placeInLines(
      [labelled[1].split(/\t|\s{3,}(?=\S+\s*[:：])/)[0], ...following.slice(0, stop === -1 ? 4 : stop)],
      true,
      homeCountry,
    );
    if (place) return { ...place, confidence: permanent ? 0.6 : 0.85 };
  }
  return null;
}

/**
 * "Salem, Tamil Nadu, India": a name the gazetteer knows as a city of the CV's country (any, when unknown), with
 * its region and country; `towns` counts the gazetteer's minor towns too. Null when it knows none.
 */
function cityOfHome(name: string, homeCountry: string | null, towns = false): string | null {
  const city = placesNamed(name, towns).find(
    (p) => p.kind === "city" && (!homeCountry || p.country === homeCountry),
  );
  return city ? [name, city.region, countryName(city.country)].filter(Boolean).join(", ") : null;
}

function headerLocation(
  input: LocationInput,
  homeCountry: string | null,
  looksLikeName: (text: string) => boolean,
  name: string | null,
): (Found & { confidence: number }) | null {
  // a "Contact" heading over the address leaves no header: the document's first lines stand in for it
  const fallback = input.headerLines.length === 0;
  const lines = (fallback ? input.allLines : input.headerLines).slice(0, 15);
  for (const [i, line] of lines.entries()) {
    if (NOT_HOME.test(line)) continue;
    // without a header, only lines that read as a postal address
    if (fallback && !PO_BOX.test(line) && !PO_BOX.test(lines[i - 1] ?? "") && !/\b\d{5,6}\b/.test(line))
      continue;
    const addressLike = /,|\d{5,6}\b|\s-\s/.test(line) || line.trim().split(/\s+/).length <= 5;
    const opening = line.split(/\t|\s[|·•–—-]\s|,\s/)[0];
    // "THIRUVALLA" over "PIN: 689581": the town of a postal address that the gazetteer does not know
    const above = (lines[i - 1] ?? "").replace(/[.,]+$/, "").trim();
    if (
      POSTCODE_ONLY.test(line) &&
      /^\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?$/u.test(above) &&
      !looksLikeName(above) &&
      !STREET_WORD.test(above)
    )
      return { value: above, town: true, confidence: 0.6 };
    const named = looksLikeName(opening) && !quarterOfPlace(line, opening, name);
    // "AFZAL HUSSAIN GHAZIABAD - 201012": a name run into the town before its postcode, the longest known city
    const words = named ? (LAST_BEFORE_POSTCODE.exec(line)?.[1].split(" ") ?? []) : [];
    for (let k = 0; k < words.length; k++) {
      const city = cityOfHome(words.slice(k).join(" "), homeCountry);
      if (city) return { value: city, town: true, confidence: 0.6 };
    }
    if (!addressLike || named) continue;
    // "440, Kestrel Mohalla, Gorakhpur," over "Jabalpur, M.P. 482001": an address line ending in a comma runs on
    // to a last line that opens with the town before its state and postcode (a quarter may share a city's name)
    const next = lines[i + 1]?.trim() ?? "";
    if (/,\s*$/.test(line) && /\d{5,6}\b/.test(next) && !NOT_HOME.test(next)) {
      const town = next.split(",")[0].trim();
      const city = town !== next ? cityOfHome(town, homeCountry) : null;
      if (city) return { value: city, town: true, confidence: 0.75 };
    }
    for (const part of line.split(/\t|\s[|·•]\s|\s{2,}/)) {
      // "New DelhiE-Mail: ..." : a label run into the place
      const candidate = part
        .replace(LEADING_MARKS, "")
        .replace(/^(location|based in)\s*/i, "")
        .replace(/(?<=\p{Ll})(?:e-?mail|mobile|phone|tel)\b.*$/iu, "")
        // "Dubai, U.A.E POST APPLIED FOR : ...": the next field's label after the place, one space apart
        // ("P.O Box : 2540, Dammam": a number after the colon is the address's own)
        .replace(/\s+\p{L}[\p{L} ]{1,30}[:：](?!\s*\d).*$/u, "")
        .trim();
      if (candidate.includes("@") || /https?:|www\./i.test(candidate) || PHONE_LABEL.test(candidate))
        continue;
      const place = looksLikeLocation(candidate) ? placeOf(candidate) : null;
      const found = place ? { value: place, town: true } : placeInLines([candidate], false, homeCountry);
      if (found) return { ...found, confidence: 0.75 };
      const town = TOWN_AND_POSTCODE.exec(candidate)?.[1] ?? BOX_THEN_TOWN.exec(candidate)?.[1];
      const afterBox = i > 0 && PO_BOX.test(lines[i - 1]) && /^\p{Lu}[\p{L} ]+\.?$/u.test(candidate);
      if (town && !looksLikeName(town)) return { value: town, town: true, confidence: 0.6 };
      if (afterBox) return { value: candidate.replace(/\.$/, ""), town: true, confidence: 0.6 };
    }
  }
  return null;
}

/**
 * "Andheri East, Mumbai", "Salt Lake, Kolkata": two capitalised words that read as a name open the line, but a
 * name was found elsewhere and a city, region or country of the gazetteer follows them on the line.
 */
function quarterOfPlace(line: string, opening: string, name: string | null): boolean {
  if (name === null) return false;
  const own = name.toLowerCase();
  if (own.includes(opening.trim().toLowerCase()) || opening.toLowerCase().includes(own)) return false;
  // the place is the next part of the line, after a comma
  const next = /^\s*,\s*([^,\t]+)/.exec(line.slice(line.indexOf(opening) + opening.length))?.[1] ?? "";
  return placesNamed(next.replace(/[\s\d.-]+$/, "").trim(), true).some((place) => !place.minor);
}
