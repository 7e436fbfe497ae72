// The analysis engine's public entry: analyse CV bytes (PDF, DOCX, TXT, Markdown, HTML) or already-extracted text.
import { analyzeExtracted } from "./analyzeText.ts";
import { AnalysisError } from "./errors.ts";
import { withoutControlCharacters } from "./extract/controlCharacters.ts";
import { classifyText } from "./extract/detectType.ts";
import { extractDocument } from "./extract/extractDocument.ts";
import { htmlToText, markdownToText } from "./extract/markup.ts";
import { resolveLimits } from "./limits.ts";
import type { AnalysisResult, AnalyzeOptions, DocumentType } from "./types.ts";

export { AnalysisError } from "./errors.ts";
export { DEFAULT_LIMITS } from "./limits.ts";
export type * from "./types.ts";

export interface EngineOptions extends AnalyzeOptions {
  /**
   * Milliseconds from any fixed origin, for the time budget only. Defaults to `performance.now`, which
   * Node, workerd and browsers all provide; results never depend on it.
   */
  now?: () => number;
}

function checkAsOf(asOf: string): void {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(asOf)) throw new TypeError(`asOf must be "YYYY-MM", got "${asOf}"`);
}

export async function analyzeDocument(bytes: Uint8Array, options: EngineOptions): Promise<AnalysisResult> {
  checkAsOf(options.asOf);
  const limits = resolveLimits(options.limits);
  const now = options.now ?? (() => performance.now());
  const started = now();
  const extracted = await extractDocument(bytes, limits, now);
  if (now() - started > limits.timeoutMs) {
    throw new AnalysisError("timeout", `Extraction took longer than ${limits.timeoutMs} ms`);
  }
  return analyzeExtracted(extracted, { ...options, maxTextChars: limits.maxTextChars });
}

/** Synchronous analysis of text the caller already has (JSON `{ text }` uploads). */
export function analyzeText(
  posted: string,
  options: AnalyzeOptions & { type?: DocumentType; pages?: number },
): AnalysisResult {
  checkAsOf(options.asOf);
  const text = withoutControlCharacters(posted);
  const limits = resolveLimits(options.limits);
  if (text.length > limits.maxBytes) {
    throw new AnalysisError(
      "too_large",
      `The text has ${text.length} characters; the limit is ${limits.maxBytes}`,
    );
  }
  if (text.trim() === "") throw new AnalysisError("corrupt", "The text is empty");
  const words = text.split(/\s+/).length;
  const pages = options.pages ?? Math.max(1, Math.ceil(words / 500));
  if (pages > limits.maxPages) {
    throw new AnalysisError(
      "too_many_pages",
      `The text spans ${pages} pages; the limit is ${limits.maxPages}`,
    );
  }
  // Text posted as JSON may still be Markdown or HTML; it is read the way a file of that type would be.
  const type = options.type ?? classifyText(text);
  const converted =
    type === "html" ? htmlToText(text) : type === "markdown" ? markdownToText(text) : { text, links: [] };
  return analyzeExtracted(
    { type, text: converted.text, pages, links: converted.links },
    { ...options, maxTextChars: limits.maxTextChars },
  );
}
