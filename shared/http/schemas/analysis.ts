// The analysis of a CV as the API returns it: a zod mirror of shared/analysis/types.ts, checked against it
// at compile time so the document cannot drift from the engine's types.
import { z } from "@hono/zod-openapi";
import type { Analysis } from "../../analysis/types.ts";
import type { Same } from "./same.ts";

const month = z
  .string()
  .regex(/^\d{4}-\d{2}$/)
  .openapi({ description: "YYYY-MM", example: "2021-04" });
const confidence = z.number().min(0).max(1).openapi({ description: "how sure the engine is, 0..1" });
const confident = <T extends z.ZodType>(value: T) => z.object({ value, confidence });
export const educationLevelSchema = z
  .enum(["secondary", "associate", "bachelor", "master", "doctorate", "other"])
  .openapi("EducationLevel");

const contact = z.object({
  name: confident(z.string()).nullable(),
  emails: z.array(confident(z.string())),
  phones: z.array(confident(z.string().openapi({ description: "E.164", example: "+4915112345678" }))),
  links: z.array(
    confident(z.object({ kind: z.enum(["linkedin", "github", "portfolio", "other"]), url: z.string() })),
  ),
  location: confident(z.string()).nullable(),
});

const section = z.object({
  kind: z.enum([
    "contact",
    "summary",
    "experience",
    "education",
    "skills",
    "languages",
    "certifications",
    "projects",
    "publications",
    "awards",
    "interests",
    "references",
    "volunteering",
    "other",
  ]),
  heading: z.string(),
  start: z.number().int().openapi({ description: "character offset into the extracted text" }),
  end: z.number().int(),
});

const experienceEntry = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  start: month.nullable(),
  end: month.nullable(),
  current: z.boolean(),
  months: z.number().nullable(),
  highlights: z.array(z.string()),
  confidence,
});

const totals = z.object({
  months: z.number().openapi({ description: "overlapping periods merged" }),
  years: z.number(),
  gaps: z.array(z.object({ from: month, to: month, months: z.number() })),
  seniority: z.enum(["intern", "junior", "mid", "senior", "lead", "principal", "executive"]).nullable(),
});

const educationEntry = z.object({
  degree: z.string().nullable(),
  level: educationLevelSchema.nullable(),
  field: z.string().nullable(),
  institution: z.string().nullable(),
  start: month.nullable(),
  end: month.nullable(),
  grade: z.string().nullable(),
  confidence,
});

const skillEntry = z.object({
  name: z.string().openapi({ description: "canonical taxonomy name" }),
  category: z.string(),
  aliasesSeen: z.array(z.string()),
  mentions: z.number().int(),
  monthsUsed: z.number().nullable(),
  lastUsed: month.nullable(),
  confidence,
});

const qualityCheck = z.object({
  id: z.enum([
    "contact_complete",
    "dates_parseable",
    "quantified_achievements",
    "length",
    "sections_present",
    "action_verbs",
    "consistency",
  ]),
  passed: z.boolean(),
  points: z.number(),
  weight: z.number(),
  detail: z.string(),
  suggestion: z.string().nullable(),
});

export const analysisSchema = z
  .object({
    contact,
    headline: confident(z.string()).nullable(),
    summary: confident(z.string()).nullable(),
    sections: z.array(section),
    experience: z.array(experienceEntry),
    totals,
    education: z.array(educationEntry),
    skills: z.array(skillEntry),
    languages: z.array(
      z.object({
        language: z.string().openapi({ example: "German" }),
        level: z
          .string()
          .nullable()
          .openapi({ description: "CEFR A1..C2, or native, fluent, professional, ..." }),
        confidence,
      }),
    ),
    certifications: z.array(
      z.object({ name: z.string(), issuer: z.string().nullable(), date: month.nullable(), confidence }),
    ),
    projects: z.array(
      z.object({ name: z.string(), description: z.string().nullable(), skills: z.array(z.string()) }),
    ),
    quality: z.object({ score: z.number(), checks: z.array(qualityCheck) }),
    document: z.object({
      type: z.enum(["pdf", "docx", "txt", "markdown", "html"]),
      language: z.string().openapi({ description: "ISO 639-1" }),
      pages: z.number().int(),
      words: z.number().int(),
      dated: z
        .object({ month, by: z.enum(["metadata", "signature", "analysis"]) })
        .openapi({ description: "the month the CV speaks from: 'present' in it means this month" }),
    }),
  })
  .openapi("Analysis", {
    description: "what the engine read from a CV; every extracted field has a confidence",
  });

export const analysisIsExact: Same<z.infer<typeof analysisSchema>, Analysis> = true;
