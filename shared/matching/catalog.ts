// The slice of the skills taxonomy that matching relies on, as an interface so tests can pin a small catalog.
import { findSkill, findSkillMentions, impliedSkills } from "../taxonomy/index.ts";
import type { SkillMention, TaxonomySkill } from "../taxonomy/types.ts";

export interface SkillCatalog {
  /** the skill for a canonical name or an alias, case-insensitive */
  findSkill(nameOrAlias: string): TaxonomySkill | undefined;
  /** canonical skill mentions in free text, in text order */
  findSkillMentions(text: string): SkillMention[];
  /** canonical names a skill implies, transitively (React → JavaScript) */
  impliedSkills(name: string): string[];
}

/** the project's skills taxonomy; the default wherever a catalog is optional */
export const taxonomyCatalog: SkillCatalog = { findSkill, findSkillMentions, impliedSkills };
