// Request and response shapes of the search function.
import { z } from "@hono/zod-openapi";
import { candidateFields } from "../../shared/http/schemas/match.ts";
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
    minScore: z.number().min(0).max(100).optional().openapi({
      description:
        "the relevance floor, 0-100: CVs scoring below it are not results (default SEARCH_MIN_SCORE)",
    }),
  })
  .openapi("SearchInput");

const searchResult = z.object({
  cvId: z.string().openapi({ format: "uuid" }),
  ...candidateFields,
  score: z.number().openapi({
    description:
      "0-100: the weighted mean of the components the query has (words 0.45, title 0.3, occupation 0.25, skills 0.2, meaning 0.1)",
  }),
  components: z
    .object({
      words: z.number().optional(),
      title: z.number().optional(),
      occupation: z.number().optional(),
      skills: z.number().optional(),
      meaning: z.number().optional(),
    })
    .openapi({
      description:
        "each component 0-100: words = BM25F against the most the query's words could give; title = share of the query's words (rarer words among job titles weigh more) that the CV's best title holds, older roles counting less; occupation = closeness of the CV's titles to the occupation the query names; skills = share of the query's skills held; meaning = embedding similarity in the embedder's range",
    }),
  highlights: z.array(z.string()).openapi({ description: "why the CV came up" }),
});

export const searchResults = z
  .object({
    results: z.array(searchResult),
    total: z
      .number()
      .int()
      .openapi({ description: "how many CVs score at or above the floor (results holds at most limit)" }),
    degraded: z
      .array(z.string())
      .optional()
      .openapi({ description: "parts of the search that could not run (e.g. vectors); the rest answered" }),
  })
  .openapi("SearchResults");

export const searchResultIsExact: Same<z.infer<typeof searchResult>, SearchResult> = true;
