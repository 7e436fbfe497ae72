// Text of a DOCX in reading order, read straight from word/document.xml: paragraphs, list bullets, table rows.
import { metadataMonth } from "../documentDate.ts";
import { AnalysisError } from "../errors.ts";
import type { Month } from "../types.ts";
import { type InflationBudget, inflateBounded } from "./inflateBounded.ts";
import { decodeXmlEntities } from "./xmlEntities.ts";
import { checkInflationBudget, entryPayload, readZipDirectory, type ZipEntry } from "./zipDirectory.ts";

export interface DocxText {
  text: string;
  /** hyperlink targets, which CVs often hide behind labels such as "LinkedIn" */
  links: string[];
  pages: number;
  /** docProps/core.xml's modified (else created) date */
  written?: Month | null;
}

export function isDocxDirectory(entries: ZipEntry[]): boolean {
  return entries.some((entry) => entry.name === "word/document.xml");
}

function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflationBudget): Uint8Array {
  const payload = entryPayload(bytes, entry);
  if (entry.method === 0) {
    if (payload.length !== entry.uncompressedSize)
      throw new AnalysisError("corrupt", `ZIP entry ${entry.name} is stored with a size it does not have`);
    return payload;
  }
  if (entry.method !== 8)
    throw new AnalysisError("unsupported_type", `ZIP compression method ${entry.method}`);
  return inflateBounded(payload, entry.uncompressedSize, budget, entry.name);
}

function readRelationships(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(match[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(match[0])?.[1];
    if (id && target && /TargetMode="External"/.test(match[0])) targets.set(id, decodeXmlEntities(target));
  }
  return targets;
}

/** Walks the XML tags once; only the handful of WordprocessingML elements that shape text matter. */
function documentText(xml: string, relationships: Map<string, string>): { text: string; links: string[] } {
  const lines: string[] = [];
  const links: string[] = [];
  let paragraph = "";
  let cells: string[][] | null = null;
  let cellParagraphs: string[] = [];
  let inText = false;
  let tableDepth = 0;
  // Word writes a text box twice: as a drawing (mc:Choice) and again for older readers (mc:Fallback); the copy is
  // skipped. A text box's paragraphs sit inside the paragraph that anchors it, whose own text waits for them.
  let fallbackDepth = 0;
  const anchoring: string[] = [];
  // A run marked hidden (w:vanish in its own properties, not the paragraph mark's) is not shown to a reader: Word's
  // "Top of Form" / "Bottom of Form" markers, a note to oneself; its text is no part of the CV.
  let inRun = false;
  let inParagraphProperties = false;
  let hiddenRun = false;
  // "<" cannot occur inside well-formed XML markup, so an unclosed tag is abandoned at the next one.
  const tag = /<(\/?)([\w:]+)([^<>]*?)(\/?)>|([^<]+)/g;
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
    const [, closing, name, attributes, selfClosing, content] = match;
    if (name === "mc:Fallback" && !selfClosing) {
      fallbackDepth += closing ? -1 : 1;
      continue;
    }
    if (fallbackDepth > 0) continue;
    if (content !== undefined) {
      if (inText && !hiddenRun) paragraph += decodeXmlEntities(content);
      continue;
    }
    if (name === "w:r") {
      inRun = !closing && !selfClosing;
      hiddenRun = false;
    } else if (name === "w:pPr" && !selfClosing) inParagraphProperties = !closing;
    else if (name === "w:vanish" && inRun && !inParagraphProperties && !closing)
      hiddenRun = !/\bw:val="(?:0|false|off)"/.test(attributes);
    if (name === "w:txbxContent" && !selfClosing) {
      if (!closing) {
        anchoring.push(paragraph);
        paragraph = "";
      } else paragraph = anchoring.pop() ?? "";
    } else if (name === "w:t") inText = !closing && !selfClosing;
    else if (name === "w:tab" && !closing) paragraph += "\t";
    else if ((name === "w:br" || name === "w:cr") && !closing) paragraph += "\n";
    else if (name === "w:numPr" && !closing && paragraph === "") paragraph = "• ";
    else if (name === "w:hyperlink" && !closing) {
      const id = /r:id="([^"]*)"/.exec(attributes)?.[1];
      const target = id ? relationships.get(id) : undefined;
      if (target) links.push(target);
    } else if (name === "w:p" && closing) {
      if (tableDepth > 0) cellParagraphs.push(paragraph.trim());
      else lines.push(paragraph.trim());
      paragraph = "";
    } else if (name === "w:tbl") tableDepth += closing ? -1 : 1;
    else if (name === "w:tr" && !closing) cells = [];
    else if (name === "w:tc" && closing && cells) {
      cells.push(cellParagraphs.filter(Boolean));
      cellParagraphs = [];
    } else if (name === "w:tr" && closing && cells) {
      // A table row stays one line so a date cell keeps its role beside it; multi-paragraph cells follow.
      const filled = cells.filter((cell) => cell.length > 0);
      // One-paragraph cells form a table row and stay on one line (a date beside its role); cells holding
      // several paragraphs are layout columns (a sidebar) and are read one after the other.
      if (filled.every((cell) => cell.length === 1)) {
        if (filled.length > 0) lines.push(filled.map((cell) => cell[0]).join("\t"));
      } else for (const cell of filled) lines.push(...cell);
      cells = null;
    }
  }
  return { text: lines.join("\n"), links };
}

