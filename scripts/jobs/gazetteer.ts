// `npm run build:job-gazetteer`: writes shared/matching/terms/gazetteer.generated.json, the lowercase names of
// knowledge areas and technologies a job ad may ask for, from ESCO v1.2.0 (knowledge entries of its skill
// collections and its skill groups) and O*NET 29.2 Technology Skills. Reads ../shared/reference/skills.
import { readFileSync, writeFileSync } from "node:fs";
import { termTokens } from "../../shared/matching/terms/_tokens.ts";
import { parseCsv, parseTsv } from "../taxonomy/csv.ts";

const REFERENCE = new URL("../../../shared/reference/skills/", import.meta.url);
const OUT = new URL("../../shared/matching/terms/gazetteer.generated.json", import.meta.url);
const MAX_WORDS = 4;

const read = (path: string) => readFileSync(new URL(path, REFERENCE), "utf8");
const phrases = new Set<string>();

function add(label: string): void {
  // "Ruby (computer programming)" → "ruby": the bracket only tells ESCO's senses apart
  const name = label.replace(/\s*\([^)]*\)\s*/g, " ").trim();
  const words = termTokens(name.toLowerCase()).map((t) => t.text);
  if (words.length === 0 || words.length > MAX_WORDS) return;
  if (words.length === 1 && words[0].length < 2) return;
  phrases.add(words.join(" "));
}

const collections = ["digital", "green", "research", "language", "digComp"];
for (const name of collections) {
  for (const row of parseCsv(read(`esco-v1.2.0/${name}SkillsCollection_en.csv`))) {
    if (row.skillType !== "knowledge") continue;
    add(row.preferredLabel);
    for (const alt of (row.altLabels ?? "").split(/\s*\|\s*|\n/)) if (alt) add(alt);
  }
}
for (const row of parseCsv(read("esco-v1.2.0/skillGroups_en.csv"))) add(row.preferredLabel);
for (const row of parseTsv(read("onet-29.2/technology_skills_unique.tsv"))) add(row.Example);

const sorted = [...phrases].sort();
writeFileSync(OUT, `${JSON.stringify({ maxWords: MAX_WORDS, phrases: sorted })}\n`);
console.log(`${sorted.length} phrases -> shared/matching/terms/gazetteer.generated.json`);
