// Job requirements, weights and explained scores as the API returns them: zod mirrors of shared/matching's
// types, checked against them at compile time.
import { z } from "@hono/zod-openapi";
import type { JobRequirements } from "../../matching/job.ts";
import type { MatchResult, MatchWeights } from "../../matching/score.ts";
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
  })
  .openapi("JobRequirements");

export const weightsSchema = z
  .object({
    semantic: z.number(),
    requiredSkills: z.number(),
    preferredSkills: z.number(),
    experience: z.number(),
    education: z.number(),
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
      experience: z.object({ score: z.number(), years: z.number(), required: z.number().nullable() }),
      education: z.object({
        score: z.number(),
        level: educationLevelSchema.nullable(),
        required: educationLevelSchema.nullable(),
      }),
    }),
    evidence: z.array(z.object({ skill: z.string(), where: z.string() })),
    weights: weightsSchema.openapi({ description: "the weights as configured" }),
    effectiveWeights: weightsSchema
      .readonly()
      .openapi({ description: "the share each component got, summing to 1" }),
    notes: z.array(z.string()).readonly().openapi({ description: "why the shares differ from the weights" }),
  })
  .openapi("MatchResult", { description: "a score with its explanation" });

export const requirementsAreExact: Same<z.infer<typeof requirementsSchema>, JobRequirements> = true;
export const weightsAreExact: Same<z.infer<typeof weightsSchema>, MatchWeights> = true;
export const matchResultIsExact: Same<z.infer<typeof matchResultSchema>, MatchResult> = true;
