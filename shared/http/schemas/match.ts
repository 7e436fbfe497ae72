// Job requirements, weights and explained scores as the API returns them: zod mirrors of shared/matching's
// types, checked against them at compile time.
import { z } from "@hono/zod-openapi";
import type { JobRequirements } from "../../matching/job.ts";
import type { MatchResult, MatchWeights } from "../../matching/score.ts";
import type { Candidate } from "../../services/rank.ts";
import { educationLevelSchema } from "./analysis.ts";
import type { Same } from "./same.ts";

export const requirementsSchema = z
  .object({
    required: z.array(z.string()).openapi({ description: "canonical skill names, in order of appearance" }),
    preferred: z.array(z.string()),
    minYears: z.number().nullable(),
    educationLevel: educationLevelSchema.nullable(),
    location: z.string().nullable(),
    remote: z
      .boolean()
      .nullable()
      .openapi({ description: "true remote, false hybrid or on-site, null not stated" }),
    terms: z
      .object({ required: z.array(z.string()), preferred: z.array(z.string()) })
      .optional()
      .openapi({
        description: "hard skills outside the taxonomy, as the ad writes them; matched in the CV's words",
      }),
    softSkills: z
      .array(z.string())
      .optional()
      .openapi({ description: "soft skills the ad names; never in required or preferred" }),
    educationField: z.string().nullable().optional().openapi({ description: "the field of study asked for" }),
  })
  .openapi("JobRequirements");

export const weightsSchema = z
  .object({
    semantic: z.number(),
    requiredSkills: z.number(),
    preferredSkills: z.number(),
    experience: z.number(),
    education: z.number(),
    occupation: z.number().optional(),
    lexical: z.number().optional(),
    title: z.number().optional(),
  })
  .openapi("MatchWeights");

const skillBreakdown = z.object({
  score: z.number(),
  matched: z.array(z.string()).openapi({ description: "met directly" }),
  missing: z.array(z.string()),
  implied: z.array(z.string()).openapi({ description: "met through the taxonomy, credited in part" }),
});

export const matchResultSchema = z
  .object({
    score: z.number().min(0).max(100).openapi({ description: "0..100, one decimal" }),
    breakdown: z.object({
      semantic: z.number(),
      requiredSkills: skillBreakdown,
      preferredSkills: skillBreakdown,
      experience: z.object({
        score: z
          .number()
          .nullable()
          .openapi({ description: "null when the CV's work history could not be read" }),
        known: z.boolean(),
        years: z.number(),
        required: z.number().nullable(),
      }),
      education: z.object({
        score: z
          .number()
          .nullable()
          .openapi({ description: "null when the CV's education could not be read" }),
        known: z.boolean(),
        level: educationLevelSchema.nullable(),
        required: educationLevelSchema.nullable(),
      }),
      occupation: z
        .object({
          score: z.number().nullable(),
          known: z.boolean(),
          cv: z.array(z.string()).openapi({ description: "the CV's titles that name an O*NET occupation" }),
          job: z.array(z.string()).openapi({ description: "the O*NET codes the job's title names" }),
        })
        .openapi({ description: "closeness of the CV's titles to the job's title as O*NET occupations" }),
      lexical: z.object({ score: z.number().nullable(), known: z.boolean() }).openapi({
        description:
          "the CV's BM25F score for the job ad as a share of the best of the tenant's CVs (the CV itself counted), the same in every route; unknown when the tenant holds no CV",
      }),
      title: z
        .object({
          score: z.number().nullable(),
          known: z.boolean(),
          cv: z
            .string()
            .nullable()
            .openapi({ description: "the CV's title that holds most of the job title's words" }),
        })
        .openapi({
          description:
            "the share of the job title's words (rarer words among job titles weigh more) that the CV's best title holds; older roles count for less",
        }),
    }),
    evidence: z.array(
      z.object({
        skill: z.string(),
        where: z.string(),
        quote: z
          .object({ text: z.string(), start: z.number().int(), end: z.number().int() })
          .optional()
          .openapi({
            description: "the CV's own line naming the skill; start/end: the mention's offsets in its text",
          }),
      }),
    ),
    weights: weightsSchema.openapi({ description: "the weights as configured" }),
    effectiveWeights: weightsSchema
      .readonly()
      .openapi({ description: "the share each component got, summing to 1" }),
    notes: z.array(z.string()).readonly().openapi({ description: "why the shares differ from the weights" }),
  })
  .openapi("MatchResult", { description: "a score with its explanation" });

/** Who a ranked or found CV is, so a list of results needs no second lookup. */
export const candidateFields = {
  name: z.string().nullable().openapi({ description: "the contact name the analysis read; null when none" }),
  headline: z.string().nullable().openapi({ description: "the CV's headline; null when none" }),
};
const candidateSchema = z.object({ cvId: z.string(), ...candidateFields });

export const candidateIsExact: Same<z.infer<typeof candidateSchema>, Candidate> = true;
export const requirementsAreExact: Same<z.infer<typeof requirementsSchema>, JobRequirements> = true;
export const weightsAreExact: Same<z.infer<typeof weightsSchema>, MatchWeights> = true;
export const matchResultIsExact: Same<z.infer<typeof matchResultSchema>, MatchResult> = true;
