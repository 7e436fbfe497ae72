// Turns a job ad (title and free-text description) into structured requirements, and lets a caller's
// explicit requirements override what was read from the text.
import type { EducationLevel } from "../analysis/types.ts";
import { educationLevelOf } from "./_education.ts";
import { type ClauseIntent, splitJobClauses } from "./_sections.ts";
import { locationOf, remoteOf } from "./_workplace.ts";
import { minYearsOf } from "./_years.ts";
import { type SkillCatalog, taxonomyCatalog } from "./catalog.ts";

export interface JobRequirements {
  /** canonical skill names, deduplicated, in order of appearance */
  required: string[];
  preferred: string[];
  minYears: number | null;
  educationLevel: EducationLevel | null;
  location: string | null;
  /** true: remote or remote-first; false: hybrid or on-site; null: not stated */
  remote: boolean | null;
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

export function parseJobRequirements(input: JobAd, catalog: SkillCatalog = taxonomyCatalog): JobRequirements {
  const clauses = splitJobClauses(input.description);
  const title = input.title.replace(GENDER_MARKER, " ");
  const required: string[] = catalog.findSkillMentions(title).map((m) => m.name);
  const preferred: string[] = [];
  // Mentions are found in the whole description, not clause by clause: the taxonomy needs neighbouring
  // words to tell an everyday word from a skill ("Snowflake" alone in a bullet under "dbt").
  let c = 0;
  for (const mention of catalog.findSkillMentions(input.description)) {
    while (c < clauses.length && clauses[c].end <= mention.start) c++;
    const clause = clauses[c];
    if (clause === undefined) break;
    if (mention.start < clause.start) continue; // in a heading or a label
    const bucket = SKILL_BUCKET[clause.intent];
    if (bucket !== null) (bucket === "required" ? required : preferred).push(mention.name);
  }
  const whole = `${title}\n${input.description}`;
  return {
    ...separateSkills(required, preferred),
    minYears: minYearsOf(clauses),
    educationLevel: educationLevelOf(clauses),
    location: locationOf(input.description) ?? locationOf(title),
    remote: remoteOf(whole),
  };
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
  };
}
