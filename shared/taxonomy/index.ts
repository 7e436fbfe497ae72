// The skills taxonomy's lookup API: find a skill by name or alias, find skill mentions in text, and
// follow implies-relations. Pure: the data is a static import and indexes are built on first use.

import type { MentionIndex } from "./mentions.ts";
import { buildMentionIndex, findMentions } from "./mentions.ts";
import data from "./skills.json" with { type: "json" };
import { compactKey, initialismJoints, lookupKey } from "./tokens.ts";
import type { SkillMention, TaxonomyData, TaxonomySkill, TaxonomySource } from "./types.ts";

export type { SkillMention, TaxonomySkill, TaxonomySource } from "./types.ts";

const taxonomy = data as TaxonomyData;

let byKey: Map<string, TaxonomySkill> | undefined;
let mentionIndex: MentionIndex | undefined;
let nameIndex: Map<string, TaxonomySkill> | undefined;

function byName(): Map<string, TaxonomySkill> {
  nameIndex ??= new Map(taxonomy.skills.map((s) => [s.name, s]));
  return nameIndex;
}

/** lookupKey, with an initialism's joining symbol ("a p /"), so "A&P" does not find "A/P" */
function keyOf(form: string): string {
  const joints = initialismJoints(form);
  return joints === undefined ? lookupKey(form) : `${lookupKey(form)} ${joints}`;
}

/** a short initialism's compact key is its spaced key, which would ignore the symbol that tells it apart */
const compactKeyFits = (form: string) => initialismJoints(form) === undefined || compactKey(form).length >= 4;

function keyIndex(): Map<string, TaxonomySkill> {
  if (byKey) return byKey;
  const index = new Map<string, TaxonomySkill>();
  // canonical names first, then aliases, then run-together spellings: where two skills share a key
  // (only everyday words told apart by casing, "Swift" and "SWIFT"), the canonical name wins
  const add = (key: string, skill: TaxonomySkill) => {
    if (key && !index.has(key)) index.set(key, skill);
  };
  // exact spellings first: "SWIFT" is the payment network, "Swift" the language
  for (const skill of taxonomy.skills)
    for (const form of [skill.name, ...skill.aliases]) add(`=${form}`, skill);
  for (const skill of taxonomy.skills) add(keyOf(skill.name), skill);
  for (const skill of taxonomy.skills) for (const alias of skill.aliases) add(keyOf(alias), skill);
  for (const skill of taxonomy.skills) {
    for (const form of [skill.name, ...skill.aliases]) if (compactKeyFits(form)) add(compactKey(form), skill);
  }
  byKey = index;
  return index;
}

/** the skill named or aliased `nameOrAlias`, ignoring case, accents and joining punctuation */
export function findSkill(nameOrAlias: string): TaxonomySkill | undefined {
  const index = keyIndex();
  return (
    index.get(`=${nameOrAlias.trim()}`) ??
    index.get(keyOf(nameOrAlias)) ??
    (compactKeyFits(nameOrAlias) ? index.get(compactKey(nameOrAlias)) : undefined)
  );
}

/** every skill mention in `text`, in order of appearance, with character offsets */
export function findSkillMentions(text: string): SkillMention[] {
  mentionIndex ??= buildMentionIndex(taxonomy.skills);
  return findMentions(mentionIndex, text);
}

/** every skill `name` implies, directly or through others, nearest first, without the skill itself */
export function impliedSkills(name: string): string[] {
  const start = byName().get(name) ?? findSkill(name);
  if (!start) return [];
  const seen = new Set<string>([start.name]);
  const order: string[] = [];
  const queue = [...start.implies];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    order.push(next);
    const skill = byName().get(next);
    if (skill) queue.push(...skill.implies);
  }
  return order;
}

export function allSkills(): readonly TaxonomySkill[] {
  return taxonomy.skills;
}

/** the distinct categories, sorted */
export function skillCategories(): string[] {
  return [...new Set(taxonomy.skills.map((s) => s.category))].sort();
}

/** the open data the taxonomy was built from, with each licence and required attribution */
export function taxonomySources(): readonly TaxonomySource[] {
  return taxonomy.sources;
}
