// Ranking: every candidate CV of the tenant scored in memory against a prepared job (skills, experience,
// education and embedding similarity), best first; only the returned ones get the full explanation.
import type { Kysely } from "kysely";
import type { Settings } from "../config/settings.ts";
import type { RankedCv } from "../db/cvs-ranking.ts";
import type { JobRecord } from "../db/jobs.ts";
import type { Database } from "../db/schema.ts";
import type { LexicalIndex } from "../lexical/bm25.ts";
import { holdsAll, lexicalTokens } from "../lexical/tokens.ts";
import { type CvFilter, matchesCvFilter } from "../matching/cv-filter.ts";
import type { JobRequirements } from "../matching/job.ts";
import {
  type MatchOptions,
  type MatchResult,
  type MatchWeights,
  matchScore,
  prepareJob,
  scoreMatch,
} from "../matching/score.ts";
import { holdsTerm, termHolders } from "../matching/termSides.ts";
import { cosine } from "../vectors/similarity.ts";
import type { Services } from "./context.ts";
import { lexicalFieldsOf } from "./ranking-index.ts";
import { embedOne } from "./vectors.ts";

/** Candidates are filtered by the one CV filter, the same the list and search routes apply in SQL. */
export type CandidateFilters = CvFilter;

export interface RankedMatch extends MatchResult {
  cvId?: string;
  jobId?: string;
}

export const weightsFrom = (settings: Settings): MatchWeights => ({
  semantic: settings.MATCH_WEIGHT_SEMANTIC,
  requiredSkills: settings.MATCH_WEIGHT_REQUIRED_SKILLS,
  preferredSkills: settings.MATCH_WEIGHT_PREFERRED_SKILLS,
  experience: settings.MATCH_WEIGHT_EXPERIENCE,
  education: settings.MATCH_WEIGHT_EDUCATION,
  occupation: settings.MATCH_WEIGHT_OCCUPATION,
  lexical: settings.MATCH_WEIGHT_LEXICAL,
  title: settings.MATCH_WEIGHT_TITLE,
});

export const jobText = (job: { title: string; description: string }) => `${job.title}\n${job.description}`;

/**
 * For scoring a single pair, from one reading of the CV's words (the same fields ranking's index reads: titles,
 * skills, text): which of the job's literal terms they hold (`terms`), and which of its taxonomy skills they
 * name in so many words (`named`).
 */
export function wordFlagsOf(cv: Pick<RankedCv, "profile" | "text">, requirements: JobRequirements) {
  const fields = lexicalFieldsOf(cv);
  const words = new Set(lexicalTokens(`${fields.titles}\n${fields.skills}\n${fields.text}`));
  const held = (list: readonly string[]) => list.map((phrase) => holdsAll(words, phrase));
  const heldTerms = (list: readonly string[]) =>
    list.map((term) => holdsTerm(term, (phrase) => holdsAll(words, phrase)));
  return {
    terms: {
      required: heldTerms(requirements.terms?.required ?? []),
      preferred: heldTerms(requirements.terms?.preferred ?? []),
    },
    named: { required: held(requirements.required), preferred: held(requirements.preferred) },
  };
}

/** per document of the index, bit k set when its words name the k-th skill (the first 31 skills only) */
export function namedBitsOf(lexical: LexicalIndex, skills: readonly string[]): Int32Array {
  const bits = new Int32Array(lexical.size);
  skills.slice(0, 31).forEach((skill, k) => {
    const held = lexical.holdingAll(skill);
    for (let i = 0; i < held.length; i++) if (held[i]) bits[i] |= 1 << k;
  });
  return bits;
}

/** the job ad as a lexical query: the title twice, since it names the job in a few words */
export const lexicalQueryOf = (job: { title: string; description: string }) =>
  `${job.title}\n${job.title}\n${job.description}`;

/** the best candidate's lexical score per query, per index view (a view is replaced when the tenant's CVs change) */
const bestScores = new WeakMap<LexicalIndex, Map<string, number>>();

