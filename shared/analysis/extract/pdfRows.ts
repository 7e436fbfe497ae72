// A page's rows as text with where their cells stand, and the rows of an education section whose last cell
// wrapped to the row's left edge.

import { educationLevel } from "../degrees.ts";
import { headingKind } from "../headings.ts";
import { looksLikeLocation } from "../places.ts";
import { type Line, lineText, startsCell } from "./pdfLines.ts";

export interface TextRow {
  y: number;
  text: string;
  fontSize?: number;
  /** where each of the row's cells starts and ends */
  cells?: Span[];
  /** the baseline of the row's last wrapped line, when lines were joined to it */
  bottom?: number;
  /** the baseline of the first line of a cell that starts above the row */
  top?: number;
  /** the line's runs of text where they stand, for a table that parts cells its gaps did not */
  runs?: { span: Span; text: string }[];
}

/** a year of this century or the last */
export const YEAR = /\b(?:19|20)\d{2}\b/;

export interface Span {
  start: number;
  end: number;
}

/**
 * A table's columns from its rows' cells (each row's cell spans, none for a row that is no table row): where cells
 * overlap (centred cells start anywhere in their column). Two cells of one row are two columns, however near: a
 * long name fills its cell up to the next one's edge ("Harbor Junior College of Science, Nashik" beside
 * "Maharashtra State").
 */
export function tableColumns(rowCells: Span[][]): Span[] {
  const spans = rowCells
    .flatMap((cells, index) => cells.map((span) => ({ ...span, index })))
    .sort((a, b) => a.start - b.start);
  const columns: Span[] = [];
  let rowsOfLast = new Set<number>();
  for (const { index, ...span } of spans) {
    const last = columns[columns.length - 1];
    if (last && span.start <= last.end && !(rowsOfLast.has(index) && span.start >= last.end - 2)) {
      last.end = Math.max(last.end, span.end);
      rowsOfLast.add(index);
    } else {
      if (last) last.end = Math.min(last.end, span.start);
      columns.push({ ...span });
      rowsOfLast = new Set([index]);
    }
  }
  return columns;
}

/**
 * A page's rows cut at its section headings: each section's tables have their own columns (a work history's
 * table and an education table under it on one page draw different grids).
 */
export function bySection(rows: TextRow[]): TextRow[][] {
  const sections: TextRow[][] = [[]];
  for (const row of rows) {
    if (headingKind(row.text) !== null && (row.cells?.length ?? 1) <= 1) sections.push([]);
    sections[sections.length - 1].push(row);
  }
  return sections.filter((section) => section.length > 0);
}

/** whether each row stands under an education heading */
export function underEducation(rows: TextRow[]): boolean[] {
  let under: string | null = null;
  return rows.map((row) => {
    const kind = row.text.length <= 60 ? headingKind(row.text) : null;
    if (kind !== null) under = kind;
    return under === "education";
  });
}

/**
 * A row of cells under an education heading whose last cell went on at the row's left edge on the next line
 * ("GRADUATION  Bachelors in Finance FOUNDATION" / "UNIVERSITY (Pakistan)", a paragraph of tab stops that
 * wrapped): a short line of one cell that starts where the row starts, at the row's line spacing, and ends the
 * paragraph, is the row's wrapped end and joins it. A row that ends on a figure (a year, a mark) or is a
 * "Key : value" field is complete.
 */
export function withWrappedRowEnds(rows: TextRow[], typical: number): TextRow[] {
  if (typical <= 0) return rows;
  const education = underEducation(rows);
  const out: TextRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const next = rows[i + 1];
    const cells = row.cells ?? [];
    const nextCell = next?.cells?.length === 1 ? next.cells[0] : undefined;
    if (
      education[i] &&
      next !== undefined &&
      nextCell !== undefined &&
      cells.length >= 2 &&
      row.text.split("\t").length === cells.length &&
      !/\d\W*$/.test(row.text) &&
      Math.abs(nextCell.start - cells[0].start) <= 2 &&
      next.fontSize === row.fontSize &&
      (row.bottom ?? row.y) - next.y <= 1.3 * typical &&
      // the two lines make a paragraph of their own: a line at the same step after them goes on a list
      (rows[i + 2] === undefined ||
        (next.bottom ?? next.y) - (rows[i + 2].top ?? rows[i + 2].y) > 1.3 * typical) &&
      // "College\t: X" is a field, complete on its line
      !/\t\s*[:：]/.test(row.text) &&
      // a row that names a qualification and does not end on its place (unless the place opens the institution's
      // name: "Rawalpindi" / "College of Commerce"); the next line names none
      educationLevel(row.text) !== null &&
      (!looksLikeLocation(row.text.slice(row.text.lastIndexOf("\t") + 1)) ||
        /^(?:college|university|institute|school|academy|polytechnic)\b/i.test(next.text)) &&
      educationLevel(next.text) === null &&
      next.text.split(/\s+/).length <= 6 &&
      !/^[•●▪◦*\-–]/u.test(next.text) &&
      headingKind(next.text) === null
    ) {
      out.push({ ...row, text: `${row.text} ${next.text}`, bottom: next.y });
      i++;
      continue;
    }
    out.push(row);
  }
  return out;
}

/** Where each cell of a line starts and ends: a gap wider than the one that makes a tab starts a new cell. */
export function cellSpans(line: Line): Span[] {
  const spans: Span[] = [];
  let right = Number.NEGATIVE_INFINITY;
  for (const item of line.items) {
    if (spans.length === 0 || startsCell(line, item, item.x - right))
      spans.push({ start: item.x, end: item.x });
    right = Math.max(right, item.x + item.width);
    spans[spans.length - 1].end = right;
  }
  return spans;
}

export const runsOf = (line: Line): TextRow["runs"] =>
  line.items.map((item) => ({ span: { start: item.x, end: item.x + item.width }, text: item.str }));

export const rowOf = (line: Line): TextRow => ({
  y: line.y,
  text: lineText(line),
  fontSize: line.fontSize,
  cells: cellSpans(line),
  runs: runsOf(line),
});
