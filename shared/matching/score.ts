// Explainable CV–job scoring: a 0–100 score from semantic similarity, required and preferred skills,
// experience and education, with the breakdown and the CV evidence behind it. prepareJob does the per-job
// work once; matchScore then ranks thousands of profiles without allocating, and scoreMatch explains one.
import type { EducationLevel } from "../analysis/types.ts";
import {
  combine,
  educationScore,
  experienceScore,
  IMPLIED_CREDIT,
  round1,
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
  UNKNOWN_EDUCATION,
  UNKNOWN_EXPERIENCE,
  UNKNOWN_LEXICAL,
  UNKNOWN_OCCUPATION,
  UNKNOWN_TITLE,
} from "./_prepared.ts";
import type { MatchWeights } from "./_weights.ts";
import type { JobRequirements } from "./job.ts";
import { bestTitleCloseness } from "./occupations.ts";
import type { CvProfile } from "./profile.ts";
import { bestTitleWordShare } from "./titleWords.ts";

export type { PreparedJob } from "./_prepared.ts";
export type { MatchWeights } from "./_weights.ts";
export { IMPLIED_CREDIT, prepareJob };

export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  semantic: 0.25,
  requiredSkills: 0.4,
  preferredSkills: 0.1,
  experience: 0.15,
  education: 0.1,
  occupation: 0.25,
  lexical: 0.4,
  title: 0.3,
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
    /** score null and known false: the CV's work history could not be read, and its weight went elsewhere */
    experience: { score: number | null; known: boolean; years: number; required: number | null };
    education: {
      score: number | null;
      known: boolean;
      level: EducationLevel | null;
      required: EducationLevel | null;
    };
    /**
     * how close the CV's titles are to the job's title as O*NET occupations; null when either names none;
     * `cv` lists the CV's titles that name one, `job` the job's O*NET codes
     */
    occupation: { score: number | null; known: boolean; cv: string[]; job: string[] };
    /** the CV's field-weighted BM25 score for the job ad, as a share of the tenant's best CV's; null when none came */
    lexical: { score: number | null; known: boolean };
    /**
     * the share of the job title's words (rarer words among job titles weigh more) that the CV's best title
     * holds, older roles counting for less; `cv` is that title; null when the CV gives no title
     */
    title: { score: number | null; known: boolean; cv: string | null };
  };
  evidence: MatchEvidence[];
  /** the weights as the caller gave them */
  weights: MatchWeights;
  /** the share each component got for this job, summing to 1 */
  effectiveWeights: Readonly<MatchWeights>;
  /** why the shares differ from the weights given: components the job does not constrain */
  notes: readonly string[];
}

export interface MatchEvidence {
  skill: string;
  where: string;
  /** the CV's own words naming the skill (or the CV skill that implies it), with offsets in its text */
  quote?: { text: string; start: number; end: number };
}

export interface MatchOptions {
  /**
   * DEFAULT_MATCH_WEIGHTS when left out; need not sum to 1. Treated as unchanging: a prepared job keeps
   * the shares worked out for the last weights object it saw.
   */
  weights?: MatchWeights;
  /** cosine similarity of the CV and job embeddings, in [-1, 1] or [0, 1]; negative counts as 0 */
  semantic: number;
  /** the embedder's similarityRange, mapped onto 0–100 */
  semanticRange?: readonly [number, number];
  /**
   * which of the job's literal terms (PreparedJob.terms, in order) the CV's words hold; left out, none is
   * counted as held
   */
  terms?: { required: ArrayLike<number | boolean>; preferred: ArrayLike<number | boolean> };
  /**
   * which of the job's taxonomy skills (requirements.required, then preferred, in order) the CV's text names
   * in so many words, though its skills list does not hold them ("owned the budgeting of the ward"); such a
   * skill is met. Left out, only the CV's skills list counts.
   */
  named?: { required: ArrayLike<number | boolean>; preferred: ArrayLike<number | boolean> };
  /**
   * the same as bits, ranking's form (one number per candidate, nothing copied): bit k for the k-th of the
   * job's skills, required then preferred; skills past the 31st are not looked for. Wins over `named`.
   */
  namedBits?: number;
  /**
   * the CV's lexical (BM25) score for the job ad relative to the best of the tenant's CVs, in [0, 1]; left out
   * when there is nothing to measure it against: the component is unknown and its weight goes to the others
   */
  lexical?: number;
}

