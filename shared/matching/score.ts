// Explainable CV–job scoring: a 0–100 score from semantic similarity, required and preferred skills,
// experience and education, with the breakdown and the CV evidence behind it. prepareJob does the per-job
// work once; matchScore then ranks thousands of profiles without allocating, and scoreMatch explains one.
import type { EducationLevel } from "../analysis/types.ts";
import {
  combine,
  educationScore,
  experienceScore,
  IMPLIED_CREDIT,
  semanticScore,
  skillScore,
} from "./_components.ts";
import {
  DIRECT,
  IMPLIED,
  isPrepared,
  markSkills,
  type PreparedJob,
  prepareJob,
  sharesFor,
} from "./_prepared.ts";
import type { MatchWeights } from "./_weights.ts";
import type { JobRequirements } from "./job.ts";
import type { CvProfile } from "./profile.ts";

export type { PreparedJob } from "./_prepared.ts";
export type { MatchWeights } from "./_weights.ts";
export { IMPLIED_CREDIT, prepareJob };

export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  semantic: 0.25,
  requiredSkills: 0.4,
  preferredSkills: 0.1,
  experience: 0.15,
  education: 0.1,
});

export interface SkillBreakdown {
  score: number;
  /** met directly */
  matched: string[];
  missing: string[];
  /** met through the taxonomy (a CV skill implies it), credited at IMPLIED_CREDIT */
  implied: string[];
}

export interface MatchResult {
  /** 0–100, one decimal */
  score: number;
  breakdown: {
    semantic: number;
    requiredSkills: SkillBreakdown;
    preferredSkills: SkillBreakdown;
    experience: { score: number; years: number; required: number | null };
    education: { score: number; level: EducationLevel | null; required: EducationLevel | null };
  };
  evidence: { skill: string; where: string }[];
  /** the weights as the caller gave them */
  weights: MatchWeights;
  /** the share each component got for this job, summing to 1 */
  effectiveWeights: Readonly<MatchWeights>;
  /** why the shares differ from the weights given: components the job does not constrain */
  notes: readonly string[];
}

export interface MatchOptions {
  /**
   * DEFAULT_MATCH_WEIGHTS when left out; need not sum to 1. Treated as unchanging: a prepared job keeps
   * the shares worked out for the last weights object it saw.
   */
  weights?: MatchWeights;
  /** cosine similarity of the CV and job embeddings, in [-1, 1] or [0, 1]; negative counts as 0 */
  semantic: number;
}

function prepared(job: JobRequirements | PreparedJob): PreparedJob {
  return isPrepared(job) ? job : prepareJob(job);
}

/** the same number as scoreMatch(...).score, without the explanation: for ranking many CVs */
export function matchScore(
  profile: CvProfile,
  jobOrPrepared: JobRequirements | PreparedJob,
  options: MatchOptions,
): number {
  const job = prepared(jobOrPrepared);
  const { required, preferred, minYears, educationLevel } = job.requirements;
  markSkills(job, profile.skills, null);
  const marks = job.marks;
  let requiredDirect = 0;
  let requiredImplied = 0;
  let preferredDirect = 0;
  let preferredImplied = 0;
  for (let i = 0; i < marks.length; i++) {
    const isRequired = i < required.length;
    if (marks[i] === DIRECT) isRequired ? requiredDirect++ : preferredDirect++;
    else if (marks[i] === IMPLIED) isRequired ? requiredImplied++ : preferredImplied++;
  }
  return combine(
    sharesFor(job, options.weights ?? DEFAULT_MATCH_WEIGHTS).shares,
    semanticScore(options.semantic),
    skillScore(required.length, requiredDirect, requiredImplied),
    skillScore(preferred.length, preferredDirect, preferredImplied),
    experienceScore(profile.years, minYears),
    educationScore(profile.educationLevel, educationLevel),
  );
}

function breakdownOf(wanted: string[], marks: Uint8Array, offset: number): SkillBreakdown {
  const matched: string[] = [];
  const missing: string[] = [];
  const implied: string[] = [];
  for (let i = 0; i < wanted.length; i++) {
    const mark = marks[offset + i];
    (mark === DIRECT ? matched : mark === IMPLIED ? implied : missing).push(wanted[i]);
  }
  return { score: skillScore(wanted.length, matched.length, implied.length), matched, missing, implied };
}

export function scoreMatch(
  profile: CvProfile,
  jobOrPrepared: JobRequirements | PreparedJob,
  options: MatchOptions,
): MatchResult {
  const job = prepared(jobOrPrepared);
  const { required, preferred, minYears, educationLevel } = job.requirements;
  const weights = options.weights ?? DEFAULT_MATCH_WEIGHTS;
  const effective = sharesFor(job, weights);
  const via: (string | undefined)[] = new Array(job.marks.length);
  markSkills(job, profile.skills, via);

  const requiredSkills = breakdownOf(required, job.marks, 0);
  const preferredSkills = breakdownOf(preferred, job.marks, required.length);
  const semantic = semanticScore(options.semantic);
  const experience = experienceScore(profile.years, minYears);
  const education = educationScore(profile.educationLevel, educationLevel);
  const score = combine(
    effective.shares,
    semantic,
    requiredSkills.score,
    preferredSkills.score,
    experience,
    education,
  );

  const evidence: { skill: string; where: string }[] = [];
  [...required, ...preferred].forEach((skill, i) => {
    const by = via[i];
    if (by === undefined) return;
    const where = Object.hasOwn(profile.evidence, by) ? profile.evidence[by] : "Listed in the CV";
    evidence.push({ skill, where: by === skill ? where : `Implied by ${by}: ${where}` });
  });

  return {
    score,
    breakdown: {
      semantic,
      requiredSkills,
      preferredSkills,
      experience: { score: experience, years: profile.years, required: minYears },
      education: { score: education, level: profile.educationLevel, required: educationLevel },
    },
    evidence,
    weights,
    effectiveWeights: effective.shares,
    notes: effective.notes,
  };
}
