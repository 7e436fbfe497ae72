// Request and response shapes of the matching function: ranked CVs for a job, ranked jobs for a CV, one pair.
import { z } from "@hono/zod-openapi";
import { queryNumber, queryNumberOr, repeatable } from "../../shared/http/schemas/common.ts";
import {
  candidateFields,
  matchResultSchema,
  requirementsSchema,
  weightsSchema,
} from "../../shared/http/schemas/match.ts";
import { canonicalSkill } from "../../shared/http/skill-param.ts";

const limit = queryNumber(1, 1_000, true)
  .optional()
  .openapi({ description: "at most this many matches; MAX_MATCH_RESULTS when left out" });
const minScore = queryNumberOr(0, 0, 100);

export const jobMatchesQuery = z.object({
  limit,
  minScore,
  skill: repeatable(canonicalSkill, 20).openapi({ description: "a skill every CV must have; repeatable" }),
  minYears: queryNumber(0, 80).optional(),
  location: z.string().trim().min(1).max(100).optional(),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2}$/i, "an ISO 639-1 code like en")
    .optional(),
});

export const cvMatchesQuery = z.object({ limit, minScore });

const uuid = z.string().uuid();
const ref = z.object({ id: uuid }).strict();
const text = z.object({ text: z.string().min(1).max(200_000) }).strict();

export const pairInput = z
  .object({
    cv: z.union([ref, text]).openapi({ description: "a stored CV by id, or a CV's text" }),
    job: z
      .union([
        ref,
        z.object({ text: z.string().min(1).max(50_000), title: z.string().max(300).optional() }).strict(),
      ])
      .openapi({ description: "a stored job by id, or a job's text" }),
  })
  .openapi("MatchPair");

const id = z.string().openapi({ format: "uuid" });

export const jobMatches = z
  .object({
    jobId: id,
    requirements: requirementsSchema,
    weights: weightsSchema,
    considered: z.number().int().openapi({ description: "CVs that passed the filters" }),
    matches: z.array(matchResultSchema.extend({ cvId: id, ...candidateFields })),
  })
  .openapi("JobMatches");

export const cvMatches = z
  .object({
    cvId: id,
    weights: weightsSchema,
    considered: z.number().int().openapi({ description: "jobs scored" }),
    matches: z.array(matchResultSchema.extend({ jobId: id, title: z.string() })),
  })
  .openapi("CvMatches");

export const pairMatch = matchResultSchema
  .extend({ requirements: requirementsSchema })
  .openapi("PairMatch", { description: "the score of one CV against one job, explained" });
