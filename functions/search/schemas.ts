// Request and response shapes of the search function.
import { z } from "@hono/zod-openapi";
import type { Same } from "../../shared/http/schemas/same.ts";
import { canonicalSkill } from "../../shared/http/skill-param.ts";
import type { SearchResult } from "../../shared/services/search.ts";

export const searchInput = z
  .object({
    query: z.string().trim().min(1).max(1_000).openapi({ description: "what to look for, in words" }),
    filters: z
      .object({
        skills: z.array(canonicalSkill).max(20).optional(),
        minYears: z.number().min(0).max(80).optional(),
        location: z.string().trim().min(1).max(100).optional(),
        language: z
          .string()
          .regex(/^[a-zA-Z]{2}$/, "an ISO 639-1 code like en")
          .optional(),
      })
      .strict()
      .default({}),
    limit: z.number().int().min(1).max(100).default(10),
  })
  .openapi("SearchInput");

const searchResult = z.object({
  cvId: z.string().openapi({ format: "uuid" }),
  score: z
    .number()
    .openapi({ description: "reciprocal-rank fusion score: higher is better, within one answer" }),
  highlights: z.array(z.string()).openapi({ description: "why the CV came up" }),
});

export const searchResults = z
  .object({
    results: z.array(searchResult),
    degraded: z
      .array(z.string())
      .optional()
      .openapi({ description: "parts of the search that could not run (e.g. vectors); the rest answered" }),
  })
  .openapi("SearchResults");

export const searchResultIsExact: Same<z.infer<typeof searchResult>, SearchResult> = true;
