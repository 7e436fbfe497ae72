// Request and response shapes of the jobs function: a job's text and optional requirements that override the
// parsed ones, and the stored job as the API returns it.
import { z } from "@hono/zod-openapi";
import type { JobRecord } from "../../shared/db/jobs.ts";
import { pageOf } from "../../shared/http/schemas/common.ts";
import { requirementsSchema } from "../../shared/http/schemas/match.ts";
import type { Same } from "../../shared/http/schemas/same.ts";

const skillList = z.array(z.string().trim().min(1).max(100)).max(100);

export const requirementsOverride = z
  .object({
    required: skillList,
    preferred: skillList,
    minYears: z.number().min(0).max(60).nullable(),
    educationLevel: z.enum(["secondary", "associate", "bachelor", "master", "doctorate", "other"]).nullable(),
    location: z.string().trim().min(1).max(200).nullable(),
    remote: z.boolean().nullable(),
    terms: z.object({ required: skillList, preferred: skillList }).strict(),
    softSkills: skillList,
    educationField: z.string().trim().min(1).max(200).nullable(),
  })
  .partial()
  .strict()
  .openapi("RequirementsOverride", { description: "requirements that replace the ones read from the text" });

export const jobInput = z
  .object({
    title: z.string().trim().min(1).max(300),
    description: z.string().trim().min(1).max(50_000),
    requirements: requirementsOverride.optional(),
  })
  .openapi("JobInput");

export const jobSchema = z
  .object({
    id: z.string().openapi({ format: "uuid" }),
    title: z.string(),
    description: z.string(),
    requirements: requirementsSchema.openapi({ description: "read from the text, overrides applied" }),
    requirementsOverride: requirementsSchema.partial().openapi({ description: "what the caller overrode" }),
    createdAt: z.string().openapi({ format: "date-time" }),
    updatedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("Job");

export const jobPage = pageOf(jobSchema, "JobPage");

export const jobIsExact: Same<z.infer<typeof jobSchema>, JobRecord> = true;
