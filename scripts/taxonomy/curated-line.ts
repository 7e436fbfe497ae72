// Reads the curated lists' line syntax into skills: "Name | alias, alias > Implied" with "~" marking
// forms that are also everyday words.
import type { TaxonomySkill } from "../../shared/taxonomy/types.ts";
import { curatedTech } from "./curated.ts";
import { curatedPlatforms } from "./curated-platforms.ts";
import { curatedPractice } from "./curated-practice.ts";
import { curatedProfessions } from "./curated-professions.ts";
import { curatedTrades } from "./curated-trades.ts";
import { curatedWork } from "./curated-work.ts";

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

/** every curated skill, in list order */
export function curatedSkills(): TaxonomySkill[] {
  const skills: TaxonomySkill[] = [];
  for (const lists of [
    curatedTech,
    curatedPractice,
    curatedPlatforms,
    curatedWork,
    curatedProfessions,
    curatedTrades,
  ]) {
    for (const [category, lines] of Object.entries(lists)) {
      for (const line of lines) skills.push(parseCuratedLine(line, category));
    }
  }
  return skills;
}
