// Turns a page's lines into text row by row: a table's cells wrapped in their columns go back into their rows,
// a label column beside the entries joins the rows it sits on, and a wider vertical step leaves a blank line.

import { isColumnLabels } from "../columnLabels.ts";
import { headingKind } from "../headings.ts";
import { withWrappedItems } from "./pdfItems.ts";
import { withLabelledTables } from "./pdfLabelledTables.ts";
import { type Line, lineText, wrapsLabel } from "./pdfLines.ts";
import { withNumberedRows } from "./pdfNumberedRows.ts";
import {
  bySection,
  cellSpans,
  rowOf,
  runsOf,
  type Span,
  type TextRow,
  tableColumns,
  underEducation,
  withWrappedRowEnds,
  YEAR,
} from "./pdfRows.ts";
import { withTopSetCells } from "./pdfTopSetCells.ts";

interface TableCell {
  /** wrapped lines of the cell above and below the row's own line, with their baselines */
  above: { y: number; text: string }[];
  text: string;
  below: { y: number; text: string }[];
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
  const columns = tableColumns(rows.map((row) => (isAnchor(row) ? (row.cells ?? []) : [])));
  if (columns.length === 0) return rows;
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
  // a line of two or more short cells, each inside a column of its own: the wrapped lines of several cells of
  // one row at once ("SECONDARY  KENDRIYA" / "SCHOOL  CBSE  VIDYALAYA  60%  2011" / "CERTIFICATE  V.V.NAGAR")
  const multiParts = rows.map((row, index): number[] | null => {
    if (cellsOf.has(index) || (row.cells?.length ?? 0) < 2) return null;
    const texts = row.text.split("\t");
    if (texts.length !== row.cells?.length || headingKind(row.text) !== null) return null;
    if (texts.some((text) => text.trim().split(/\s+/).length > 5 || /^[•●▪◦*\-–]/u.test(text.trim())))
      return null;
    // "Name  :  value" is a field of its own, not a cell's further line
    if (texts.some((text) => /:/.test(text))) return null;
    const columnsHere = row.cells.map(columnOf);
    if (columnsHere.some((c) => c < 0) || new Set(columnsHere).size !== columnsHere.length) return null;
    return columnsHere;
  });
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
  const isPart = (index: number) => parts[index] >= 0 || multiParts[index] !== null;
  // the nearest rows above and below a line, reached over other cell lines only
  const nearest = (index: number) => {
    let above = index - 1;
    while (above >= 0 && !cellsOf.has(above) && isPart(above)) above--;
    let below = index + 1;
    while (below < rows.length && !cellsOf.has(below) && isPart(below)) below++;
    return { above, below };
  };
  // only under an education heading: there a row's cells wrap (a school's name, a degree with its subject);
  // elsewhere stacked lines are stacked facts (an employer over a title) or lists laid out in columns
  const education = underEducation(rows);
  const multiTargets = new Map<number, { target: number; below: boolean }>();
  // the nearer of the rows above and below a line, how far it is, and whether the line is under it
  const nearer = (index: number) => {
    const { above, below } = nearest(index);
    const up = cellsOf.has(above) ? rows[above].y - rows[index].y : Number.POSITIVE_INFINITY;
    const down = cellsOf.has(below) ? rows[index].y - rows[below].y : Number.POSITIVE_INFINITY;
    return down < up
      ? { target: below, distance: down, under: false }
      : { target: above, distance: up, under: true };
  };
  // no wider step than a wrapped line's between a line and its row (a paragraph's gap parts two rows)
  const contiguous = (from: number, to: number) => {
    for (let i = Math.min(from, to); i < Math.max(from, to); i++)
      if (rows[i].y - rows[i + 1].y > 1.6 * (rows[from].fontSize ?? 10)) return false;
    return true;
  };
  // a line with a year on the far side of a line, nearer it than its row: the year of the row the line is part
  // of, a row of two cells a line that holds no line of three ("State Board of  St.Thomas School" / "SSLC  2010")
  const yearBeyond = (index: number, near: { target: number; distance: number; under: boolean }) => {
    const step = near.under ? 1 : -1;
    for (let i = index + step; i >= 0 && i < rows.length && !cellsOf.has(i); i += step) {
      if (Math.abs(rows[index].y - rows[i].y) >= near.distance) return false;
      if (YEAR.test(rows[i].text)) return true;
    }
    return false;
  };
  // lines of several cells go to the nearer row; so do the one-cell lines that go on from them away from it
  // ("HIGHER" over "SECONDARY  KENDRIYA"), which are the same cells' further lines (chained below)
  const candidates = rows
    .flatMap((row, index) =>
      multiParts[index] !== null && education[index] ? [{ index, row, ...nearer(index) }] : [],
    )
    .filter(
      (c) =>
        c.distance <= 3.5 * (c.row.fontSize ?? 10) &&
        contiguous(c.index, c.target) &&
        !yearBeyond(c.index, c),
    )
    // nearest first: a line that turns out to be another row's stops the lines beyond it
    .sort((a, b) => a.distance - b.distance);
  // a label row's words, no figures ("College,  2011-2014" is a data row's)
  const labelsOnly = (text: string) => isColumnLabels(text) && !/\d/.test(text);
  const valued = new Set<string>();
  const stopped = new Set<string>();
  for (const { index, row, target, under } of candidates) {
    const side = `${target}:${under}`;
    if (stopped.has(side)) continue;
    const own = cellsOf.get(target) as Map<number, TableCell>;
    const texts = row.text.split("\t");
    const columnsHere = multiParts[index] ?? [];
    // a year or a figure where the row already has one is another row's ("2010  91.8%" over "SSC  2008
    // 81.66%"); the label row's wrapped lines ("Degree  Percentage") stay off the data rows
    const clash = columnsHere.some(
      (column, i) =>
        VALUE.test(texts[i]) &&
        (VALUE.test(own.get(column)?.text ?? "") || valued.has(`${target}:${column}`)),
    );
    if (clash || (labelsOnly(row.text) && !labelsOnly(rows[target].text))) {
      stopped.add(side);
      continue;
    }
    columnsHere.forEach((column, i) => {
      if (VALUE.test(texts[i])) valued.add(`${target}:${column}`);
    });
    multiTargets.set(index, { target, below: under });
  }
  const chained = (index: number, from: number) => {
    const next = multiTargets.get(from);
    if (!next || parts[index] < 0 || multiTargets.has(index)) return;
    // the row it is nearer, unless that is the label row, which takes no data (but keeps its own words)
    const own = nearer(index).target;
    if (own !== next.target && !(labelsOnly(rows[own].text) && !labelsOnly(rows[index].text))) return;
    const step = Math.abs(rows[index].y - rows[from].y);
    if (step <= 1.6 * (rows[index].fontSize ?? 10)) multiTargets.set(index, next);
  };
  for (let index = rows.length - 2; index >= 0; index--)
    if (multiTargets.get(index + 1)?.below === false) chained(index, index + 1);
  for (let index = 1; index < rows.length; index++)
    if (multiTargets.get(index - 1)?.below === true) chained(index, index - 1);
  rows.forEach((row, index) => {
    const column = parts[index];
    if (column < 0 || multiTargets.has(index)) return;
    const size = row.fontSize ?? 10;
    const { above, below } = nearest(index);
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
    // a cell that starts a wrapped line above its row's line and goes on there ("Harbor Higher Secondary" over
    // "School,  2009-2010  61.20%"), in an education table, where a row's cells wrap
    const startsAbove =
      !toBelow &&
      !toAbove &&
      education[index] &&
      cellsOf.get(below)?.has(column) === true &&
      down < up &&
      down <= 1.6 * size &&
      // the cell's first line: not the further line of a cell right above it, set at its row's top ("Secondary
      // School," / "Chennai" under "HSC  Asan Memorial  2007")
      !(
        index > 0 &&
        rows[index - 1].y - row.y <= 1.6 * size &&
        (rows[index - 1].cells ?? []).some(
          (span) => span.start < (row.cells?.[0].end ?? 0) && span.end > (row.cells?.[0].start ?? 0),
        )
      );
    if (startsAbove) {
      pending.push({ index, target: below, column, centred: false, below: false, y: row.y });
      return;
    }
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
  const attach = (target: number, column: number, below: boolean, y: number, text: string) => {
    const cells = cellsOf.get(target) as Map<number, TableCell>;
    const cell = cells.get(column) ?? { above: [], text: "", below: [] };
    cells.set(column, cell);
    (below ? cell.below : cell.above).push({ y, text });
    if (below) bottoms.set(target, Math.min(bottoms.get(target) ?? y, y));
    else tops.set(target, Math.max(tops.get(target) ?? y, y));
  };
  for (const [index, { target, below }] of multiTargets)
    for (const column of multiParts[index] ?? [parts[index]]) {
      const side = sides.get(`${target}:${column}`) ?? { above: 0, below: 0 };
      side[below ? "below" : "above"]++;
      sides.set(`${target}:${column}`, side);
    }
  for (const part of pending) {
    const side = sides.get(`${part.target}:${part.column}`) as { above: number; below: number };
    if (part.centred && (side.above === 0 || side.below === 0)) continue;
    attached.add(part.index);
    attach(part.target, part.column, part.below, part.y, rows[part.index].text);
  }
  for (const [index, { target, below }] of multiTargets) {
    attached.add(index);
    const row = rows[index];
    const columnsHere = multiParts[index] ?? [parts[index]];
    row.text.split("\t").forEach((text, i) => {
      attach(target, columnsHere[i], below, row.y, text);
    });
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
      .map(([, cell]) =>
        [...cell.above.sort((a, b) => b.y - a.y).map((line) => line.text), cell.text]
          .concat(cell.below.sort((a, b) => b.y - a.y).map((line) => line.text))
          .filter((part) => part !== "")
          .join(" "),
      )
      .filter((cell) => cell !== "")
      .join("\t");
    out.push({ ...row, text, bottom: bottoms.get(index) ?? row.bottom, top: tops.get(index) });
  });
  return out;
}

function rowsToText(all: TextRow[]): string {
  const spacings = all.slice(1).map((row, index) => all[index].y - row.y);
  const typical =
    spacings.length > 0 ? [...spacings].sort((a, b) => a - b)[Math.floor(spacings.length / 2)] : 0;
  const rows = withWrappedItems(
    withWrappedRowEnds(
      bySection(withLabelledTables(all)).flatMap((section) =>
        withTableCells(withTopSetCells(withNumberedRows(section))),
      ),
      typical,
    ),
    typical,
  );
  const out: string[] = [];
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

// a range with both its ends: two years, or a year and "present"
const WHOLE_RANGE = /\b(?:19|20)\d{2}\b.*(?:\b(?:19|20)\d{2}\b|\b(?:present|current|now|date|today)\b)/i;
// a cell's value: a year, a percentage, a grade point
const VALUE = /\b(?:19|20)\d{2}\b|\d\s*%|\b\d{1,2}\.\d{1,2}\b/;

/**
 * A table whose label column (dates, headings) sits beside the entries: each label joins the entry row it
 * starts on, and a label that wrapped ("September" over "2016–January 2020") is put back together first.
 */
export function tableText(sparse: Line[], dense: Line[], sparseIsLeft: boolean): string {
  const cells: {
    y: number;
    fontSize: number;
    text: string;
    spans: Span[];
    runs: TextRow["runs"];
    bottom?: number;
  }[] = [];
  const onRow = (line: Line) => dense.some((row) => Math.abs(row.y - line.y) <= 0.5 * line.fontSize);
  sparse.forEach((line, index) => {
    const text = lineText(line);
    const last = cells[cells.length - 1];
    const previous = sparse[index - 1];
    const wrapped =
      last &&
      ((last.y - line.y <= 1.6 * last.fontSize &&
        (!YEAR.test(last.text) || /[-–—]$/.test(last.text)) &&
        // (a column's labels over a row's values are no date cut in two: "Year %" / "2011 71.4"; nor a section's
        // heading over its first whole range: "Work experience" / "2020 – present")
        !isColumnLabels(last.text) &&
        !(headingKind(last.text) !== null && WHOLE_RANGE.test(text)) &&
        YEAR.test(text)) ||
        // a label's second line beside no row of its own ("Name of" / "Organization:")
        (previous !== undefined &&
          wrapsLabel(previous, line) &&
          !onRow(line) &&
          onRow(previous) &&
          headingKind(`${last.text} ${text}`) === null));
    if (wrapped) {
      last.text = `${last.text} ${text}`;
      last.bottom = line.y;
    } else
      cells.push({
        y: line.y,
        fontSize: line.fontSize,
        text,
        spans: cellSpans(line),
        runs: runsOf(line),
      });
  });
  const rows: TextRow[] = dense.map(rowOf);
  for (const cell of cells) {
    const row = rows.find((candidate) => Math.abs(candidate.y - cell.y) <= 0.5 * cell.fontSize);
    if (row) {
      row.text = sparseIsLeft ? `${cell.text}\t${row.text}` : `${row.text}\t${cell.text}`;
      row.cells = sparseIsLeft
        ? [...cell.spans, ...(row.cells ?? [])]
        : [...(row.cells ?? []), ...cell.spans];
      row.runs = sparseIsLeft
        ? [...(cell.runs ?? []), ...(row.runs ?? [])]
        : [...(row.runs ?? []), ...(cell.runs ?? [])];
      // the cell's wrapped lines end the row lower than its own line does
      if (cell.bottom !== undefined) row.bottom = Math.min(row.bottom ?? row.y, cell.bottom);
    } else
      rows.push({
        y: cell.y,
        text: cell.text,
        fontSize: cell.fontSize,
        cells: cell.spans,
        runs: cell.runs,
        bottom: cell.bottom,
      });
  }
  return rowsToText(rows.sort((a, b) => b.y - a.y));
}
