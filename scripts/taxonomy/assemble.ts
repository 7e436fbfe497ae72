// Assembles the taxonomy: curated skills first, then the open data folded in, then a consistency check.
import { join } from "node:path";
import { compactKey, lookupKey } from "../../shared/taxonomy/tokens.ts";
import type { TaxonomySkill } from "../../shared/taxonomy/types.ts";
import { curatedSkills } from "./curated-line.ts";
import { escoSoftSkills } from "./curated-work.ts";
import { readEscoDigital, readEscoLanguages, readEscoTransversalLabels } from "./esco.ts";
import { readLinguistLanguages } from "./linguist.ts";
import { TaxonomyBuilder } from "./merge.ts";
import { readOnetTechnology } from "./onet.ts";
import { contextWords, distinctiveWords, excludedAliases, excludedNames } from "./review.ts";

/** curated soft skills named after ESCO's transversal skills cite ESCO and accept its label as a spelling */
export function linkEscoSoftSkills(skills: TaxonomySkill[], escoLabels: ReadonlySet<string>): void {
  const byName = new Map(skills.map((s) => [s.name, s]));
  for (const [label, name] of Object.entries(escoSoftSkills)) {
    const skill = byName.get(name);
    if (!skill) throw new Error(`ESCO soft skill "${label}" maps to unknown ${name}`);
    if (!escoLabels.has(label)) throw new Error(`"${label}" is not an ESCO transversal skill`);
    if (!skill.sources.includes("esco")) skill.sources.unshift("esco");
    if (!skill.aliases.includes(label)) skill.aliases.push(label);
  }
}

export function buildTaxonomy(referenceDir: string): TaxonomySkill[] {
  const escoDir = join(referenceDir, "esco-v1.2.0");
  const curated = curatedSkills();
  linkEscoSoftSkills(curated, readEscoTransversalLabels(escoDir));
  const builder = new TaxonomyBuilder(distinctiveWords, contextWords);
  for (const skill of curated) builder.addCurated(skill);
  if (builder.problems.length > 0) throw new Error(`curated lists clash:\n${builder.problems.join("\n")}`);
  const fromSources = [
    ...readLinguistLanguages(join(referenceDir, "github-linguist")),
    ...readEscoDigital(escoDir),
    ...readEscoLanguages(escoDir),
    ...readOnetTechnology(join(referenceDir, "onet-29.2")),
  ];
  for (const entry of fromSources) {
    if (excludedNames.has(entry.name)) continue;
    builder.addSource({ ...entry, aliases: entry.aliases.filter((alias) => !excludedAliases.has(alias)) });
  }
  const skills = builder.result();
  // a language name is also a nationality ("a German bank"): the matcher wants a proficiency nearby
  for (const skill of skills) if (skill.category === "language") builder.markAmbiguous(skill, skill.name);
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
