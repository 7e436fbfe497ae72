// The per-job work done once before scoring many CVs: skill indexes, the components the job leaves open,
// cached implied-skill lookups and weight shares, and a scratch buffer so scoring allocates nothing.
import {
  type EffectiveWeights,
  effectiveWeights,
  type MatchWeights,
  type Unconstrained,
} from "./_weights.ts";
import { type SkillCatalog, taxonomyCatalog } from "./catalog.ts";
import type { JobRequirements } from "./job.ts";
import { occupationsOf } from "./occupations.ts";
import { type JobTitleWords, jobTitleWords } from "./titleWords.ts";

export interface PreparedJob {
  readonly requirements: JobRequirements;
  readonly requiredIndex: ReadonlyMap<string, number>;
  readonly preferredIndex: ReadonlyMap<string, number>;
  readonly unconstrained: Unconstrained;
  readonly catalog: SkillCatalog;
  /** O*NET codes the job's title names */
  readonly occupations: readonly string[];
  /** hard skills outside the taxonomy, as the ad writes them: met when the CV's words hold them */
  readonly terms: { readonly required: readonly string[]; readonly preferred: readonly string[] };
  /** CV title → its closeness to the job's occupations; many CVs share titles, so each is worked out once */
  readonly titleCloseness: Map<string, number>;
  /** the job title's word stems and their weights */
  readonly titleWords: JobTitleWords;
  /** CV skill → the marks it sets for this job; filled on first sight of each CV skill */
  readonly roles: Map<string, SkillRole>;
  /**
   * the shares for the weights object last used (ranking passes the same object for every CV), one per
   * combination of components the CV leaves unknown (UNKNOWN_* bits)
   */
  readonly lastShares: { weights: MatchWeights | null; effective: (EffectiveWeights | undefined)[] };
  /** per wanted skill (required, then preferred): 0 missing, 1 direct, 2 implied; reused by every call */
  readonly marks: Uint8Array;
}

export const MISSING = 0;
export const DIRECT = 1;
export const IMPLIED = 2;

/** bits of what a CV leaves unknown: its work history, its education, any occupation in its titles */
export const UNKNOWN_EXPERIENCE = 1;
export const UNKNOWN_EDUCATION = 2;
export const UNKNOWN_OCCUPATION = 4;
/** no lexical score came with the CV: the tenant holds no CV to measure the pair's word overlap against */
export const UNKNOWN_LEXICAL = 8;
/** the CV gives no title at all: no headline and no role with a title */
export const UNKNOWN_TITLE = 16;

const UNKNOWN_REASONS: [number, keyof Unconstrained, string][] = [
  [UNKNOWN_EXPERIENCE, "experience", "The CV's work history could not be read"],
  [UNKNOWN_EDUCATION, "education", "The CV's education could not be read"],
  [UNKNOWN_OCCUPATION, "occupation", "No title in the CV names an occupation"],
  [UNKNOWN_LEXICAL, "lexical", "No stored CV to measure word overlap against"],
  [UNKNOWN_TITLE, "title", "The CV gives no job title"],
];

/**
 * `title` (the job ad's title) gives the job's occupations when the requirements do not carry them; without
 * either, the occupation component is left out for this job.
 */