export function extractDocx(
  bytes: Uint8Array,
  maxInflatedBytes: number,
  entries = readZipDirectory(bytes),
): DocxText {
  if (entries.some((entry) => entry.encrypted)) {
    throw new AnalysisError("encrypted", "The DOCX is password-protected");
  }
  checkInflationBudget(entries, maxInflatedBytes);
  // Declared sizes are checked above; what inflation really produces is counted against the same budget.
  const budget: InflationBudget = { left: maxInflatedBytes };
  const documentEntry = entries.find((entry) => entry.name === "word/document.xml");
  if (!documentEntry) throw new AnalysisError("unsupported_type", "The ZIP archive is not a Word document");
  const decoder = new TextDecoder();
  const relationsEntry = entries.find((entry) => entry.name === "word/_rels/document.xml.rels");
  const relationships = relationsEntry
    ? readRelationships(decoder.decode(inflateEntry(bytes, relationsEntry, budget)))
    : new Map<string, string>();
  const xml = decoder.decode(inflateEntry(bytes, documentEntry, budget));
  if (!xml.includes("<w:body")) throw new AnalysisError("corrupt", "word/document.xml has no body");
  const body = documentText(xml, relationships);
  // Many templates put the name and contact line in the page header; read headers first, footers last.
  const partText = (pattern: RegExp) => [
    ...new Set(
      entries
        .filter((entry) => pattern.test(entry.name))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((entry) =>
          documentText(decoder.decode(inflateEntry(bytes, entry, budget)), new Map()).text.trim(),
        )
        .filter(Boolean),
    ),
  ];
  const text = [...partText(/^word\/header\d*\.xml$/), body.text, ...partText(/^word\/footer\d*\.xml$/)].join(
    "\n",
  );
  const links = body.links;
  const appEntry = entries.find((entry) => entry.name === "docProps/app.xml");
  const declaredPages = appEntry
    ? Number(/<Pages>(\d+)<\/Pages>/.exec(decoder.decode(inflateEntry(bytes, appEntry, budget)))?.[1] ?? 0)
    : 0;
  const explicitBreaks = (xml.match(/<w:br\b[^>]*w:type="page"/g) ?? []).length;
  const coreEntry = entries.find((entry) => entry.name === "docProps/core.xml");
  const core = coreEntry ? decoder.decode(inflateEntry(bytes, coreEntry, budget)) : "";
  const stamp = (tag: string) => new RegExp(`<dcterms:${tag}[^>]*>([^<]{4,40})<`).exec(core)?.[1];
  const written = metadataMonth(stamp("modified")) ?? metadataMonth(stamp("created"));
  return { text, links, pages: Math.max(1, declaredPages, explicitBreaks + 1), written };
}
