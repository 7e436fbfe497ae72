// The skills taxonomy's shape: canonical skills with aliases, a category and implies-relations.

export interface TaxonomySkill {
  /** canonical display name, unique, e.g. "JavaScript" */
  name: string;
  /** e.g. "programming_language", "framework", "database", "cloud", "devops", "tool", "soft_skill", ... */
  category: string;
  /** other spellings and abbreviations, e.g. ["JS", "ECMAScript"] */
  aliases: string[];
  /** canonical names this skill implies (React implies JavaScript) */
  implies: string[];
  /** where the entry comes from: "esco", "onet", "linguist", "curated" */
  sources: string[];
  /**
   * forms (the name or aliases) that are also everyday words ("Go", "Spring", "Excel"): text matching
   * accepts them only when casing and neighbouring words support the skill sense
   */
  ambiguous?: string[];
}

export interface SkillMention {
  /** canonical name */
  name: string;
  category: string;
  /** the text as it appeared */
  surface: string;
  /** character offsets in the searched text */
  start: number;
  end: number;
}

/** a data source the taxonomy was built from, with what its licence requires */
export interface TaxonomySource {
  id: string;
  title: string;
  publisher: string;
  licence: string;
  url: string;
  attribution: string;
}

/** the layout of skills.json, written by scripts/taxonomy/build.ts */
export interface TaxonomyData {
  version: number;
  sources: TaxonomySource[];
  skills: TaxonomySkill[];
}
