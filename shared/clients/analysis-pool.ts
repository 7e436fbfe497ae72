// Where analysis runs: the small interface the upload path (and later the queue) uses, and the in-process
// runner for Workers, where the platform's CPU limit per request is the deadline and no thread can be killed.
import { type AnalysisResult, type AnalyzeOptions, analyzeDocument, analyzeText } from "../analysis/index.ts";

/** One document to analyse: bytes of a file, or UTF-8 text posted as JSON (`asText`). */
export interface AnalysisJob {
  bytes: Uint8Array;
  asText: boolean;
  options: AnalyzeOptions;
}

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
  analyze(job: AnalysisJob): Promise<AnalysisResult>;
  state(): AnalysisPoolState;
  close(): Promise<void>;
}

/** Analysis of one job in the calling isolate: the same engine calls a pool worker makes. */
export function runAnalysisJob(job: AnalysisJob): Promise<AnalysisResult> {
  if (job.asText) {
    return Promise.resolve().then(() => analyzeText(new TextDecoder().decode(job.bytes), job.options));
  }
  return analyzeDocument(job.bytes, job.options);
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
