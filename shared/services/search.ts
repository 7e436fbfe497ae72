// Search: every CV of the tenant that passes the filter, scored 0–100 by what the query says and the CV shows:
// its words (field-weighted BM25 against the most the query's words could give), the occupation a job title
// in the query names, the skills it names, and similarity in meaning; only CVs at or above SEARCH_MIN_SCORE
// come back, with the highlights that explain each. It reads the same in-memory copy of the tenant's CVs as
// ranking, so it answers alike in every mode, whatever state the vector store is in.
import type { Kysely } from "kysely";
import type { RankedCv } from "../db/cvs-ranking.ts";
import type { Database } from "../db/schema.ts";
import { lexicalTokens } from "../lexical/tokens.ts";
import type { Logger } from "../log/logger.ts";
import type { CvFilter } from "../matching/cv-filter.ts";
import { bestTitleCloseness, occupationsOf } from "../matching/occupations.ts";
import { bestTitleWordShare, jobTitleWords } from "../matching/titleWords.ts";
import { findSkillMentions } from "../taxonomy/index.ts";
import { cosine } from "../vectors/similarity.ts";
import type { Services } from "./context.ts";
import { type Candidate, filterSetsAny, passes } from "./rank.ts";
import { embedOne } from "./vectors.ts";

export type SearchFilters = CvFilter;

export interface SearchResult extends Candidate {
  /**
   * 0–100: the weighted mean of the components the query gives (see SEARCH_WEIGHTS), each 0–1. 100 is a CV
   * whose titles, skills and text carry every word of the query, in the occupation it names.
   */
  score: number;
  /** each component's share, 0–100, for the components this query has */
  components: Partial<Record<SearchComponent, number>>;
  highlights: string[];
}

export type SearchComponent = "words" | "title" | "occupation" | "skills" | "meaning";

/**
 * How much each component counts when the query has it. Words always count; title (the share of the query's
 * words, weighted by their rarity among job titles, that the CV's best title holds) when the query has words;
 * an occupation only when the query names a job title, skills only when it names skills from the taxonomy.
 */
export const SEARCH_WEIGHTS: Readonly<Record<SearchComponent, number>> = {
  words: 0.45,
  title: 0.3,
  occupation: 0.25,
  skills: 0.2,
  meaning: 0.1,
};

interface Scored {
  cv: RankedCv;
  score: number;
  components: Partial<Record<SearchComponent, number>>;
}

const pct = (x: number) => Math.round(x * 1000) / 10;

export async function searchCvs(
  db: Kysely<Database>,
  services: Services,
  _log: Logger,
  tenantId: string,
  request: { query: string; filters: SearchFilters; limit: number; minScore: number },
): Promise<{ results: SearchResult[]; total: number; degraded: string[] }> {
  const { query, filters, limit, minScore } = request;
  const [all, queryVector] = await Promise.all([
    services.ranking.cvsOf(db, tenantId),
    embedOne(services, query),
  ]);
  const lexical = services.ranking.lexicalOf(tenantId, all);
  const words = lexical.score(query);
  const ceiling = lexical.ceiling(query);
  const querySkills = [...new Set(findSkillMentions(query).map((m) => m.name))];
  const queryOccupations = occupationsOf(query).map((o) => o.code);
  const queryTitle = jobTitleWords(query);
  const range = services.embedder.similarityRange ?? [0, 1];
  const weights: Partial<Record<SearchComponent, number>> = { words: SEARCH_WEIGHTS.words };
  if (queryTitle.total > 0) weights.title = SEARCH_WEIGHTS.title;
  if (queryOccupations.length > 0) weights.occupation = SEARCH_WEIGHTS.occupation;
  if (querySkills.length > 0) weights.skills = SEARCH_WEIGHTS.skills;
  weights.meaning = SEARCH_WEIGHTS.meaning;
  let total = 0;
  for (const w of Object.values(weights)) total += w;
  const hasOccupation = weights.occupation !== undefined;
  const hasSkills = weights.skills !== undefined;
  const hasTitle = weights.title !== undefined;
  // A skill the CV names in passing (in a role, not in a skills list) still counts for search.
  const skillWords = querySkills.map((skill) => lexical.holdingAll(skill));

  const closeness = new Map<string, number>();
  const found: Scored[] = [];
  const filtered = filterSetsAny(filters);
  all.forEach((cv, i) => {
    const { profile } = cv;
    if (filtered && !passes(cv, filters)) return;
    // Plain numbers per CV; the components object is made only for the CVs above the floor.
    const wordShare = ceiling > 0 ? Math.min(1, words[i] / ceiling) : 0;
    const title = hasTitle ? bestTitleWordShare(profile.titles ?? [], queryTitle).share : 0;
    const occupation = hasOccupation
      ? bestTitleCloseness(profile.occupations ?? [], queryOccupations, closeness)
      : 0;
    let skills = 0;
    if (hasSkills) {
      for (let k = 0; k < querySkills.length; k++)
        if (profile.skills.includes(querySkills[k]) || skillWords[k][i] === 1) skills++;
      skills /= querySkills.length;
    }
    const similarity = cv.embedding ? cosine(queryVector, cv.embedding) : 0;
    const meaning = Math.min(1, Math.max(0, (similarity - range[0]) / (range[1] - range[0])));
    const score = pct(
      (SEARCH_WEIGHTS.words * wordShare +
        (hasTitle ? SEARCH_WEIGHTS.title * title : 0) +
        (hasOccupation ? SEARCH_WEIGHTS.occupation * occupation : 0) +
        (hasSkills ? SEARCH_WEIGHTS.skills * skills : 0) +
        SEARCH_WEIGHTS.meaning * meaning) /
        total,
    );
    if (score < minScore) return;
    const components: Partial<Record<SearchComponent, number>> = { words: wordShare };
    if (hasTitle) components.title = title;
    if (hasOccupation) components.occupation = occupation;
    if (hasSkills) components.skills = skills;
    components.meaning = meaning;
    found.push({ cv, score, components });
  });
  found.sort((a, b) => b.score - a.score || (a.cv.id < b.cv.id ? -1 : 1));
  const queryWords = new Set(lexicalTokens(query));
  const results = found.slice(0, limit).map(({ cv, score, components }) => ({
    cvId: cv.id,
    name: cv.name,
    headline: cv.headline,
    score,
    components: Object.fromEntries(Object.entries(components).map(([k, v]) => [k, pct(v)])),
    highlights: highlightsOf(cv, components, querySkills, queryWords, snippetOf(cv.text, queryWords)),
  }));
  return { results, total: found.length, degraded: [] };
}

