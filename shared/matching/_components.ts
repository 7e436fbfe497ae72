// The component scores of a match, each 0–100 with one decimal, and how they combine.
import type { EducationLevel } from "../analysis/types.ts";
import { EDUCATION_RANK } from "./_education.ts";
import type { MatchWeights } from "./_weights.ts";

/**
 * Credit for a skill met only through the taxonomy (the CV has React, the job asks for JavaScript): the
 * CV shows the skill in use but not as a stated strength, so it earns a little less than a direct match.
 */
export const IMPLIED_CREDIT = 0.8;

export const round1 = (x: number) => Math.round(x * 10) / 10;

/** share of the wanted skills met, implied ones at IMPLIED_CREDIT; nothing wanted is nothing missing */
export function skillScore(wanted: number, direct: number, implied: number): number {
  return wanted === 0 ? 100 : round1(((direct + IMPLIED_CREDIT * implied) / wanted) * 100);
}

export function educationScore(level: EducationLevel | null, required: EducationLevel | null): number {
  if (required === null || EDUCATION_RANK[required] === 0) return 100;
  if (level === null || EDUCATION_RANK[level] === 0) return 0;
  const below = EDUCATION_RANK[required] - EDUCATION_RANK[level];
  // Each level short halves the credit: one below 50, two below 25, ...
  return below <= 0 ? 100 : round1(100 / 2 ** below);
}

export function experienceScore(years: number, required: number | null): number {
  if (required === null || required <= 0) return 100;
  // Linear below the minimum; more years than asked never cost anything.
  const known = Number.isFinite(years) ? Math.max(0, years) : 0;
  return round1(Math.min(1, known / required) * 100);
}

/**
 * cosine similarity to 0–100; negative similarity (unrelated texts) counts as 0. With the embedder's range,
 * its low end is 0 and its high end 100.
 */
export function semanticScore(similarity: number, range?: readonly [number, number]): number {
  if (!Number.isFinite(similarity)) return 0;
  const [low, high] = range && range[1] > range[0] ? range : [0, 1];
  return round1(Math.min(1, Math.max(0, (similarity - low) / (high - low))) * 100);
}

/** the weighted sum of the component scores; positional so ranking allocates nothing per CV */
export function combine(
  shares: Readonly<MatchWeights>,
  semantic: number,
  requiredSkills: number,
  preferredSkills: number,
  experience: number,
  education: number,
  occupation: number,
  lexical: number,
  title: number,
): number {
  return round1(
    shares.semantic * semantic +
      shares.requiredSkills * requiredSkills +
      shares.preferredSkills * preferredSkills +
      shares.experience * experience +
      shares.education * education +
      (shares.occupation ?? 0) * occupation +
      (shares.lexical ?? 0) * lexical +
      (shares.title ?? 0) * title,
  );
}
