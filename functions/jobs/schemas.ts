// Request shapes of the jobs function: a job's text and optional requirements that override the parsed ones.
import { z } from "zod";

const skillList = z.array(z.string().trim().min(1).max(100)).max(100);

export const requirementsOverride = z
  .object({
    required: skillList,
    preferred: skillList,
    minYears: z.number().min(0).max(60).nullable(),
    educationLevel: z.enum(["secondary", "associate", "bachelor", "master", "doctorate", "other"]).nullable(),
    location: z.string().trim().min(1).max(200).nullable(),
    remote: z.boolean().nullable(),
  })
  .partial()
  .strict();

export const jobInput = z.object({
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().min(1).max(50_000),
  requirements: requirementsOverride.optional(),
});

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(64).optional(),
});
