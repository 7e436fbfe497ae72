// npm run build:occupations: the job-title → occupation gazetteer used by matching, from O*NET 29.2 (Occupation
// Data, Alternate Titles, Sample of Reported Titles; CC BY 4.0) in ../shared/reference. Writes
// shared/matching/occupations.generated.json: occupation codes and titles, and every normalised title with the
// occupations it names.
import { readFileSync, writeFileSync } from "node:fs";
import { normalizeTitle } from "../../shared/matching/_titleKey.ts";
import { titleStems } from "../../shared/matching/titleWords.ts";

const dir = new URL("../../../shared/reference/skills/onet-29.2/", import.meta.url).pathname;
const rows = (file: string) =>
  readFileSync(dir + file, "utf8")
    .split("\n")
    .slice(1)
    .filter((line) => line.trim() !== "")
    .map((line) => line.split("\t"));

const occupations: [string, string][] = [];
const indexOf = new Map<string, number>();
for (const [code, title] of rows("Occupation Data.txt")) {
  indexOf.set(code, occupations.length);
  occupations.push([code, title]);
}

const titles = new Map<string, Set<number>>();
function add(title: string, code: string) {
  const index = indexOf.get(code);
  if (index === undefined) return;
  // "CEO (Chief Executive Officer)": both the short and the long form name the occupation
  const forms = [title.replace(/\([^)]*\)/g, " "), ...[...title.matchAll(/\(([^)]*)\)/g)].map((m) => m[1])];
  for (const form of forms) {
    const key = normalizeTitle(form);
    if (key === "" || key.split(" ").length > 6) continue;
    const set = titles.get(key) ?? new Set<number>();
    set.add(index);
    titles.set(key, set);
  }
}
for (const [code, title] of occupations) add(title, code);
// O*NET titles are plural ("Chefs and Head Cooks"); the alternate and reported titles are singular.
for (const [code, , alternate, short] of rows("Alternate Titles.txt")) {
  add(alternate, code);
  if (short) add(short, code);
}
for (const [code, , reported] of rows("Sample of Reported Titles.txt")) add(reported, code);

// A title naming very many occupations says almost nothing ("Manager", "Operator"): left out.
const out: Record<string, number[]> = {};
for (const [key, set] of [...titles].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (set.size <= 40) out[key] = [...set].sort((a, b) => a - b);
}
const target = new URL("../../shared/matching/occupations.generated.json", import.meta.url);
writeFileSync(
  target,
  JSON.stringify({
    source: "O*NET 29.2 Occupation Data, Alternate Titles, Sample of Reported Titles (USDOL/ETA), CC BY 4.0",
    occupations,
    titles: out,
  }),
);
console.log(`${occupations.length} occupations, ${Object.keys(out).length} titles → ${target.pathname}`);

// How many of those titles hold each word stem (stems held by one title only are left out: they count as rare),
// so matching a job title by its words weighs "sous" and "chef" above "specialist" and "manager".
const df = new Map<string, number>();
for (const key of titles.keys()) for (const stem of titleStems(key)) df.set(stem, (df.get(stem) ?? 0) + 1);
const kept = [...df].filter(([, n]) => n >= 2).sort((a, b) => (a[0] < b[0] ? -1 : 1));
const wordsTarget = new URL("../../shared/matching/titleWords.generated.json", import.meta.url);
writeFileSync(
  wordsTarget,
  JSON.stringify({
    source: "O*NET 29.2 Occupation Data, Alternate Titles, Sample of Reported Titles (USDOL/ETA), CC BY 4.0",
    titles: titles.size,
    stems: Object.fromEntries(kept),
  }),
);
console.log(`${kept.length} title word stems → ${wordsTarget.pathname}`);
