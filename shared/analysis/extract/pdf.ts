// Text of a PDF through pdf.js (unpdf's serverless build), page by page within the page and time budgets.
import { getDocumentProxy } from "unpdf";
import { metadataMonth } from "../documentDate.ts";
import { AnalysisError } from "../errors.ts";
import type { AnalysisLimits, Month } from "../types.ts";
import { layoutPage, type PositionedText } from "./pdfLayout.ts";
import { withoutOverprint } from "./pdfLines.ts";

export interface PdfText {
  text: string;
  links: string[];
  pages: number;
  /** the first page's line in the largest type, which is the name on nearly every CV */
  nameHint?: string;
  /** when the file was last written, from its information dictionary */
  written?: Month | null;
}

function largestTypeLine(items: PositionedText[]): string | undefined {
  const sizes = items.map((item) => item.fontSize).sort((a, b) => a - b);
  if (sizes.length < 5) return undefined;
  const median = sizes[Math.floor(sizes.length / 2)];
  const largest = sizes[sizes.length - 1];
  if (largest < 1.3 * median) return undefined;
  const top = items.filter((item) => item.fontSize >= largest - 0.5).sort((a, b) => b.y - a.y)[0];
  return items
    .filter((item) => item.fontSize >= largest - 0.5 && Math.abs(item.y - top.y) < 1)
    .sort((a, b) => a.x - b.x)
    .map((item) => item.str)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

/** pdf.js reports problems as exceptions named after their cause. */
function translatePdfError(cause: unknown): AnalysisError {
  const name = (cause as { name?: string } | null)?.name ?? "";
  const message = cause instanceof Error ? cause.message : String(cause);
  if (name === "PasswordException")
    return new AnalysisError("encrypted", "The PDF is password-protected", { cause });
  if (cause instanceof AnalysisError) return cause;
  return new AnalysisError("corrupt", `The PDF cannot be read: ${message}`, { cause });
}

function hasEndMarker(bytes: Uint8Array): boolean {
  // Writers end every PDF with %%EOF; its absence near the end means the upload was cut short.
  const tail = new TextDecoder("latin1").decode(bytes.subarray(Math.max(0, bytes.length - 2048)));
  return tail.includes("%%EOF");
}

export interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
}

/**
 * A text run of pdf.js with its place and size. A glyph drawn with no character (a symbol font's bullet that the
 * PDF maps to nothing) reads as the private-use character Word's PDFs give their Symbol bullet: a list mark for the
 * layout, nothing in the text.
 */
export function positioned(raw: TextItemLike): PositionedText | null {
  const str = raw.str || ((raw.width ?? 0) > 0 ? "\uf0b7" : "");
  if (!str || !raw.transform) return null;
  const [a, b, , , e, f] = raw.transform;
  return { str, x: e, y: f, width: raw.width ?? 0, fontSize: Math.hypot(a, b) || 10 };
}

/** Image-painting operators in pdf.js's OPS table (paintImageXObject, paintInlineImageXObject, ...). */
const IMAGE_OPERATORS = new Set([83, 84, 85, 86, 87, 88, 89, 90]);

const PAGE_NUMBER =
  /(^|\s)(page|seite|página|pagina|pag\.|blz\.?)\s*\d+\s*(of|von|de|di|sur|van|\/)\s*\d+(\s|$)|^\s*(page|seite|página|pagina)\s*\d+\s*$/i;
// a number alone ("2", "- 3 -"): a page's number at its top or foot, but a wrapped cell's figure in the page's body
// ("Since Dec" / "16", a two-digit year a narrow date cell pushed to the next line)
const LONE_NUMBER = /^\s*(?:[-–]\s*)?\d{1,2}\s*(?:[-–]\s*)?$/;

/**
 * Drops page numbers ("Jane Doe – CV – Page 1 of 2") and running headers or footers repeated at the edge of
 * later pages, which would otherwise land in the middle of whatever section spans the page break.
 */
