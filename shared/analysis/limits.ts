// Size, page and time budgets for one analysis, with defaults a CV never needs to exceed.
import type { AnalysisLimits } from "./types.ts";

export const DEFAULT_LIMITS: AnalysisLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxPages: 20,
  maxInflatedBytes: 50 * 1024 * 1024,
  timeoutMs: 10_000,
  maxTextChars: 300_000,
  maxPdfTextItems: 100_000,
  maxPdfOperators: 500_000,
};

export function resolveLimits(overrides: Partial<AnalysisLimits> | undefined): AnalysisLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}
