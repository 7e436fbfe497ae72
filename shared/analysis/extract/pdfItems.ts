// A list item longer than its column goes on over several lines of the PDF, and only the first carries the bullet;
// the DOCX or HTML of the same list holds the item on one line. Joined back, the lines read as the item they are
// ("• Worked as Service Engineer in Acme Pumps, Ankleshwar in" / "1988.").
import { headingKind } from "../headings.ts";
import type { Span, TextRow } from "./pdfRows.ts";

// a list item's glyph: Word's symbol fonts as a PDF keeps them (Symbol's bullet U+F0B7, Wingdings' squares,
// diamonds, arrows and ticks) and their Unicode forms
const ITEM_MARK =
  /^\s*[\uf06c\uf06e\uf071\uf075\uf076\uf09f\uf0a1\uf0a7\uf0a8\uf0b7\uf0d8\uf0e8\uf0f0\uf0fc•●▪■◦○‣⁃➢➤►▶❖◆◇✓✔➔⇒⮚▸▹◾❑❒✦★⦿]/u;
// what else opens a line of its own: a dash or star and a space, a number or letter of a list
const OWN_MARK = /^\s*(?:[-–—*·]\s|\d{1,2}[.)]\s|\(?(?:[ivx]{1,4}|[a-h])\)\s)/u;

/** the row's cells without a mark's own cell before its text (a glyph set apart by a tab stop) */
function textCells(row: TextRow): Span[] {
  const cells = row.cells ?? [];
  const [first, second] = cells;
  const size = row.fontSize ?? 10;
  if (second && ITEM_MARK.test(row.text) && first.end - first.start < 1.5 * size) return cells.slice(1);
  return cells;
}

/** about how wide the row's first word is drawn, from the row's width per character */
function firstWordWidth(row: TextRow, span: Span): number {
  const word = /^\s*(\S+)/u.exec(row.text)?.[1] ?? "";
  const characters = row.text.trim().length;
  return characters > 0 ? ((span.end - span.start) * word.length) / characters : 0;
}

/**
 * Each list item's wrapped lines joined onto its first: a line of one cell under an item (or under a line already
 * joined to one), at the list's line spacing and in its type size, that opens with no mark of its own, is set in
 * from the item's glyph and no further than its text, is no heading, and follows a line that ended where the
 * column's width ran out (its first word would not have fitted after it) without a closing colon.
 */
export function withWrappedItems(rows: TextRow[], typical: number): TextRow[] {
  if (typical <= 0) return rows;
  const ends = rows
    .filter((row) => !row.text.includes("\t"))
    .map(textCells)
    .filter((cells) => cells.length === 1)
    .map(([cell]) => cell.end);
  if (ends.length === 0) return rows;
  // (a loop, not a spread: a page may hold more lines than a call takes arguments)
  const right = ends.reduce((most, end) => Math.max(most, end), Number.NEGATIVE_INFINITY);
  const out: TextRow[] = [];
  // the open item: its glyph's and its text's left edges, and where its last line ended
  let item: { mark: number; text: number; end: number; size: number } | null = null;
  for (const row of rows) {
    const cells = textCells(row);
    const last = out[out.length - 1];
    const size = row.fontSize ?? 10;
    if (
      item !== null &&
      last !== undefined &&
      cells.length === 1 &&
      !row.text.includes("\t") &&
      !ITEM_MARK.test(row.text) &&
      !OWN_MARK.test(row.text) &&
      // (a glyph drawn larger than its item's text sets the first line's size)
      (Math.abs(size - item.size) <= 0.5 || (size < item.size && size >= 0.7 * item.size)) &&
      (last.bottom ?? last.y) - row.y <= 1.35 * typical &&
      cells[0].start > item.mark + 0.3 * size &&
      cells[0].start <= item.text + size &&
      item.end + 0.25 * size + firstWordWidth(row, cells[0]) > right &&
      !/[:：]\s*$/u.test(last.text) &&
      headingKind(row.text) === null
    ) {
      out[out.length - 1] = { ...last, text: `${last.text.trimEnd()} ${row.text.trim()}`, bottom: row.y };
      item.end = cells[0].end;
      continue;
    }
    out.push(row);
    const [first] = row.cells ?? [];
    item =
      ITEM_MARK.test(row.text) && first !== undefined && cells.length === 1 && headingKind(row.text) === null
        ? {
            mark: first.start,
            text: cells[0].start === first.start ? textStart(row) : cells[0].start,
            end: cells[0].end,
            size,
          }
        : null;
  }
  return out;
}

/** where an item's text starts after its glyph, when the two share a cell: the second run's left edge */
function textStart(row: TextRow): number {
  const runs = row.runs ?? [];
  const after = runs.find((run, index) => index > 0 && run.text.trim() !== "") ?? runs[0];
  return after?.span.start ?? row.cells?.[0]?.start ?? 0;
}
