// A table under a row of column labels ("Company  Position  From  To") whose cells wrap: each row's lines,
// above and below the line that holds most of its cells, are put back into their columns.

import {
  COLUMN_LABEL,
  isColumnLabelCell,
  isColumnLabelRow,
  isColumnLabels,
  isLabelCells,
} from "../columnLabels.ts";
import { headingKind, isWorkOrStudyHeading } from "../headings.ts";
import type { Span, TextRow } from "./pdfRows.ts";

/** a row's cells with their text, or null when its tabs and its cell spans do not agree */
function cellsOf(row: TextRow): { span: Span; text: string }[] | null {
  const texts = row.text.split("\t");
  const spans = row.cells ?? [];
  if (texts.length !== spans.length || spans.length === 0) return null;
  return spans.map((span, i) => ({ span, text: texts[i].trim() }));
}

/**
 * A label cell of two labels that stand too close to part ("From To" over two date columns): each label gets its
 * share of the cell's width by its letters.
 */
function splitLabels(label: { span: Span; text: string }): { span: Span; text: string }[] {
  const words = [...label.text.matchAll(/\S+/g)];
  if (words.length < 2 || !words.every(([word]) => COLUMN_LABEL.test(word))) return [label];
  const width = label.span.end - label.span.start;
  const at = (offset: number) => label.span.start + (width * offset) / label.text.length;
  return words.map((word) => ({
    text: word[0],
    span: { start: at(word.index), end: at(word.index + word[0].length) },
  }));
}

/** a row's runs of text joined into cells wherever they stand closer than half a font size */
function runCells(row: TextRow, size: number): { span: Span; text: string }[] | null {
  const cells: { span: Span; text: string }[] = [];
  for (const run of row.runs ?? []) {
    const last = cells[cells.length - 1];
    if (last !== undefined && run.span.start - last.span.end < 0.5 * size) {
      last.text = `${last.text}${run.span.start - last.span.end > 0.1 * size ? " " : ""}${run.text}`.trim();
      last.span.end = Math.max(last.span.end, run.span.end);
    } else cells.push({ span: { ...run.span }, text: run.text.trim() });
  }
  // the runs must hold the row's whole text (a wrapped label joined beside the row has runs of its own)
  const letters = (text: string) => text.replace(/\s+/g, "");
  if (letters(cells.map((cell) => cell.text).join("")) !== letters(row.text)) return null;
  return cells.length > 1 ? cells : null;
}

/**
 * The column labels of a table: the label row's cells, parted where their runs stand apart ("Year" and "Marks"
 * set close enough to read as one cell) and each cell of two labels shared out, with the labels that wrapped
 * onto the lines above (rows[first..start)) and below it ("Board /" over "University", the row's other labels
 * centred between them) joined to the label they stand over or under, or added as labels of their own.
 */
function tableLabels(
  rows: TextRow[],
  first: number,
  start: number,
  size: number,
): { labels: { span: Span; text: string }[]; below: number } {
  const own = cellsOf(rows[start]) as { span: Span; text: string }[];
  const parted = runCells(rows[start], size);
  const labels = (
    parted !== null && parted.length > own.length && parted.every((cell) => isLabelText(cell.text))
      ? parted
      : own
  ).flatMap(splitLabels);
  const wrapped = (row: TextRow, above: boolean) => {
    const cells = cellsOf(row);
    const overOf = (cell: { span: Span }) =>
      labels.filter(({ span }) => span.start < cell.span.end && cell.span.start < span.end);
    // a wrapped cell under two labels joins neither: the line is left as it is
    if (cells === null || cells.some((cell) => overOf(cell).length > 1)) return;
    for (const cell of cells) {
      const over = overOf(cell);
      if (over.length === 1) {
        over[0].text = above ? `${cell.text} ${over[0].text}` : `${over[0].text} ${cell.text}`;
        over[0].span = {
          start: Math.min(over[0].span.start, cell.span.start),
          end: Math.max(over[0].span.end, cell.span.end),
        };
      } else labels.push({ span: { ...cell.span }, text: cell.text });
    }
    labels.sort((a, b) => a.span.start - b.span.start);
  };
  for (let index = start - 1; index >= first; index--) wrapped(rows[index], true);
  let index = start + 1;
  for (
    ;
    index < rows.length &&
    gap(rows[index - 1], rows[index]) <= 1.6 * size &&
    isLabelCells(rows[index].text) &&
    !/\d/.test(rows[index].text);
    index++
  )
    wrapped(rows[index], false);
  return { labels, below: index - start - 1 };
}

