// Skill suggestions for what a user has typed: canonical names and aliases that start with it first,
// then those that contain it, each skill once, by its canonical name.
import { allSkills } from "./index.ts";

export interface SkillSuggestion {
  name: string;
  category: string;
}

export function suggestSkills(typed: string, limit: number): SkillSuggestion[] {
  const needle = typed.trim().toLowerCase();
  const starts: SkillSuggestion[] = [];
  const contains: SkillSuggestion[] = [];
  for (const skill of allSkills()) {
    const forms = [skill.name, ...skill.aliases].map((form) => form.toLowerCase());
    const entry = { name: skill.name, category: skill.category };
    if (forms.some((form) => form.startsWith(needle))) starts.push(entry);
    else if (forms.some((form) => form.includes(needle))) contains.push(entry);
  }
  const byLength = (a: SkillSuggestion, b: SkillSuggestion) => a.name.length - b.name.length;
  return [...starts.sort(byLength), ...contains.sort(byLength)].slice(0, limit);
}
