// Builds shared/taxonomy/skills.json from the curated lists and the open data in ../shared/reference/skills.
// Run: npx tsx scripts/taxonomy/build.ts — the output is deterministic (sorted, no dates).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compactKey, lookupKey } from "../../shared/taxonomy/tokens.ts";
import type { TaxonomyData, TaxonomySkill } from "../../shared/taxonomy/types.ts";
import { curatedTech } from "./curated.ts";
import { curatedWork } from "./curated-work.ts";
import { taxonomySources } from "./sources.ts";

/** parse one curated line: "Name | alias, alias > Implied, Implied" with "~" marking everyday-word forms */
export function parseCuratedLine(line: string, category: string): TaxonomySkill {
  const [head, implied = ""] = line.split(">");
  const [rawName, rawAliases = ""] = head.split("|");
  const split = (s: string) =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean);
  const ambiguous: string[] = [];
  const bare = (form: string) => {
    if (!form.startsWith("~")) return form;
    ambiguous.push(form.slice(1));
    return form.slice(1);
  };
  const name = bare(rawName.trim());
  const aliases = split(rawAliases)
    .map(bare)
    .filter((a) => a !== name);
  const skill: TaxonomySkill = {
    name,
    category,
    aliases: [...new Set(aliases)],
    implies: split(implied),
    sources: ["curated"],
  };
  if (ambiguous.length > 0) skill.ambiguous = [...new Set(ambiguous)];
  return skill;
}

function curatedSkills(): TaxonomySkill[] {
  const skills: TaxonomySkill[] = [];
  for (const lists of [curatedTech, curatedWork]) {
    for (const [category, lines] of Object.entries(lists)) {
      for (const line of lines) skills.push(parseCuratedLine(line, category));
    }
  }
  return skills;
}

/** refuse a taxonomy where one spelling means two skills or an implied skill does not exist */
export function checkTaxonomy(skills: TaxonomySkill[]): string[] {
  const problems: string[] = [];
  const owner = new Map<string, { name: string; form: string; ambiguous: boolean }>();
  const names = new Set(skills.map((s) => s.name));
  for (const skill of skills) {
    for (const form of [skill.name, ...skill.aliases]) {
      const ambiguous = skill.ambiguous?.includes(form) ?? false;
      for (const key of new Set([lookupKey(form), compactKey(form)])) {
        const other = owner.get(key);
        if (!other) owner.set(key, { name: skill.name, form, ambiguous });
        // two everyday-word forms told apart by casing ("SWIFT" the network, "Swift" the language) may share a key
        else if (other.name !== skill.name && !(ambiguous && other.ambiguous && other.form !== form))
          problems.push(`"${form}" (${key}) is both ${other.name} and ${skill.name}`);
      }
    }
    for (const implied of skill.implies) {
      if (!names.has(implied)) problems.push(`${skill.name} implies unknown ${implied}`);
    }
  }
  return problems;
}

function main(): void {
  const skills = curatedSkills();
  const seen = new Set<string>();
  for (const s of skills) {
    if (seen.has(s.name)) throw new Error(`duplicate skill ${s.name}`);
    seen.add(s.name);
  }
  skills.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const problems = checkTaxonomy(skills);
  if (problems.length > 0) throw new Error(`taxonomy problems:\n${problems.join("\n")}`);
  const data: TaxonomyData = { version: 1, sources: taxonomySources, skills };
  const out = fileURLToPath(new URL("../../shared/taxonomy/skills.json", import.meta.url));
  writeFileSync(out, `${JSON.stringify(data)}\n`);
  console.log(`wrote ${skills.length} skills to ${out}`);
}

main();
