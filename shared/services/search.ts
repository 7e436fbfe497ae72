// Hybrid search: vector similarity (Qdrant or pgvector) fused with keyword and skill matching in the
// database by reciprocal rank fusion, each result with the highlights that explain why it came up.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { keywordMatches, searchSnippets } from "../db/search.ts";
import type { Logger } from "../log/logger.ts";
import type { CvFilter } from "../matching/cv-filter.ts";
import { findSkillMentions } from "../taxonomy/index.ts";
import type { Services } from "./context.ts";
import { embedOne } from "./vectors.ts";

export type SearchFilters = CvFilter;

export interface SearchResult {
  cvId: string;
  /** reciprocal-rank-fusion score: higher is better; comparable within one response */
  score: number;
  highlights: string[];
}

// The usual constant of reciprocal rank fusion: damps the weight of the very first ranks.
const RRF_K = 60;

export async function searchCvs(
  db: Kysely<Database>,
  services: Services,
  log: Logger,
  tenantId: string,
  request: { query: string; filters: SearchFilters; limit: number },
): Promise<{ results: SearchResult[]; degraded: string[] }> {
  const { query, filters, limit } = request;
  const depth = Math.min(200, limit * 5);
  const querySkills = [...new Set(findSkillMentions(query).map((m) => m.name))];
  const degraded: string[] = [];
  const semantic = (async () => {
    try {
      await services.vectorsReady();
      return await services.vectors.search(
        Array.from(await embedOne(services, query)),
        { ...filters, tenantId },
        depth,
      );
    } catch (error) {
      // Said in the response, not hidden: keyword results still come back.
      log.warn("vector search unavailable", { error });
      degraded.push("vectors");
      return [];
    }
  })();
  const [vectorHits, keywordHits] = await Promise.all([
    semantic,
    keywordMatches(db, tenantId, { query, skills: querySkills, filter: filters, limit: depth }),
  ]);

  const fused = new Map<string, { score: number; highlights: string[] }>();
  const entry = (id: string) => {
    let e = fused.get(id);
    if (!e) {
      e = { score: 0, highlights: [] };
      fused.set(id, e);
    }
    return e;
  };
  vectorHits.forEach((hit, rank) => {
    const e = entry(hit.id);
    e.score += 1 / (RRF_K + rank + 1);
    e.highlights.push(`similar in meaning (cosine ${hit.score.toFixed(2)})`);
  });
  keywordHits.forEach((hit, rank) => {
    const e = entry(hit.id);
    e.score += 1 / (RRF_K + rank + 1);
    const matched = querySkills.filter((s) => hit.skills.includes(s));
    if (matched.length) e.highlights.push(`skills: ${matched.join(", ")}`);
  });
  const ranked = [...fused.entries()]
    .sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit);
  // Vector stores may briefly hold a CV whose row is gone: only rows that exist are returned.
  const ids = ranked.map(([id]) => id);
  const snippetOf = await searchSnippets(db, tenantId, query, ids);
  const results = ranked
    .filter(([id]) => snippetOf.has(id))
    .map(([cvId, e]) => {
      const snippet = snippetOf.get(cvId);
      const highlights = snippet?.includes("«")
        ? [...e.highlights, snippet.replace(/\s+/g, " ").trim()]
        : e.highlights;
      return { cvId, score: Math.round(e.score * 1e5) / 1e5, highlights };
    });
  return { results, degraded };
}
