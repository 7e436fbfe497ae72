// Turns a page's lines into text row by row: a table's cells wrapped in their columns go back into their rows,
// a label column beside the entries joins the rows it sits on, and a wider vertical step leaves a blank line.

import { headingKind } from "../headings.ts";
import { type Line, lineText } from "./pdfLines.ts";

interface TextRow {
  y: number;
  text: string;
  fontSize?: number;
  /** where each of the row's cells starts and ends */
  cells?: Span[];
  /** the baseline of the row's last wrapped line, when lines were joined to it */
  bottom?: number;
  /** the baseline of the first line of a cell that starts above the row */
  top?: number;
}

interface Span {
  start: number;
  end: number;
}

/** Where each cell of a line starts and ends: a gap wider than the one that makes a tab starts a new cell. */
function cellSpans(line: Line): Span[] {
  const spans: Span[] = [];
  let right = Number.NEGATIVE_INFINITY;
  for (const item of line.items) {
    if (spans.length === 0 || item.x - right > 2.2 * line.fontSize)
      spans.push({ start: item.x, end: item.x });
    right = Math.max(right, item.x + item.width);
    spans[spans.length - 1].end = right;
  }
  return spans;
}

const rowOf = (line: Line): TextRow => ({
  y: line.y,
  text: lineText(line),
  fontSize: line.fontSize,
  cells: cellSpans(line),
});

interface TableCell {
  above: string[];
  text: string;
  below: string[];
}

/**
 * A table's cells wrapped in their narrow columns. Rows of three or more cells are the table's rows; a short
 * line of one cell that stays inside a column, right above or under such a row, is part of a cell of the
 * nearer row that leaves that column empty on its own line (a cell centred on its row: "St. Gregorious
 * English" / "ICSE  59  2006" / "School."), or of the row above when it is that row's last column (a cell set
 * at the top: "Board of Secondary" / "Education Rajasthan" / "Ajmer").
 */
function withTableCells(rows: TextRow[]): TextRow[] {
  const isAnchor = (row: TextRow) =>
    (row.cells?.length ?? 0) >= 3 && row.text.split("\t").length === row.cells?.length;
  // a column is where the table's rows have cells: overlapping cell spans (centred cells start anywhere in it)
  const spans = rows
    .filter(isAnchor)
    .flatMap((row) => row.cells ?? [])
    .sort((a, b) => a.start - b.start);
  if (spans.length === 0) return rows;
  const columns: Span[] = [];
  for (const span of spans) {
    const last = columns[columns.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else columns.push({ ...span });
  }
  // the column a span lies in: the only one it overlaps
  const columnOf = (span: Span): number => {
    const overlapping = columns.flatMap((column, i) =>
      span.start < column.end && span.end > column.start ? [i] : [],
    );
    return overlapping.length === 1 ? overlapping[0] : -1;
  };
  const cellsOf = new Map<number, Map<number, TableCell>>();
  rows.forEach((row, index) => {
    if (!isAnchor(row)) return;
    const cells = new Map<number, TableCell>();
    row.text.split("\t").forEach((text, i) => {
      const span = row.cells?.[i];
      const column = span ? columnOf(span) : -1;
      const cell = cells.get(column);
      if (cell) cell.text = `${cell.text}\t${text}`;
      else cells.set(column, { above: [], text, below: [] });
    });
    cellsOf.set(index, cells);
  });
  // a line that may be part of a cell: one cell, short, inside a column
  const columnOfPart = (row: TextRow): number =>
    row.cells?.length === 1 &&
    row.text.split(/\s+/).length <= 5 &&
    !/^[•●▪◦*\-–]/u.test(row.text) &&
    headingKind(row.text) === null
      ? columnOf(row.cells[0])
      : -1;
  const parts = rows.map(columnOfPart);
  // cellsOf holds the columns each row fills on its own line until the wrapped lines are decided
  const attached = new Set<number>();
  const bottoms = new Map<number, number>();
  const tops = new Map<number, number>();
  const pending: {
    index: number;
    target: number;
    column: number;
    centred: boolean;
    below: boolean;
    y: number;
  }[] = [];
  rows.forEach((row, index) => {
    const column = parts[index];
    if (column < 0) return;
    const size = row.fontSize ?? 10;
    // the nearest rows above and below, reached over other cell lines only
    let above = index - 1;
    while (above >= 0 && !cellsOf.has(above) && parts[above] >= 0) above--;
    let below = index + 1;
    while (below < rows.length && !cellsOf.has(below) && parts[below] >= 0) below++;
    const up = cellsOf.has(above) ? rows[above].y - row.y : Number.POSITIVE_INFINITY;
    const down = cellsOf.has(below) ? row.y - rows[below].y : Number.POSITIVE_INFINITY;
    // a centred cell's lines sit above and below a row that leaves the column empty on its own line; a cell
    // set at the top wraps under its row, which only the last column shows apart from centring
    const lacks = (at: number) => cellsOf.has(at) && !cellsOf.get(at)?.has(column);
    const last = (at: number) => cellsOf.has(at) && Math.max(...(cellsOf.get(at)?.keys() ?? [])) === column;
    const toBelow = lacks(below) && down <= up;
    // a top-set last cell goes on right under its row, at the cell's own left edge, a line at a time
    const lastCell = rows[above]?.cells?.at(-1);
    const wrapsLast =
      last(above) &&
      lastCell !== undefined &&
      Math.abs((row.cells?.[0].start ?? 0) - lastCell.start) <= 2 &&
      rows[index - 1].y - row.y <= 1.6 * size &&
      row.text.split(/\s+/).length <= 4;
    const toAbove = !toBelow && ((lacks(above) && up <= down) || wrapsLast);
    if (!toBelow && !toAbove) return;
    const target = toBelow ? below : above;
    if ((toBelow ? down : up) > 3.5 * size) return;
    pending.push({ index, target, column, centred: !last(target) || toBelow, below: !toBelow, y: row.y });
  });
  // a centred cell straddles its row: lines above it and below it; a line on one side only may be the row's
  // heading (an employer above a dated row) and stays a line of its own
  const sides = new Map<string, { above: number; below: number }>();
  for (const part of pending) {
    const key = `${part.target}:${part.column}`;
    const side = sides.get(key) ?? { above: 0, below: 0 };
    side[part.below ? "below" : "above"]++;
    sides.set(key, side);
  }
  for (const part of pending) {
    const side = sides.get(`${part.target}:${part.column}`) as { above: number; below: number };
    if (part.centred && (side.above === 0 || side.below === 0)) continue;
    attached.add(part.index);
    const cells = cellsOf.get(part.target) as Map<number, TableCell>;
    const cell = cells.get(part.column) ?? { above: [], text: "", below: [] };
    cells.set(part.column, cell);
    (part.below ? cell.below : cell.above).push(rows[part.index].text);
    if (part.below) bottoms.set(part.target, Math.min(bottoms.get(part.target) ?? part.y, part.y));
    else tops.set(part.target, Math.max(tops.get(part.target) ?? part.y, part.y));
  }
  if (attached.size === 0) return rows;
  const out: TextRow[] = [];
  rows.forEach((row, index) => {
    if (attached.has(index)) return;
    const cells = cellsOf.get(index);
    if (!cells) {
      out.push(row);
      return;
    }
    const text = [...cells.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, cell]) => [...cell.above, cell.text, ...cell.below].filter((part) => part !== "").join(" "))
      .filter((cell) => cell !== "")
      .join("\t");
    out.push({ ...row, text, bottom: bottoms.get(index) ?? row.bottom, top: tops.get(index) });
  });
  return out;
}