const SNIPPET_CHARS = 160;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}+#]*/gu;

/**
 * The line of the text with the most of the query's words, cut to SNIPPET_CHARS around the first of them,
 * each marked «like this»; undefined when no line has one.
 */
export function snippetOf(text: string, queryWords: ReadonlySet<string>): string | undefined {
  let best: { line: string; hits: { start: number; end: number }[] } | undefined;
  for (const line of text.split("\n")) {
    const hits: { start: number; end: number }[] = [];
    for (const match of line.matchAll(WORD)) {
      const tokens = lexicalTokens(match[0]);
      if (tokens.length === 1 && queryWords.has(tokens[0]))
        hits.push({ start: match.index, end: match.index + match[0].length });
    }
    if (hits.length > (best?.hits.length ?? 0)) best = { line, hits };
  }
  if (!best) return undefined;
  const from = Math.max(0, Math.min(best.hits[0].start - 40, best.line.length - SNIPPET_CHARS));
  const to = Math.min(best.line.length, from + SNIPPET_CHARS);
  let out = "";
  let at = from;
  for (const hit of best.hits) {
    if (hit.start < from || hit.end > to) continue;
    out += `${best.line.slice(at, hit.start)}«${best.line.slice(hit.start, hit.end)}»`;
    at = hit.end;
  }
  out += best.line.slice(at, to);
  return `${from > 0 ? "…" : ""}${out.replace(/\s+/g, " ").trim()}${to < best.line.length ? "…" : ""}`;
}

function highlightsOf(
  cv: RankedCv,
  components: Partial<Record<SearchComponent, number>>,
  querySkills: string[],
  queryWords: Set<string>,
  snippet: string | undefined,
): string[] {
  const highlights: string[] = [];
  const titles = (cv.profile.titles ?? []).filter((t) => lexicalTokens(t).some((w) => queryWords.has(w)));
  if (titles.length > 0) highlights.push(`titles: ${titles.slice(0, 3).join(", ")}`);
  else if ((components.occupation ?? 0) >= 0.4 && cv.profile.occupations?.length)
    highlights.push(`occupation: ${cv.profile.occupations[0].title}`);
  const skills = querySkills.filter((s) => cv.profile.skills.includes(s));
  if (skills.length > 0) highlights.push(`skills: ${skills.join(", ")}`);
  if ((components.meaning ?? 0) > 0)
    highlights.push(`similar in meaning (${pct(components.meaning ?? 0)} of 100)`);
  if (snippet?.includes("«")) highlights.push(snippet.replace(/\s+/g, " ").trim());
  return highlights;
}
