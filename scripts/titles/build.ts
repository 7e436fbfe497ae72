// Builds shared/analysis/titleHeads.generated.json: the words job titles end with ("Designer", "Accountant"),
// with how many O*NET titles end with each, and the words that qualify a title before its head ("Civil",
// "Operations", "Physics"), from O*NET 29.2's alternate and reported titles (CC BY 4.0,
// U.S. Department of Labor, Employment and Training Administration). Run: tsx scripts/titles/build.ts
import { readFileSync, writeFileSync } from "node:fs";

const ONET = new URL("../../../shared/reference/skills/onet-29.2/", import.meta.url);
const OUT = new URL("../../shared/analysis/titleHeads.generated.json", import.meta.url);
/** Words that end some titles but are ordinary words or common surnames in a CV's header. */
// biome-ignore format: compact word list
const NOT_HEADS = new Set([
  "man", "hand", "member", "person", "counter", "header", "drawer", "anchor", "boiler", "heater", "separator",
  "router", "starter", "receiver", "stretcher", "caser", "filler", "layer", "carrier", "runner", "feeder",
  "baker", "cooper", "fisher", "miller", "mason", "porter", "hunter", "weaver", "carter", "turner", "walker",
  "taylor", "tailor", "smith", "barber", "butler", "cook", "farmer", "gardner", "gardener", "glazier", "sawyer",
  "shepherd", "slater", "thatcher", "tanner", "painter", "dyer", "fowler", "chandler", "collier", "marshall",
  "sheriff", "knight", "bishop", "dean", "steward", "ward", "page", "archer", "bowman", "wheeler", "keeper",
  "watchman", "hostess", "maid", "girl", "boy", "up", "out", "in", "on", "off", "and", "of", "the", "general",
  "i", "ii", "iii", "iv", "v", "a", "b", "c", "1", "2", "3",
]);

function titles(file: string, column: number): string[] {
  return readFileSync(new URL(file, ONET), "utf8")
    .split("\n")
    .slice(1)
    .map((line) => line.split("\t")[column] ?? "")
    .filter(Boolean);
}

const counts = new Map<string, number>();
const qualifiers = new Map<string, number>();
for (const title of [...titles("Alternate Titles.txt", 2), ...titles("Sample of Reported Titles.txt", 2)]) {
  const words = title
    .replace(/\([^)]*\)/g, " ")
    .replace(/,.*$/, "")
    .toLowerCase()
    .split(/[\s/]+/)
    .filter((w) => /^[a-z][a-z-]+$/.test(w));
  const head = words[words.length - 1];
  if (head && !NOT_HEADS.has(head)) counts.set(head, (counts.get(head) ?? 0) + 1);
  for (const word of new Set(words.slice(0, -1))) qualifiers.set(word, (qualifiers.get(word) ?? 0) + 1);
}
const heads = Object.fromEntries(
  [...counts].filter(([, n]) => n >= 4).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
);
// words two titles or more qualify their head with, one string (a list of 5k words is half the size so)
const qualifying = [...qualifiers]
  .filter(([, n]) => n >= 2)
  .map(([word]) => word)
  .sort()
  .join(" ");
writeFileSync(
  OUT,
  `${JSON.stringify({ source: "O*NET 29.2 Alternate Titles and Sample of Reported Titles, CC BY 4.0", heads, qualifiers: qualifying })}\n`,
);
console.log(
  `${Object.keys(heads).length} title head words, ${qualifying.split(" ").length} qualifying words -> shared/analysis/titleHeads.generated.json`,
);
