// Bytes to reading-order text: checks the size, detects the type from the content and runs its extractor.

import type { ExtractedDocument } from "../analyzeText.ts";
import { AnalysisError } from "../errors.ts";
import type { AnalysisLimits } from "../types.ts";
import { withoutControlCharacters } from "./controlCharacters.ts";
import { detectType } from "./detectType.ts";
import { extractDocx } from "./docx.ts";
import { htmlToText, markdownToText } from "./markup.ts";
import { extractPdf } from "./pdf.ts";

/** Words per page when a text format has no pages of its own. */
const WORDS_PER_PAGE = 500;

/** The same document with control characters gone from everything that reaches the analysis. */
function cleaned(document: ExtractedDocument): ExtractedDocument {
  return {
    ...document,
    text: withoutControlCharacters(document.text),
    links: document.links.map(withoutControlCharacters),
    ...(document.nameHint === undefined ? {} : { nameHint: withoutControlCharacters(document.nameHint) }),
  };
}

export async function extractDocument(
  bytes: Uint8Array,
  limits: AnalysisLimits,
  now: () => number,
): Promise<ExtractedDocument> {
  return cleaned(await extractRaw(bytes, limits, now));
}

async function extractRaw(
  bytes: Uint8Array,
  limits: AnalysisLimits,
  now: () => number,
): Promise<ExtractedDocument> {
  if (bytes.length > limits.maxBytes) {
    throw new AnalysisError(
      "too_large",
      `The file has ${bytes.length} bytes; the limit is ${limits.maxBytes}`,
    );
  }
  const detected = detectType(bytes);
  if (detected.type === "pdf") {
    const pdf = await extractPdf(bytes, limits, now);
    return {
      type: "pdf",
      text: pdf.text,
      pages: pdf.pages,
      links: pdf.links,
      nameHint: pdf.nameHint,
      written: pdf.written,
    };
  }
  if (detected.type === "docx") {
    const docx = extractDocx(bytes, limits.maxInflatedBytes, detected.zipEntries);
    if (docx.pages > limits.maxPages) {
      throw new AnalysisError(
        "too_many_pages",
        `The document has ${docx.pages} pages; the limit is ${limits.maxPages}`,
      );
    }
    if (docx.text.trim() === "")
      throw new AnalysisError("no_text_layer", "The Word document contains no text");
    return { type: "docx", text: docx.text, pages: docx.pages, links: docx.links, written: docx.written };
  }
  const raw = detected.text ?? "";
  const converted =
    detected.type === "html"
      ? htmlToText(raw)
      : detected.type === "markdown"
        ? markdownToText(raw)
        : { text: raw, links: [] };
  if (converted.text.trim() === "") throw new AnalysisError("corrupt", "The document contains no text");
  const words = converted.text.split(/\s+/).length;
  return {
    type: detected.type,
    text: converted.text,
    pages: Math.max(1, Math.ceil(words / WORDS_PER_PAGE)),
    links: converted.links,
  };
}
