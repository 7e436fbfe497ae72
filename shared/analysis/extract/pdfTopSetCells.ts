// Table rows whose cells are set at the row's top (a word processor's default): a cell too long for its column
// goes on on the lines under the row's first line, in its own column, while the row's short cells end on the
// first. Those lines are the row's, not rows of their own.
import { educationLevel } from "../degrees.ts";
import { headingKind } from "../headings.ts";
import { type TextRow, YEAR } from "./pdfRows.ts";

// a cell that cannot end there: a connector, a comma, an open bracket, a month still without its year
const OPEN_CELL =
  /(?:\s(?:of|and|&|for|in|the|at)|[,(/–-]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)$/i;

// a name cut at a connector or inside its kind words: "Gujarat Secondary and Higher" / "Secondary Education Board"
const CUT_NAME = /\s(?:of|and|&|for|the|higher|senior|sr\.|hr\.)$/i;
// a further line's own opening: lower-case words or a bracket ("Site Engineer" / "(Civil)")
const GOES_ON = /^[\p{Ll}(]/u;

/**
 * A line right under a table row (a wrapped line's step), of fewer cells than the row's, each starting where one of
 * the row's cells or runs starts: the further lines of those cells, when one of them goes on from a cell that cannot
 * end there ("Elmwood Institute of Engineering and" / "Technology, Salem", "March" / "2017") or opens in lower case
 * or a bracket, and none states a year where its cell above already has one or a qualification where the row's
 * first cell names one (a row of its own). A line of one cell joins only a cell after the first, as its bracket or
 * lower-case words or after a cut name.
 */
export function withTopSetCells(rows: TextRow[]): TextRow[] {
  const out: TextRow[] = [];
  for (const row of rows) {
    const above = out[out.length - 1];
    const texts = above?.text.split("\t") ?? [];
    const cells = above?.cells ?? [];
    const mine = row.text.split("\t");
    const size = row.fontSize ?? 10;
    if (
      above === undefined ||
      cells.length < 3 ||
      texts.length !== cells.length ||
      mine.length !== row.cells?.length ||
      mine.length >= cells.length ||
      (above.bottom ?? above.y) - row.y > 1.3 * size ||
      row.fontSize !== above.fontSize ||
      headingKind(row.text) !== null
    ) {
      out.push(row);
      continue;
    }
    // the row's cell each of the line's cells starts under: at the cell's start, or at one of its runs' (a cell of
    // two columns whose gap was no wider than a word space: "B.E.  Civil" over "Engineering")
    const runStarts = (above.runs ?? []).map((run) => run.span.start);
    const columns = row.cells.map((span) => {
      const at = cells.findIndex((cell) => Math.abs(cell.start - span.start) <= 2);
      if (at >= 0) return at;
      const run = runStarts.find((start) => Math.abs(start - span.start) <= 2);
      return run === undefined ? -1 : cells.findIndex((cell) => cell.start <= run + 2 && run < cell.end);
    });
    if (!columns.every((column, i) => column >= 0 && columns.indexOf(column) === i)) {
      out.push(row);
      continue;
    }
    const clash = columns.some(
      (column, i) =>
        (YEAR.test(mine[i]) && YEAR.test(texts[column])) ||
        (column === 0 && educationLevel(mine[i]) !== null && educationLevel(texts[0]) !== null),
    );
    const loneRefused =
      mine.length === 1 &&
      (columns[0] === 0 || !(GOES_ON.test(mine[0].trim()) || CUT_NAME.test(texts[columns[0]].trim())));
    const open =
      !loneRefused &&
      columns.some(
        (column, i) =>
          OPEN_CELL.test(texts[column].trim()) ||
          CUT_NAME.test(texts[column].trim()) ||
          GOES_ON.test(mine[i].trim()),
      );
    if (clash || !open) {
      out.push(row);
      continue;
    }
    const joined = texts.map((text, column) => {
      const i = columns.indexOf(column);
      return i < 0 ? text : `${text.trimEnd()} ${mine[i].trim()}`;
    });
    out[out.length - 1] = { ...above, text: joined.join("\t"), bottom: row.y };
  }
  return out;
}