function rowsToText(all: TextRow[]): string {
  const spacings = all.slice(1).map((row, index) => all[index].y - row.y);
  const rows = withTableCells(all);
  const out: string[] = [];
  const typical =
    spacings.length > 0 ? [...spacings].sort((a, b) => a - b)[Math.floor(spacings.length / 2)] : 0;
  rows.forEach((row, index) => {
    // A noticeably larger vertical step marks a paragraph or section break.
    const above = rows[index - 1];
    if (above && typical > 0 && (above.bottom ?? above.y) - (row.top ?? row.y) > 1.6 * typical) out.push("");
    out.push(row.text);
  });
  return out.join("\n");
}

export function linesToText(lines: Line[]): string {
  return rowsToText(lines.map(rowOf));
}

const YEAR = /\b(19|20)\d{2}\b/;

/**
 * A table whose label column (dates, headings) sits beside the entries: each label joins the entry row it
 * starts on, and a label that wrapped ("September" over "2016–January 2020") is put back together first.
 */
export function tableText(sparse: Line[], dense: Line[], sparseIsLeft: boolean): string {
  const cells: { y: number; fontSize: number; text: string; spans: Span[] }[] = [];
  for (const line of sparse) {
    const text = lineText(line);
    const last = cells[cells.length - 1];
    const wrapped =
      last &&
      last.y - line.y <= 1.6 * last.fontSize &&
      (!YEAR.test(last.text) || /[-–—]$/.test(last.text)) &&
      YEAR.test(text);
    if (wrapped) last.text = `${last.text} ${text}`;
    else cells.push({ y: line.y, fontSize: line.fontSize, text, spans: cellSpans(line) });
  }
  const rows: TextRow[] = dense.map(rowOf);
  for (const cell of cells) {
    const row = rows.find((candidate) => Math.abs(candidate.y - cell.y) <= 0.5 * cell.fontSize);
    if (row) {
      row.text = sparseIsLeft ? `${cell.text}\t${row.text}` : `${row.text}\t${cell.text}`;
      row.cells = sparseIsLeft
        ? [...cell.spans, ...(row.cells ?? [])]
        : [...(row.cells ?? []), ...cell.spans];
    } else rows.push({ y: cell.y, text: cell.text, fontSize: cell.fontSize, cells: cell.spans });
  }
  return rowsToText(rows.sort((a, b) => b.y - a.y));
}