function bestLexical(lexical: LexicalIndex, query: string): number {
  let memo = bestScores.get(lexical);
  if (!memo) {
    memo = new Map();
    bestScores.set(lexical, memo);
  }
  let best = memo.get(query);
  if (best === undefined) {
    best = 0;
    for (const score of lexical.score(query)) if (score > best) best = score;
    if (memo.size >= 256) memo.clear();
    memo.set(query, best);
  }
  return best;
}

/**
 * One CV's lexical score for a job, the number ranking gives it: its BM25F score for the job ad over the best of
 * the tenant's CVs (the CV itself counted, stored or not), against the tenant's word statistics. Read once per
 * request: the returned function scores any number of pairs. It gives undefined when the tenant holds no CVs to
 * measure against.
 */
export async function lexicalSharesOf(db: Kysely<Database>, services: Services, tenantId: string) {
  const candidates = await services.ranking.cvsOf(db, tenantId);
  const lexical = candidates.length > 0 ? services.ranking.lexicalOf(tenantId, candidates) : null;
  return (
    job: { title: string; description: string },
    cv: Pick<RankedCv, "profile" | "text">,
  ): number | undefined => {
    if (!lexical) return undefined;
    const query = lexicalQueryOf(job);
    const own = lexical.scoreDocument(query, lexicalFieldsOf(cv));
    const best = Math.max(bestLexical(lexical, query), own);
    return best > 0 ? own / best : 0;
  };
}

/** whether a filter sets any condition: with none, every CV passes without being looked at */
export const filterSetsAny = (filters: CandidateFilters) =>
  Object.values(filters).some((v) => v !== undefined);

/** the one CV filter over an in-memory CV */
export const passes = (cv: RankedCv, filters: CandidateFilters) =>
  matchesCvFilter(
    {
      skills: cv.profile.skills,
      years: cv.profile.years,
      location: cv.profile.location,
      language: cv.language,
    },
    filters,
  );

/** Who a result is: the CV and the name and headline its analysis read (null when it read none). */
export interface Candidate {
  cvId: string;
  name: string | null;
  headline: string | null;
}

interface Scored {
  cv: RankedCv;
  score: number;
  semantic: number;
  /** the candidate's position in the list given */
  index: number;
}

// Best first; equal scores by CV id, so the order is the same on every call.
const before = (a: Scored, b: Scored) => a.score > b.score || (a.score === b.score && a.cv.id < b.cv.id);

/** Inserts into `top` (kept best first, at most `limit` long) when it belongs there. */
function keepBest(top: Scored[], entry: Scored, limit: number) {
  if (top.length === limit && !before(entry, top[limit - 1])) return;
  let lo = 0;
  let hi = top.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(top[mid], entry)) lo = mid + 1;
    else hi = mid;
  }
  top.splice(lo, 0, entry);
  if (top.length > limit) top.pop();
}

/**
 * Scores every candidate, keeps the best `limit` at or above minScore, and explains those. Only a bounded
 * list is kept while scoring: sorting every candidate cost more than scoring them.
 */