// a label's words, or a sign that heads a column of numbers ("%", "#")
const isLabelText = (text: string) => isColumnLabels(text) || isColumnLabelCell(text) || /^[%#]$/.test(text);

const gap = (upper: TextRow, lower: TextRow) => (upper.bottom ?? upper.y) - (lower.top ?? lower.y);

const isLabelRow = (row: TextRow) =>
  (row.cells?.length ?? 0) >= 3 &&
  row.text.split("\t").length === row.cells?.length &&
  (isColumnLabelRow(row.text) || (isLabelCells(row.text) && !/\d/.test(row.text)));

// a cell that is one value: a year or a span of years, a percentage, a grade point ("7.33(CGPA)"), a mark
const VALUE =
  /^(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?|\d{1,3}(?:\.\d{1,2})?\s*(?:%|\(?c?gpa\)?)?)$/i;

const isHeading = (row: TextRow) => row.text.length <= 60 && headingKind(row.text) !== null;

// a work or education heading in capitals set beside the next section's first line, as a left column of
// headings sets it ("EXPERIENCE" beside "Jul 2020 - To Date"); other capitals in a first cell ("CERTIFICATE")
// are as often the table's own
const headingBeside = (row: TextRow) => {
  const first = row.text.split("\t")[0].trim();
  return (
    first.length <= 40 &&
    first === first.toUpperCase() &&
    /\p{Lu}{3}/u.test(first) &&
    isWorkOrStudyHeading(first)
  );
};

/**
 * The rows of the table whose label row is rows[start], rebuilt, and where the table ends; null when the
 * table's rows cannot be told apart by their spacing. A cell is in the column of the last label whose column
 * it starts past (after the end of the label before), so that labels centred over their columns still place
 * each cell; a line with a cell that runs into the next column's label is no table row and ends the table, as do
 * a heading and a gap of a paragraph. Rows stand further apart than a cell's lines: the lines between two
 * such gaps are one row, whether its cells are set at the top or centred.
 * A table whose every line fills all its columns, or all but one, has a row a line whatever its steps.
 * Without such gaps or full lines, or with a row that fills one column only, the table is left as it is.
 */
function labelledTable(
  rows: TextRow[],
  start: number,
): { rows: TextRow[]; first: number; end: number } | null {
  const size = rows[start].fontSize ?? 10;
  // a label that wrapped above the label row ("Board /" over "Course  College  Year")
  let first = start;
  while (
    first > 0 &&
    gap(rows[first - 1], rows[first]) <= 1.6 * size &&
    isLabelCells(rows[first - 1].text) &&
    (rows[first - 1].cells?.length ?? 0) > 0
  )
    first--;
  const { labels, below } = tableLabels(rows, first, start, size);
  // a cell starts in a column once it starts past the end of the label before it
  const columnOf = (span: Span, crossing: boolean): number => {
    let column = 0;
    while (column + 1 < labels.length && span.start > labels[column].span.end) column++;
    const next = labels[column + 1];
    return !crossing && next !== undefined && span.end > next.span.start + 0.5 * size ? -1 : column;
  };
  const placeCells = (row: TextRow, cells: { span: Span; text: string }[] | null) => {
    if (cells === null) return null;
    // the label row's own cell of two labels spans their columns
    const columns = cells.map(({ span }) => columnOf(span, row === rows[start]));
    if (columns.some((column, i) => column < 0 || (i > 0 && column <= columns[i - 1]))) return null;
    return { row, cells: cells.map((cell, i) => ({ ...cell, column: columns[i] })) };
  };
  // a row whose cells stand too close to part by their gaps (narrow columns filled to the edge) is parted
  // at any gap of half a font size between its runs, if that puts each cell in a column of its own
  const place = (row: TextRow) =>
    placeCells(row, cellsOf(row)) ?? (row === rows[start] ? null : placeCells(row, runCells(row, size)));
  while (first < start && place(rows[first]) === null) first++;
  const placed: NonNullable<ReturnType<typeof place>>[] = [];
  for (let index = first; index <= start; index++) {
    const at = place(rows[index]);
    if (at === null) return null;
    placed.push(at);
  }
  let end = start + 1;
  for (; end < rows.length; end++) {
    const row = rows[end];
    if (isHeading(row) || gap(rows[end - 1], row) > 3.5 * size || headingBeside(row)) break;
    const at = place(row);
    if (at === null) break;
    placed.push(at);
  }
  // a cell's line step: the narrowest step between two lines of one column (lines of other cells, centred
  // beside them, may stand half a step away)
  const steps = placed.slice(1).map(({ row }, i) => gap(placed[i].row, row));
  let step = Number.POSITIVE_INFINITY;
  const lastIn = new Map<number, TextRow>();
  for (const { row, cells } of placed)
    for (const { column } of cells) {
      const above = lastIn.get(column);
      if (above !== undefined && gap(above, row) >= 0.8 * size) step = Math.min(step, gap(above, row));
      lastIn.set(column, row);
    }
  // a table whose every line fills all its columns, or all but one, is a row a line whatever the steps; the
  // label lines (with those that wrapped under the label row) are its head, whatever they fill
  const head = start + below - first + 1;
  const full = placed.slice(head).every(({ cells }) => cells.length >= labels.length - 1);
  if (!Number.isFinite(step) && !full) return null;
  const groups: (typeof placed)[] = [[placed[0]]];
  for (let i = 1; i < placed.length; i++) {
    if ((full && i >= head) || steps[i - 1] > 1.3 * step) groups.push([]);
    groups[groups.length - 1].push(placed[i]);
  }
  // the label row at the head of its group, and rows of two or more cells after it
  if (groups.length < 2 || placed.indexOf(groups[1][0]) <= start - first) return null;
  let rebuilt = rebuildRows(groups);
  // rows that no gap parts, the table's first line a row's line of values ("2012  Higher Secondary  Govt. MLB
  // Girls  54.40%" over "Certificate Examination  H.S. School Betul"): cells set at the top of their rows, each
  // line of values opening a row and the lines under it wrapping its cells
  const data = placed.slice(head);
  const holdsValues = ({ cells }: (typeof placed)[number]) => cells.some(({ text }) => VALUE.test(text));
  // a line that wraps a cell hangs from the line above it: a cell's line step below it, and no further from it
  // than from the line below; a line that hangs from nothing (a page's footer, a centred cell's first line)
  // leaves the table as it is
  const hangs = (line: (typeof placed)[number], i: number) =>
    holdsValues(line) ||
    (i > 0 &&
      gap(data[i - 1].row, line.row) <= Math.min(1.3 * step, 1.6 * size) &&
      (i === data.length - 1 || gap(data[i - 1].row, line.row) <= gap(line.row, data[i + 1].row)));
  if (rebuilt === null && data.length > 0 && holdsValues(data[0]) && data.every(hangs)) {
    const rows: (typeof placed)[] = [placed.slice(0, head)];
    for (const line of data) {
      if (holdsValues(line)) rows.push([]);
      rows[rows.length - 1].push(line);
    }
    rebuilt = rebuildRows(rows);
  }
  return rebuilt === null ? null : { rows: rebuilt, first, end };
}

/**
 * Each group of placed lines as one row, its cells' lines joined column by column; null when a group holds two
 * values in one cell ("75" over "70": two rows that no gap parts) or a row after the first has one cell only.
 */
function rebuildRows(groups: { row: TextRow; cells: { column: number; text: string; span: Span }[] }[][]) {
  let merged = false;
  const rebuilt = groups.map((group): TextRow => {
    const columns = new Map<number, { texts: string[]; span: Span }>();
    for (const { cells } of group)
      for (const { column, text, span } of cells) {
        const at = columns.get(column);
        if (at === undefined) columns.set(column, { texts: [text], span: { ...span } });
        else {
          if (VALUE.test(text) && at.texts.some((earlier) => VALUE.test(earlier))) merged = true;
          at.texts.push(text);
          at.span.start = Math.min(at.span.start, span.start);
          at.span.end = Math.max(at.span.end, span.end);
        }
      }
    const ordered = [...columns.entries()].sort(([a], [b]) => a - b).map(([, cell]) => cell);
    const top = group[0].row;
    const last = group[group.length - 1].row;
    return {
      y: top.y,
      text: ordered.map((cell) => joinCellLines(cell.texts.filter(Boolean))).join("\t"),
      fontSize: top.fontSize,
      cells: ordered.map((cell) => cell.span),
      top: top.top,
      bottom: last.bottom ?? last.y,
    };
  });
  if (merged || rebuilt.slice(1).some((row) => (row.cells?.length ?? 0) < 2)) return null;
  return rebuilt.flatMap(withItemsBelow);
}

/**
 * "Electrical Supervisor" over "• Supervised LV panels ..." in a row's cell: the items listed in a cell are the
 * row's body, read on lines of their own under it, as a job's duties are; the row keeps each cell's head.
 */
function withItemsBelow(row: TextRow): TextRow[] {
  const cells = row.text.split("\t");
  const items: string[] = [];
  const heads = cells.map((cell) => {
    const at = cell.search(/\s[•●▪■◦○‣⁃➢►✓]\s*\S|^[•●▪■◦○‣⁃➢►✓]\s*\S/u);
    if (at < 0) return cell;
    items.push(
      ...cell
        .slice(at)
        .split(/(?=[•●▪■◦○‣⁃➢►✓]\s*\S)/u)
        .map((item) => item.trim())
        .filter(Boolean),
    );
    return cell.slice(0, at).trim();
  });
  if (items.length === 0) return [row];
  const kept = heads.flatMap((head, i) => (head === "" ? [] : [{ head, span: row.cells?.[i] }]));
  const size = row.fontSize ?? 10;
  return [
    {
      ...row,
      text: kept.map(({ head }) => head).join("\t"),
      cells: kept.flatMap(({ span }) => (span ? [span] : [])),
    },
    ...items.map((text, i) => ({ y: row.y - (i + 1) * 0.01 * size, text, fontSize: row.fontSize })),
  ].filter((line) => line.text !== "");
}

/** a cell's lines as one text; a date that a narrow column broke inside its year ("05/202" over "1") is whole again */
function joinCellLines(texts: string[]): string {
  return texts.reduce((text, line) =>
    /\d{1,2}[/.-]\d{1,3}$/.test(text) &&
    /^\d{1,3}\b/.test(line) &&
    /\d{1,2}[/.-]\d{4}$/.test(text + line.split(/\s/)[0])
      ? `${text}${line}`
      : `${text} ${line}`,
  );
}

/** the rows with every labelled table whose rows stand apart rebuilt row by row */
export function withLabelledTables(rows: TextRow[]): TextRow[] {
  const out: TextRow[] = [];
  for (let index = 0; index < rows.length; index++) {
    const table = isLabelRow(rows[index]) ? labelledTable(rows, index) : null;
    if (table === null) {
      out.push(rows[index]);
      continue;
    }
    out.splice(out.length - (index - table.first), index - table.first, ...table.rows);
    index = table.end - 1;
  }
  return out;
}