export function prepareJob(
  job: JobRequirements,
  catalog: SkillCatalog = taxonomyCatalog,
  options: { title?: string } = {},
): PreparedJob {
  const occupations =
    (job as { occupations?: string[] }).occupations ??
    (options.title ? occupationsOf(options.title).map((o) => o.code) : []);
  const unconstrained: Unconstrained = {};
  if (occupations.length === 0) unconstrained.occupation = "The job's title names no occupation";
  const titleWords = jobTitleWords(options.title ?? "");
  if (titleWords.total === 0) unconstrained.title = "The job has no title to compare";
  const terms = { required: job.terms?.required ?? [], preferred: job.terms?.preferred ?? [] };
  if (job.required.length + terms.required.length === 0)
    unconstrained.requiredSkills = "The job lists no required skills";
  if (job.preferred.length + terms.preferred.length === 0)
    unconstrained.preferredSkills = "The job lists no preferred skills";
  if (job.minYears === null || job.minYears <= 0)
    unconstrained.experience = "The job asks for no minimum years";
  if (job.educationLevel === null || job.educationLevel === "other") {
    unconstrained.education = "The job asks for no education level";
  }
  return {
    requirements: job,
    requiredIndex: new Map(job.required.map((name, i) => [name, i])),
    preferredIndex: new Map(job.preferred.map((name, i) => [name, i])),
    unconstrained,
    catalog,
    occupations,
    terms,
    titleCloseness: new Map(),
    titleWords,
    roles: new Map(),
    lastShares: { weights: null, effective: [] },
    marks: new Uint8Array(job.required.length + job.preferred.length),
  };
}

export function isPrepared(job: JobRequirements | PreparedJob): job is PreparedJob {
  return "requiredIndex" in job;
}

/**
 * The shares for this job and weights when the CV leaves the `unknown` components (UNKNOWN_* bits) unread: an
 * unknown component is not scored 0, its weight goes to the components that are known.
 */
export function sharesFor(job: PreparedJob, weights: MatchWeights, unknown = 0): EffectiveWeights {
  const last = job.lastShares;
  if (last.weights !== weights) {
    last.weights = weights;
    last.effective = [];
  }
  let effective = last.effective[unknown];
  if (effective === undefined) {
    const left: Unconstrained = { ...job.unconstrained };
    for (const [bit, component, reason] of UNKNOWN_REASONS) {
      if (unknown & bit && left[component] === undefined) left[component] = reason;
    }
    effective = effectiveWeights(weights, left);
    last.effective[unknown] = effective;
  }
  return effective;
}

/** what one CV skill does for this job: the marks it meets directly and those it meets by implication */
interface SkillRole {
  direct: readonly number[];
  implied: readonly number[];
}

const NO_ROLE: SkillRole = { direct: [], implied: [] };

function markIndexes(job: PreparedJob, name: string): number[] {
  const indexes: number[] = [];
  const r = job.requiredIndex.get(name);
  if (r !== undefined) indexes.push(r);
  const p = job.preferredIndex.get(name);
  if (p !== undefined) indexes.push(job.requirements.required.length + p);
  return indexes;
}

function roleOf(job: PreparedJob, skill: string): SkillRole {
  let role = job.roles.get(skill);
  if (role === undefined) {
    const direct = markIndexes(job, skill);
    const implied = job.catalog.impliedSkills(skill).flatMap((name) => markIndexes(job, name));
    role = direct.length + implied.length === 0 ? NO_ROLE : { direct, implied };
    job.roles.set(skill, role);
  }
  return role;
}

/**
 * Marks which wanted skills a CV has, directly or through a CV skill that implies them, in job.marks.
 * `via`, when given, receives the CV skill behind each mark (same indexes). One pass gives the same
 * result as two: a direct match overrides an implied one, and an implied match goes to the first CV skill
 * (in CV order) that implies it.
 */
export function markSkills(
  job: PreparedJob,
  skills: readonly string[],
  via: (string | undefined)[] | null,
): void {
  const marks = job.marks;
  marks.fill(MISSING);
  if (marks.length === 0) return;
  // Index loops: this runs once per CV when ranking thousands, and iterators cost here.
  for (let s = 0; s < skills.length; s++) {
    const skill = skills[s];
    const role = roleOf(job, skill);
    if (role === NO_ROLE) continue;
    const { direct, implied } = role;
    for (let k = 0; k < direct.length; k++) {
      const i = direct[k];
      if (marks[i] === DIRECT) continue;
      marks[i] = DIRECT;
      if (via !== null) via[i] = skill;
    }
    for (let k = 0; k < implied.length; k++) {
      const i = implied[k];
      if (marks[i] !== MISSING) continue;
      marks[i] = IMPLIED;
      if (via !== null) via[i] = skill;
    }
  }
}
