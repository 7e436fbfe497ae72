// Request shapes of the matching function.
import { z } from "zod";
import { canonicalSkill } from "../../shared/http/skill-param.ts";

export const jobMatchesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1_000).optional(),
  minScore: z.coerce.number().min(0).max(100).default(0),
  skill: z.array(canonicalSkill).max(20).default([]),
  minYears: z.coerce.number().min(0).max(80).optional(),
  location: z.string().trim().min(1).max(100).optional(),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2}$/i, "an ISO 639-1 code like en")
    .optional(),
});

export const cvMatchesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1_000).optional(),
  minScore: z.coerce.number().min(0).max(100).default(0),
});

const ref = z.object({ id: z.string().uuid() }).strict();
const text = z.object({ text: z.string().min(1).max(200_000) }).strict();

export const pairInput = z.object({
  cv: z.union([ref, text]),
  job: z.union([
    ref,
    z.object({ text: z.string().min(1).max(50_000), title: z.string().max(300).optional() }).strict(),
  ]),
});