function prepared(job: JobRequirements | PreparedJob): PreparedJob {
  return isPrepared(job) ? job : prepareJob(job);
}

/** the components this CV leaves unknown, as UNKNOWN_* bits; profiles stored before the flags existed infer them */
function unknownOf(profile: CvProfile, options: MatchOptions): number {
  let unknown = options.lexical === undefined || !Number.isFinite(options.lexical) ? UNKNOWN_LEXICAL : 0;
  if (profile.experienceKnown === false || (profile.experienceKnown === undefined && profile.years <= 0))
    unknown |= UNKNOWN_EXPERIENCE;
  if (
    profile.educationKnown === false ||
    (profile.educationKnown === undefined && profile.educationLevel === null)
  )
    unknown |= UNKNOWN_EDUCATION;
  if (!profile.occupations?.length) unknown |= UNKNOWN_OCCUPATION;
  if (!profile.titles?.length) unknown |= UNKNOWN_TITLE;
  return unknown;
}

const lexicalScore = (relative: number | undefined) =>
  relative === undefined || !Number.isFinite(relative) ? 0 : round1(Math.min(1, Math.max(0, relative)) * 100);

/**
 * How close the CV's titles are to the job's occupations: the best title's closeness (titleCloseness: a title
 * naming several occupations counts half its best closeness and half the mean over them) times its weight
 * (the headline and latest role weigh most), 0–100.
 */
function occupationOf(profile: CvProfile, job: PreparedJob): number {
  return round1(bestTitleCloseness(profile.occupations ?? [], job.occupations, job.titleCloseness) * 100);
}

/** the CV's best title by the job title's words (see titleWords.ts), 0–100, and which title it was */
function titleOf(profile: CvProfile, job: PreparedJob) {
  const best = bestTitleWordShare(profile.titles ?? [], job.titleWords);
  return { score: round1(best.share * 100), title: best.title };
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
    else if (isNamed(options, i, required.length)) isRequired ? requiredDirect++ : preferredDirect++;
    else if (marks[i] === IMPLIED) isRequired ? requiredImplied++ : preferredImplied++;
  }
  const unknown = unknownOf(profile, options);
  const { terms } = job;
  return combine(
    sharesFor(job, options.weights ?? DEFAULT_MATCH_WEIGHTS, unknown).shares,
    semanticScore(options.semantic, options.semanticRange),
    skillScore(
      required.length + terms.required.length,
      requiredDirect + held(options.terms?.required, terms.required.length),
      requiredImplied,
    ),
    skillScore(
      preferred.length + terms.preferred.length,
      preferredDirect + held(options.terms?.preferred, terms.preferred.length),
      preferredImplied,
    ),
    unknown & UNKNOWN_EXPERIENCE ? 0 : experienceScore(profile.years, minYears),
    unknown & UNKNOWN_EDUCATION ? 0 : educationScore(profile.educationLevel, educationLevel),
    unknown & UNKNOWN_OCCUPATION ? 0 : occupationOf(profile, job),
    lexicalScore(options.lexical),
    unknown & UNKNOWN_TITLE ? 0 : titleOf(profile, job).score,
  );
}

/** whether the CV's text names the i-th of the job's skills (required, then preferred) */
function isNamed(options: MatchOptions, i: number, requiredCount: number): boolean {
  const bits = options.namedBits;
  if (bits !== undefined) return i < 31 && ((bits >>> i) & 1) === 1;
  const named = options.named;
  if (!named) return false;
  return Boolean(i < requiredCount ? named.required[i] : named.preferred[i - requiredCount]);
}

/** how many of the first `count` flags are set */
function held(flags: ArrayLike<number | boolean> | undefined, count: number): number {
  if (!flags) return 0;
  let n = 0;
  for (let i = 0; i < count; i++) if (flags[i]) n++;
  return n;
}

/** taxonomy skills by their marks, then the literal terms by the flags of the CV's words */
function breakdownOf(
  wanted: string[],
  marks: Uint8Array,
  offset: number,
  terms: readonly string[],
  flags: ArrayLike<number | boolean> | undefined,
  named: (index: number) => boolean,
): SkillBreakdown {
  const matched: string[] = [];
  const missing: string[] = [];
  const implied: string[] = [];
  for (let i = 0; i < wanted.length; i++) {
    const mark = marks[offset + i];
    const met = mark === DIRECT || named(offset + i);
    (met ? matched : mark === IMPLIED ? implied : missing).push(wanted[i]);
  }
  terms.forEach((term, i) => {
    (flags?.[i] ? matched : missing).push(term);
  });
  return {
    score: skillScore(wanted.length + terms.length, matched.length, implied.length),
    matched,
    missing,
    implied,
  };
}

