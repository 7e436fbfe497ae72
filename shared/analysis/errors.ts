// The one error type the analysis engine throws: a stable code callers map to HTTP statuses and CLI exits.
import type { AnalysisErrorCode } from "./types.ts";

export class AnalysisError extends Error {
  readonly code: AnalysisErrorCode;

  constructor(code: AnalysisErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "AnalysisError";
    this.code = code;
  }
}

export function isAnalysisError(error: unknown): error is AnalysisError {
  return error instanceof AnalysisError;
}
