// Where analysis runs: the small interface the upload path (and later the queue) uses, and the in-process
// runner for Workers, where the platform's CPU limit per request is the deadline and no thread can be killed.
import { type AnalysisResult, type AnalyzeOptions, analyzeDocument, analyzeText } from "../analysis/index.ts";
import { embedText } from "../embeddings/builtin.ts";
import { type CvProfile, toCvProfile } from "../matching/profile.ts";
import { normalize } from "../vectors/similarity.ts";

/** One document to analyse: bytes of a file, or UTF-8 text posted as JSON (`asText`). */
export interface AnalysisJob {
  bytes: Uint8Array;
  asText: boolean;
  options: AnalyzeOptions;
  /**
   * Also what storing the CV derives from the analysis, in the same isolate: the matching profile and, when the
   * built-in embedder is configured (`embeddingDimensions`), the text's vector. On a 250 KB text these took
   * 400-500 ms of the HTTP event loop.
   */
  derive?: { embeddingDimensions: number | null };
}

export interface DerivedFields {
  profile: CvProfile;
  /** L2-normalized, as embedOne gives; null when the embedder is not the built-in one */
  embedding: Float32Array | null;
}

export type AnalysisOutcome = AnalysisResult & { derived?: DerivedFields };

export interface AnalysisPoolState {
  /** isolates running or ready to run */
  workers: number;
  busy: number;
  waiting: number;
  /** isolates killed for running past the deadline or the memory cap, or that died, and replaced */
  replaced: number;
}

/**
 * Runs analyses away from the HTTP event loop where the runtime allows it. `analyze` rejects with an
 * AnalysisError (`timeout`, `too_large`, ... ) for a document that cannot be analysed.
 */
export interface AnalysisPool {
  analyze(job: AnalysisJob): Promise<AnalysisOutcome>;
  state(): AnalysisPoolState;
  close(): Promise<void>;
}

/** Analysis of one job in the calling isolate: the same engine calls a pool worker makes. */
export async function runAnalysisJob(job: AnalysisJob): Promise<AnalysisOutcome> {
  const result = job.asText
    ? analyzeText(new TextDecoder().decode(job.bytes), job.options)
    : await analyzeDocument(job.bytes, job.options);
  if (!job.derive) return result;
  const dimensions = job.derive.embeddingDimensions;
  return {
    ...result,
    derived: {
      profile: toCvProfile(result.analysis, undefined, result.text),
      embedding: dimensions ? normalize(embedText(result.text, dimensions)) : null,
    },
  };
}

/**
 * Workers: analysis runs in the request's isolate. The platform ends a request that exceeds its CPU limit
 * (`limits.cpu_ms` in wrangler.toml) and the engine's own time budget is checked between pages.
 */
export function createInlineAnalysisPool(): AnalysisPool {
  let busy = 0;
  return {
    async analyze(job) {
      busy += 1;
      try {
        return await runAnalysisJob(job);
      } finally {
        busy -= 1;
      }
    },
    state: () => ({ workers: 0, busy, waiting: 0, replaced: 0 }),
    close: async () => {},
  };
}