export function scoreMatch(
  profile: CvProfile,
  jobOrPrepared: JobRequirements | PreparedJob,
  options: MatchOptions,
): MatchResult {
  const job = prepared(jobOrPrepared);
  const { required, preferred, minYears, educationLevel } = job.requirements;
  const weights = options.weights ?? DEFAULT_MATCH_WEIGHTS;
  const unknown = unknownOf(profile, options);
  const effective = sharesFor(job, weights, unknown);
  const via: (string | undefined)[] = new Array(job.marks.length);
  markSkills(job, profile.skills, via);

  const requiredSkills = breakdownOf(
    required,
    job.marks,
    0,
    job.terms.required,
    options.terms?.required,
    (i) => isNamed(options, i, required.length),
  );
  const preferredSkills = breakdownOf(
    preferred,
    job.marks,
    required.length,
    job.terms.preferred,
    options.terms?.preferred,
    (i) => isNamed(options, i, required.length),
  );
  const semantic = semanticScore(options.semantic, options.semanticRange);
  const experienceKnown = (unknown & UNKNOWN_EXPERIENCE) === 0;
  const educationKnown = (unknown & UNKNOWN_EDUCATION) === 0;
  const occupationKnown = (unknown & UNKNOWN_OCCUPATION) === 0 && job.occupations.length > 0;
  const experience = experienceKnown ? experienceScore(profile.years, minYears) : null;
  const education = educationKnown ? educationScore(profile.educationLevel, educationLevel) : null;
  const occupation = occupationKnown ? occupationOf(profile, job) : null;
  const lexicalKnown = (unknown & UNKNOWN_LEXICAL) === 0;
  const lexical = lexicalKnown ? lexicalScore(options.lexical) : null;
  const titleKnown = (unknown & UNKNOWN_TITLE) === 0 && job.titleWords.total > 0;
  const title = titleKnown ? titleOf(profile, job) : null;
  const score = combine(
    effective.shares,
    semantic,
    requiredSkills.score,
    preferredSkills.score,
    experience ?? 0,
    education ?? 0,
    occupation ?? 0,
    lexical ?? 0,
    title?.score ?? 0,
  );

  const evidence: MatchEvidence[] = [];
  [...required, ...preferred].forEach((skill, i) => {
    const by = via[i];
    if (job.marks[i] !== DIRECT && isNamed(options, i, required.length)) {
      evidence.push({ skill, where: "Named in the CV's text" });
      return;
    }
    if (by === undefined) return;
    const where = Object.hasOwn(profile.evidence, by) ? profile.evidence[by] : "Listed in the CV";
    const quote = profile.quotes && Object.hasOwn(profile.quotes, by) ? profile.quotes[by] : undefined;
    evidence.push({
      skill,
      where: by === skill ? where : `Implied by ${by}: ${where}`,
      ...(quote ? { quote } : {}),
    });
  });
  const termEvidence = (terms: readonly string[], flags: ArrayLike<number | boolean> | undefined) => {
    terms.forEach((term, i) => {
      if (flags?.[i]) evidence.push({ skill: term, where: "Named in the CV's text" });
    });
  };
  termEvidence(job.terms.required, options.terms?.required);
  termEvidence(job.terms.preferred, options.terms?.preferred);

  return {
    score,
    breakdown: {
      semantic,
      requiredSkills,
      preferredSkills,
      experience: { score: experience, known: experienceKnown, years: profile.years, required: minYears },
      education: {
        score: education,
        known: educationKnown,
        level: profile.educationLevel,
        required: educationLevel,
      },
      occupation: {
        score: occupation,
        known: occupationKnown,
        cv: (profile.occupations ?? []).map((o) => o.title),
        job: [...job.occupations],
      },
      lexical: { score: lexical, known: lexicalKnown },
      title: { score: title?.score ?? null, known: titleKnown, cv: title?.title ?? null },
    },
    evidence,
    weights,
    effectiveWeights: effective.shares,
    notes: effective.notes,
  };
}
