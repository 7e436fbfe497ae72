// Request and response shapes of the CV function: validated at the edge and published in the document.
import { z } from "@hono/zod-openapi";
import type { CvSummary } from "../../shared/db/cvs.ts";
import { CV_SORTS } from "../../shared/db/cvs-list.ts";
import { MAX_LIST_CURSOR } from "../../shared/http/list-cursor.ts";
import { analysisSchema } from "../../shared/http/schemas/analysis.ts";
import { queryNumber, queryNumberOr, repeatable } from "../../shared/http/schemas/common.ts";
import type { Same } from "../../shared/http/schemas/same.ts";
import { canonicalSkill } from "../../shared/http/skill-param.ts";

export const textUpload = z
  .object({
    text: z.string().min(1, "must not be empty").openapi({ description: "the CV as plain text" }),
    filename: z.string().trim().min(1).max(255).optional(),
  })
  .openapi("TextUpload");

export const fileUpload = z
  .object({
    file: z
      .array(z.string().openapi({ format: "binary" }))
      .min(1)
      .openapi({ description: "one part named file per document: PDF, DOCX, text, Markdown or HTML" }),
  })
  .openapi("FileUpload");

export const listQuery = z.object({
  limit: queryNumberOr(20, 1, 100, true),
  cursor: z
    .string()
    .max(MAX_LIST_CURSOR)
    .optional()
    .openapi({ description: "nextCursor of the previous page, asked with the same sort and order" }),
  sort: z.enum(CV_SORTS).default("recent").openapi({
    description:
      "recent: by upload; name: by the contact name, case-insensitively, unnamed CVs last; years: by years of experience; quality: by the analysis' quality score",
  }),
  order: z
    .enum(["asc", "desc"])
    .optional()
    .openapi({ description: "desc for recent, years and quality, asc (A to Z) for name when left out" }),
  skill: repeatable(canonicalSkill, 20).openapi({ description: "a skill every CV must have; repeatable" }),
  minYears: queryNumber(0, 80).optional(),
  location: z.string().trim().min(1).max(100).optional(),
  language: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{2}$/, "an ISO 639-1 code like en")
    .optional(),
  q: z.string().trim().min(1).max(500).optional().openapi({ description: "words to find in the CV's text" }),
});

export const viewQuery = z.object({
  redact: z.enum(["true", "false"]).default("false").openapi({ description: "leave out contact details" }),
  format: z.enum(["json", "jsonresume"]).default("json"),
});

const id = z.string().openapi({ format: "uuid" });
const timestamp = z.string().openapi({ format: "date-time" });

export const storedCv = z
  .object({
    id,
    filename: z.string().nullable(),
    createdAt: timestamp,
    analysis: analysisSchema,
    possibleDuplicateOf: id
      .optional()
      .openapi({ description: "a stored CV that seems to be the same person" }),
    duplicateOf: id.optional().openapi({ description: "set when these exact bytes were stored before" }),
  })
  .openapi("StoredCv");

const uploadFailure = z.object({
  filename: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }),
});

export const uploadBatch = z
  .object({
    items: z.array(
      z.union([
        storedCv.extend({ status: z.literal([200, 201]) }),
        uploadFailure.extend({ status: z.number().int().openapi({ description: "this file's 4xx" }) }),
      ]),
    ),
  })
  .openapi("UploadBatch", { description: "one item per file, in the order sent, each with its own status" });

export const cvDetail = z
  .object({
    id,
    filename: z.string().nullable().openapi({ description: "null when redacted" }),
    contentType: z.string(),
    createdAt: timestamp,
    analysis: analysisSchema,
    text: z.string().openapi({ description: "the extracted text in reading order" }),
    indexed: z.boolean().openapi({ description: "the CV's vector is in the vector store" }),
    possibleDuplicateOf: id.optional(),
  })
  .openapi("CvDetail");

export const jsonResume = z
  .looseObject({
    $schema: z.string().optional(),
    basics: z.looseObject({}).optional(),
    work: z.array(z.looseObject({})).optional(),
    education: z.array(z.looseObject({})).optional(),
    skills: z.array(z.looseObject({})).optional(),
  })
  .openapi("JsonResume", { description: "the analysis as a JSON Resume (jsonresume.org) document" });

const cvSummary = z
  .object({
    id,
    filename: z.string().nullable(),
    createdAt: timestamp,
    name: z.string().nullable(),
    headline: z.string().nullable(),
    skills: z.array(z.string()),
    years: z.number(),
    location: z.string().nullable(),
    language: z.string().nullable(),
    possibleDuplicateOf: id.nullable(),
  })
  .openapi("CvSummary");

export const cvPage = z
  .object({
    items: z.array(cvSummary),
    nextCursor: z.string().nullable().openapi({
      description: "pass as cursor, with the same sort and order, for the next page; null at the end",
    }),
    total: z
      .number()
      .int()
      .openapi({ description: "how many of the tenant's CVs pass the filters and q, on every page" }),
  })
  .openapi("CvPage");

export const cvSummaryIsExact: Same<z.infer<typeof cvSummary>, CvSummary> = true;
