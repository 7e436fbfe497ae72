// Turns a job ad (title and free-text description) into structured requirements, and lets a caller's
// explicit requirements override what was read from the text.
import type { EducationLevel } from "../analysis/types.ts";
import { educationFieldOf, educationLevelOf } from "./_education.ts";
import { type ClauseIntent, splitJobClauses } from "./_sections.ts";
import { locationOf, remoteOf } from "./_workplace.ts";
import { minYearsOf } from "./_years.ts";
import { type SkillCatalog, taxonomyCatalog } from "./catalog.ts";
import { requirementMentions, type TermTagger } from "./terms/extract.ts";

export interface JobRequirements {
  /** canonical skill names, deduplicated, in order of appearance */
  required: string[];
  preferred: string[];
  minYears: number | null;
  educationLevel: EducationLevel | null;
  location: string | null;
  /** true: remote or remote-first; false: hybrid or on-site; null: not stated */
  remote: boolean | null;
  /**
   * hard-skill terms the taxonomy does not know, as written in the ad ("purchase planning", "proteomics"),
   * deduplicated ignoring case; to be matched lexically. Optional: requirements stored before it was read
   * have none.
   */
  terms?: { required: string[]; preferred: string[] };
  /** soft skills the ad names (canonical taxonomy names: "Teamwork", "Punctuality"); never in required/preferred */
  softSkills?: string[];
  /** the field of study a requirement names ("Computer Science"), or null */
  educationField?: string | null;
}

export interface JobAd {
  title: string;
  description: string;
}

// Plain role description ("you will build services in Go") names what the job is done with: required.
const SKILL_BUCKET: Record<ClauseIntent, "required" | "preferred" | null> = {
  required: "required",
  role: "required",
  preferred: "preferred",
  company: null,
};

// "(m/w/d)", "(H/F)", "(f/m/x)": gender markers in titles, where a lone letter could pass for a skill name.
const GENDER_MARKER = /\(\s*[a-z*](?:\s*[/|,]\s*[a-z*]){1,3}\s*\)/gi;

export interface ParseOptions {
  catalog?: SkillCatalog;
  /** the term tagger; the shipped model when left out */
  tagger?: TermTagger;
}

export function parseJobRequirements(
  input: JobAd,
  catalogOrOptions: SkillCatalog | ParseOptions = taxonomyCatalog,
): JobRequirements {
  const options: ParseOptions =
    "findSkillMentions" in catalogOrOptions ? { catalog: catalogOrOptions } : catalogOrOptions;
  const catalog = options.catalog ?? taxonomyCatalog;
  const clauses = splitJobClauses(input.description);
  const title = input.title.replace(GENDER_MARKER, " ");
  const required: string[] = [];
  const preferred: string[] = [];
  const terms = { required: [] as string[], preferred: [] as string[] };
  const softSkills: string[] = [];
  for (const mention of catalog.findSkillMentions(title)) {
    (mention.category === "soft_skill" ? softSkills : required).push(mention.name);
  }
  for (const mention of requirementMentions(input.description, clauses, catalog, options.tagger)) {
    const bucket = SKILL_BUCKET[mention.intent];
    // degrees are the education requirement, read from the clauses below
    if (bucket === null || mention.kind === "education") continue;
    if (mention.kind === "soft") softSkills.push(mention.name);
    else if (mention.kind === "skill") (bucket === "required" ? required : preferred).push(mention.name);
    else terms[bucket].push(mention.name);
  }
  const whole = `${title}\n${input.description}`;
  const skills = separateSkills(required, preferred);
  return {
    ...skills,
    minYears: minYearsOf(clauses),
    educationLevel: educationLevelOf(clauses),
    location: locationOf(input.description) ?? locationOf(title),
    remote: remoteOf(whole),
    terms: separateTerms(terms.required, terms.preferred, [...skills.required, ...skills.preferred]),
    softSkills: [...new Set(softSkills)],
    educationField: educationFieldOf(clauses),
  };
}

/** literal terms deduplicated ignoring case (first spelling kept), without those the skill lists already hold */
function separateTerms(
  required: string[],
  preferred: string[],
  skills: string[],
): { required: string[]; preferred: string[] } {
  const seen = new Set(skills.map((name) => name.toLowerCase()));
  const unique = (list: string[]) =>
    list.filter((term) => {
      const key = term.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const req = unique(required);
  return { required: req, preferred: unique(preferred) };
}

/** deduplicates both lists in order of first appearance; a skill asked for anywhere is required, not preferred */
function separateSkills(
  required: string[],
  preferred: string[],
): { required: string[]; preferred: string[] } {
  const requiredSet = new Set(required);
  return {
    required: [...requiredSet],
    preferred: [...new Set(preferred)].filter((name) => !requiredSet.has(name)),
  };
}

function canonicalNames(names: string[], catalog: SkillCatalog): string[] {
  return names.map((name) => catalog.findSkill(name)?.name ?? name.trim()).filter((name) => name.length > 0);
}

/**
 * Fields the caller gives win over the parsed ones (null included: it clears a parsed value). Skill names
 * are canonicalized through the taxonomy; names it does not know are kept as given. A skill the caller
 * lists as preferred leaves the parsed required list; one listed in both of the caller's lists is required.
 */
export function mergeRequirements(
  parsed: JobRequirements,
  override: Partial<JobRequirements>,
  catalog: SkillCatalog = taxonomyCatalog,
): JobRequirements {
  const preferred =
    override.preferred !== undefined ? canonicalNames(override.preferred, catalog) : parsed.preferred;
  const required =
    override.required !== undefined
      ? canonicalNames(override.required, catalog)
      : parsed.required.filter((name) => override.preferred === undefined || !preferred.includes(name));
  return {
    ...separateSkills(required, preferred),
    minYears: override.minYears !== undefined ? override.minYears : parsed.minYears,
    educationLevel: override.educationLevel !== undefined ? override.educationLevel : parsed.educationLevel,
    location: override.location !== undefined ? override.location : parsed.location,
    remote: override.remote !== undefined ? override.remote : parsed.remote,
    ...(parsed.terms !== undefined || override.terms !== undefined
      ? { terms: override.terms ?? parsed.terms }
      : {}),
    ...(parsed.softSkills !== undefined || override.softSkills !== undefined
      ? { softSkills: override.softSkills ?? parsed.softSkills }
      : {}),
    ...(parsed.educationField !== undefined || override.educationField !== undefined
      ? {
          educationField:
            override.educationField !== undefined ? override.educationField : parsed.educationField,
        }
      : {}),
  };
}
