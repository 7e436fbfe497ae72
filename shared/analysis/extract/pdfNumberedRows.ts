// Table rows numbered in their first column ("S.No" 1, 2, 3 ...) whose cells are centred on the row: a cell of
// several lines straddles the row's line, above and below it, while the number stands on the row's line alone.
// Each line between two numbers belongs to the nearer one's row; the row's cells are put back together by column.
import { isColumnLabelRow, isColumnLabels } from "../columnLabels.ts";
import { headingKind } from "../headings.ts";
import type { TextRow } from "./pdfRows.ts";

type Run = NonNullable<TextRow["runs"]>[number];

const NUMBER = /^\d{1,2}[.)]?$/;

/** the row's serial number: its first run, a number alone */
const serialOf = (row: TextRow): number | null => {
  const first = row.runs?.[0];
  return first && NUMBER.test(first.text.trim()) ? Number.parseInt(first.text, 10) : null;
};

/**
 * Rows numbered 1, 2, 3 ... at one left edge, with lines between them at a wrapped line's step: each line goes to
 * the nearer numbered line, and each numbered row's text is its runs by column (a column is where runs start,
 * within a few points), each column's runs top to bottom.
 */
export function withNumberedRows(rows: TextRow[]): TextRow[] {
  const out = [...rows];
  for (let start = 0; start < out.length; start++) {
    const firstSerial = serialOf(out[start]);
    if (firstSerial !== 1) continue;
    const edge = out[start].runs?.[0].span.start ?? 0;
    const size = out[start].fontSize ?? 10;
    // the numbered lines, in order, each within a few lines of the one before
    const centres = [start];
    let end = start;
    for (let i = start + 1; i < out.length; i++) {
      const row = out[i];
      if (headingKind(row.text) !== null || out[i - 1].y - row.y > 1.6 * size) break;
      end = i;
      const serial = serialOf(row);
      if (serial === null) continue;
      if (serial !== centres.length + 1 || Math.abs((row.runs?.[0].span.start ?? 0) - edge) > 3) break;
      centres.push(i);
    }
    if (centres.length < 2) continue;
    // the lines above the first number and below the last, as far as a row's half height reaches
    const half = Math.max(...centres.slice(1).map((centre, k) => (out[centres[k]].y - out[centre].y) / 2));
    let from = start;
    while (from > 0 && out[from - 1].y - out[start].y < half && serialOf(out[from - 1]) === null) from--;
    // a table's: its label row right above ("S.No | Company Name | Designation | Duration"), not a numbered list
    // ("1. Worked with X ...")
    const label = out[from - 1]?.text ?? "";
    if (label.split("\t").length < 3 || !(isColumnLabelRow(label) || isColumnLabels(label))) continue;
    let to = centres[centres.length - 1];
    while (to < end && out[centres[centres.length - 1]].y - out[to + 1].y < half) to++;
    const groups = new Map<number, TextRow[]>(centres.map((centre) => [centre, []]));
    for (let i = from; i <= to; i++) {
      const nearest = centres.reduce((best, centre) =>
        Math.abs(out[centre].y - out[i].y) < Math.abs(out[best].y - out[i].y) ? centre : best,
      );
      groups.get(nearest)?.push(out[i]);
    }
    const merged = centres.map((centre) => rowOfRuns(out[centre], groups.get(centre) ?? []));
    out.splice(from, to - from + 1, ...merged);
    start = from + merged.length - 1;
  }
  return out;
}

/** one row from the lines of its cells: runs by column, each column top to bottom */
function rowOfRuns(centre: TextRow, lines: TextRow[]): TextRow {
  const runs: (Run & { y: number })[] = lines.flatMap((line) =>
    (line.runs ?? []).map((run) => ({ ...run, y: line.y })),
  );
  const columns: { start: number; end: number; runs: (Run & { y: number })[] }[] = [];
  for (const run of [...runs].sort((a, b) => a.span.start - b.span.start)) {
    const column = columns.find((c) => Math.abs(c.start - run.span.start) <= 3);
    if (column) {
      column.runs.push(run);
      column.end = Math.max(column.end, run.span.end);
    } else columns.push({ start: run.span.start, end: run.span.end, runs: [run] });
  }
  const cells = columns.map((column) =>
    column.runs
      .sort((a, b) => b.y - a.y || a.span.start - b.span.start)
      .map((run) => run.text.trim())
      .join(" "),
  );
  return {
    ...centre,
    text: cells.join("\t"),
    cells: columns.map(({ start, end }) => ({ start, end })),
    runs,
    top: Math.max(...lines.map((line) => line.y)),
    bottom: Math.min(...lines.map((line) => line.y)),
  };
}
