// Request shapes of the CV function, validated at the edge.
import { z } from "zod";
import { canonicalSkill } from "../../shared/http/skill-param.ts";

export const textUpload = z.object({
  text: z.string().min(1, "must not be empty"),
  filename: z.string().trim().min(1).max(255).optional(),
});

export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(64).optional(),
  skill: z.array(canonicalSkill).max(20).default([]),
  minYears: z.coerce.number().min(0).max(80).optional(),
  location: z.string().trim().min(1).max(100).optional(),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2}$/i, "an ISO 639-1 code like en")
    .optional(),
  q: z.string().trim().min(1).max(500).optional(),
});

export const viewQuery = z.object({
  redact: z.enum(["true", "false"]).default("false"),
  format: z.enum(["json", "jsonresume"]).default("json"),
});