export function withoutPageFurniture(pageTexts: string[]): string[] {
  const seenAtEdges = new Set<string>();
  return pageTexts.map((text, pageIndex) => {
    const lines = text.split("\n");
    const filled = lines
      .map((line, index) => ({ line: line.trim(), index }))
      .filter(({ line }) => line !== "");
    const edges = new Set([...filled.slice(0, 2), ...filled.slice(-2)].map(({ index }) => index));
    return lines
      .filter((line, index) => {
        const key = line.trim();
        if (PAGE_NUMBER.test(key)) return false;
        if (!edges.has(index) || key === "") return true;
        if (LONE_NUMBER.test(key)) return false;
        const repeated = seenAtEdges.has(key);
        seenAtEdges.add(key);
        return !(repeated && pageIndex > 0);
      })
      .join("\n");
  });
}

/** ModDate, else CreationDate, of the document's information dictionary; null when absent or unreadable. */
async function writtenOf(document: { getMetadata(): Promise<{ info: unknown }> }): Promise<Month | null> {
  try {
    const info = (await document.getMetadata()).info as { ModDate?: unknown; CreationDate?: unknown };
    return metadataMonth(info.ModDate) ?? metadataMonth(info.CreationDate);
  } catch {
    return null;
  }
}

export async function extractPdf(
  bytes: Uint8Array,
  limits: AnalysisLimits,
  now: () => number,
): Promise<PdfText> {
  const started = now();
  if (!hasEndMarker(bytes)) throw new AnalysisError("corrupt", "The PDF is truncated (no %%EOF marker)");
  // pdf.js takes ownership of the buffer it is given, so hand it a copy (a Node Buffer's slice() would share memory).
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    document = await getDocumentProxy(new Uint8Array(bytes), {
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: true,
      stopAtErrors: false,
      verbosity: 0,
    });
  } catch (cause) {
    throw translatePdfError(cause);
  }
  try {
    if (document.numPages > limits.maxPages) {
      throw new AnalysisError(
        "too_many_pages",
        `The PDF has ${document.numPages} pages; the limit is ${limits.maxPages}`,
      );
    }
    const pageTexts: string[] = [];
    const links: string[] = [];
    let pagesWithImages = 0;
    let nameHint: string | undefined;
    let textItems = 0;
    const maxTextItems = limits.maxPdfTextItems ?? Number.POSITIVE_INFINITY;
    for (let number = 1; number <= document.numPages; number++) {
      if (now() - started > limits.timeoutMs) {
        throw new AnalysisError(
          "timeout",
          `Text extraction exceeded ${limits.timeoutMs} ms at page ${number}`,
        );
      }
      const page = await document.getPage(number);
      const [, , pageWidth] = page.view;
      const content = await page.getTextContent();
      textItems += content.items.length;
      if (textItems > maxTextItems)
        throw new AnalysisError("too_large", `The PDF holds more than ${maxTextItems} text items`);
      const items: PositionedText[] = [];
      for (const raw of content.items as TextItemLike[]) {
        const item = positioned(raw);
        if (item) items.push(item);
      }
      for (const annotation of await page.getAnnotations()) {
        if (typeof annotation.url === "string") links.push(annotation.url);
      }
      if (number === 1) nameHint = largestTypeLine(items.filter((item) => item.str.trim() !== ""));
      const text = layoutPage(withoutOverprint(items), pageWidth);
      if (text.trim() === "") {
        const operators = await page.getOperatorList();
        if (operators.fnArray.length > (limits.maxPdfOperators ?? Number.POSITIVE_INFINITY))
          throw new AnalysisError(
            "too_large",
            `Page ${number} of the PDF draws more than ${limits.maxPdfOperators} operators`,
          );
        if (operators.fnArray.some((op: number) => IMAGE_OPERATORS.has(op))) pagesWithImages++;
      }
      pageTexts.push(text);
      page.cleanup();
    }
    if (pageTexts.every((text) => text.trim() === "")) {
      throw new AnalysisError(
        "no_text_layer",
        pagesWithImages > 0
          ? "The PDF is a scan: its pages hold images but no text layer. Run OCR or upload the original file."
          : "The PDF contains no text",
      );
    }
    const cleaned = withoutPageFurniture(pageTexts);
    return {
      text: cleaned.join("\n\n"),
      links,
      pages: document.numPages,
      nameHint,
      written: await writtenOf(document),
    };
  } catch (cause) {
    throw translatePdfError(cause);
  } finally {
    await document.destroy();
  }
}