export function rankCandidates(
  candidates: RankedCv[],
  requirements: JobRequirements,
  jobVector: Float32Array,
  options: {
    weights: MatchWeights;
    limit: number;
    minScore: number;
    filters: CandidateFilters;
    /** the job ad's title: the occupation it names is a signal */
    jobTitle?: string;
    /** the embedder's similarityRange */
    semanticRange?: readonly [number, number];
    /** each candidate's BM25F score for the job ad, in `candidates` order */
    lexical?: Float32Array;
    /**
     * per literal term of the job (required, then preferred, as in the requirements' `terms`), 1 for each
     * candidate whose words hold it, in `candidates` order
     */
    termHolders?: { required: Uint8Array[]; preferred: Uint8Array[] };
    /**
     * per candidate, which of the job's taxonomy skills (requirements.required, then preferred; the first 31)
     * its words name: bit k for the k-th skill
     */
    namedBits?: Int32Array;
  },
): { matches: (MatchResult & Candidate)[]; considered: number } {
  const prepared = prepareJob(requirements, undefined, { title: options.jobTitle ?? "" });
  const passing: number[] = [];
  const filtered = filterSetsAny(options.filters);
  for (let i = 0; i < candidates.length; i++)
    if (!filtered || passes(candidates[i], options.filters)) passing.push(i);
  // Lexical scores count relative to the tenant's best candidate, filtered or not: BM25 has no scale of its own,
  // and a CV's score for a job stays the same whatever the filters and the route (see lexicalShareOf).
  let best = 0;
  if (options.lexical) for (const score of options.lexical) best = Math.max(best, score);
  // One options object, refilled per candidate: scoring ten thousand CVs allocates nothing per CV.
  const scratch: MatchOptions = {
    weights: options.weights,
    semantic: 0,
    ...(options.semanticRange ? { semanticRange: options.semanticRange } : {}),
    ...(options.lexical ? { lexical: 0 } : {}),
  };
  const holders = options.termHolders;
  const flags = holders
    ? {
        required: new Uint8Array(holders.required.length),
        preferred: new Uint8Array(holders.preferred.length),
      }
    : undefined;
  if (flags) scratch.terms = flags;
  const namedBits = options.namedBits;
  if (namedBits) scratch.namedBits = 0;
  const matchOptions = (i: number, semantic: number) => {
    scratch.semantic = semantic;
    if (options.lexical) scratch.lexical = best > 0 ? options.lexical[i] / best : 0;
    if (holders && flags) {
      for (let t = 0; t < holders.required.length; t++) flags.required[t] = holders.required[t][i];
      for (let t = 0; t < holders.preferred.length; t++) flags.preferred[t] = holders.preferred[t][i];
    }
    if (namedBits) scratch.namedBits = namedBits[i];
    return scratch;
  };
  const top: Scored[] = [];
  for (const i of passing) {
    const cv = candidates[i];
    const semantic = cosine(jobVector, cv.embedding);
    const score = matchScore(cv.profile, prepared, matchOptions(i, semantic));
    if (score >= options.minScore) keepBest(top, { cv, score, semantic, index: i }, options.limit);
  }
  return {
    considered: passing.length,
    matches: top.map(({ cv, semantic, index }) => ({
      cvId: cv.id,
      name: cv.name,
      headline: cv.headline,
      ...scoreMatch(cv.profile, prepared, matchOptions(index, semantic)),
    })),
  };
}

/** The job's embedding, remembered per job version (a PUT changes updatedAt and so the key). */
export async function jobVectorOf(services: Services, job: JobRecord): Promise<Float32Array> {
  const key = `${job.id}:${job.updatedAt}:${services.embedder.name}`;
  const remembered = services.jobVectors;
  let vector = remembered.get(key);
  if (!vector) {
    vector = await embedOne(services, jobText(job));
    if (remembered.size > 1_000) remembered.clear();
    remembered.set(key, vector);
  }
  return vector;
}

export async function rankCvsForJob(
  db: Kysely<Database>,
  services: Services,
  tenantId: string,
  job: JobRecord,
  options: { weights: MatchWeights; limit: number; minScore: number; filters: CandidateFilters },
) {
  const [candidates, jobVector] = await Promise.all([
    services.ranking.cvsOf(db, tenantId),
    jobVectorOf(services, job),
  ]);
  const semanticRange = services.embedder.similarityRange;
  const lexical = services.ranking.lexicalOf(tenantId, candidates);
  const terms = job.requirements.terms;
  return rankCandidates(candidates, job.requirements, jobVector, {
    ...options,
    jobTitle: job.title,
    ...(semanticRange ? { semanticRange } : {}),
    lexical: lexical.score(lexicalQueryOf(job)),
    termHolders: {
      required: (terms?.required ?? []).map((term) =>
        termHolders(term, (phrase) => lexical.holdingAll(phrase)),
      ),
      preferred: (terms?.preferred ?? []).map((term) =>
        termHolders(term, (phrase) => lexical.holdingAll(phrase)),
      ),
    },
    namedBits: namedBitsOf(lexical, [...job.requirements.required, ...job.requirements.preferred]),
  });
}
