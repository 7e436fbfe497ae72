// Splits the reading-order text into sections by their headings, with character spans into the text.
import { headingKind } from "./headings.ts";
import type { Section, SectionKind } from "./types.ts";

export interface TextLine {
  text: string;
  /** offset of the line's first character in the full text */
  start: number;
}

export interface SectionBlock extends Section {
  /** the lines under the heading (the heading itself excluded) */
  lines: TextLine[];
}

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    lines.push({ text: raw, start });
    start += raw.length + 1;
  }
  return lines;
}

function isUpperCaseLine(line: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed.length > 1 && trimmed.length <= 40 && /\p{Lu}/u.test(trimmed) && trimmed === trimmed.toUpperCase()
  );
}

/** A heading line stands alone: its neighbours are blank or it is short and set apart by its shape. */
function isHeadingLine(line: TextLine): SectionKind | null {
  return headingKind(line.text);
}

export function detectSections(text: string): SectionBlock[] {
  const lines = splitLines(text);
  const blocks: SectionBlock[] = [];
  let current: SectionBlock | null = null;
  const close = (block: SectionBlock | null) => {
    if (!block) return;
    const last = block.lines.findLast((line) => line.text.trim() !== "");
    block.end = last ? last.start + last.text.length : block.end;
    blocks.push(block);
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    // Setext underlines and rules ("=====", "-----") decorate headings; they are not content.
    if (/^\s*[=\-_~*#]{3,}\s*$/.test(line.text)) continue;
    let kind = isHeadingLine(line);
    let headingEnd = line.start + line.text.trimEnd().length;
    const next = lines[index + 1];
    // Narrow heading columns (Europass) wrap a heading over two upper-case lines: "EXPERIENCIA / PROFESIONAL".
    if (!kind && next && isUpperCaseLine(line.text) && isUpperCaseLine(next.text)) {
      kind = headingKind(`${line.text.trim()} ${next.text.trim()}`);
      if (kind) {
        headingEnd = next.start + next.text.trimEnd().length;
        index++;
      }
    }
    if (kind) {
      close(current);
      const trimmed = text.slice(line.start, headingEnd).trim();
      const offset = line.start + line.text.indexOf(trimmed);
      current = {
        kind,
        heading: trimmed.replace(/\s*\n\s*/g, " "),
        start: offset,
        end: offset + trimmed.length,
        lines: [],
      };
      continue;
    }
    if (!current) {
      if (line.text.trim() === "") continue;
      // Whatever precedes the first heading is the header block: name, title, contact details.
      current = { kind: "contact", heading: "", start: line.start, end: line.start, lines: [] };
    }
    current.lines.push(line);
  }
  close(current);
  return blocks;
}

/** The public view of the sections, without their line arrays. */
export function toSections(blocks: SectionBlock[]): Section[] {
  return blocks.map(({ kind, heading, start, end }) => ({ kind, heading, start, end }));
}

export function sectionsOf(blocks: SectionBlock[], kind: SectionKind): SectionBlock[] {
  return blocks.filter((block) => block.kind === kind);
}

export function sectionText(block: SectionBlock): string {
  return block.lines.map((line) => line.text).join("\n");
}
