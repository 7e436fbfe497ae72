// Marks tables ("Qualification | School/College | Board/University | Year | %"): the label row says which cell of
// each row names the school and which the examining board or university, so the school is read from its column.
import { columnWordsOnly } from "./educationInstitutions.ts";
import type { TextLine } from "./sections.ts";

/** An education line with what a table's label row says about its cells. */
export interface EducationLine extends TextLine {
  /** the row's cell under a "School", "College" or "Institute" label */
  schoolCell?: string;
  /** the row's cell under a "Board" or "University" label (the college, when both are given, is the school) */
  boardCell?: string;
}

interface Columns {
  count: number;
  school: number;
  board: number;
}

const cellsOf = (line: string) =>
  line
    .replace(/^\s*[•●▪■◦○·*‣⁃]\s*/, "")
    .split("\t")
    .map((cell) => cell.trim())
    .filter((cell) => cell !== "");

/** The share of a cell's words that are column words ("Ins ti tute/ College" split by a PDF read joined). */
function labelShare(cell: string): number {
  if (/\d/.test(cell)) return 0;
  const words = cell.replace(/\s+(?=\p{Ll})/gu, "").split(/\s+/);
  return words.filter((word) => columnWordsOnly(word) !== null).length / words.length;
}

/**
 * A label cell names a column when it has no digit and half its words are column words; a key with its value
 * ("Institute : Kestrel College") is a field, no label.
 */
const isLabelCell = (cell: string) => !/[:：]\s*\S/u.test(cell) && labelShare(cell) >= 0.5;

/**
 * A label row: every cell a label cell, and most of them two thirds column words, so that a row's names
 * ("Anna University | Rajiv Gandhi College Of") are no labels while an OCR slip ("Vear of Passing") still is.
 */
const isLabelRow = (cells: string[]) =>
  cells.length > 0 &&
  cells.every(isLabelCell) &&
  cells.filter((cell) => labelShare(cell) >= 2 / 3).length * 2 > cells.length;

const isLabelLine = (line: string | undefined) => isLabelRow(cellsOf(line ?? ""));

function columnsOf(labels: string[]): Columns | null {
  // "Qualification Name of school/college Board/University": labels run together align with no cell
  if (labels.some((label) => label.split(/\s+/).length > 4)) return null;
  // "Ins ti tute/ College": words a PDF split apart are read joined
  const joined = labels.map((label) => label.toLowerCase().replace(/\s+/g, ""));
  const school = joined.findIndex((label) => /institu|college|school|vidyalaya/.test(label));
  const board = joined.findIndex((label, i) => i !== school && /board|univ/.test(label));
  return school < 0 && board < 0 ? null : { count: labels.length, school, board };
}

/**
 * A table's label row, on one line split by tabs or one label per line ("Board/" / "University" / "School/" /
 * "College" / "Year"), and the lines of its rows: the labels give way to blank lines, each row with as many
 * cells as there are labels carries its school and board cells.
 */
export function withColumnRoles(lines: TextLine[]): EducationLine[] {
  const out: EducationLine[] = [];
  let columns: Columns | null = null;
  for (let i = 0; i < lines.length; i++) {
    const cells = cellsOf(lines[i].text);
    if (cells.length >= 2 && isLabelRow(cells)) {
      // labels wrapped over two tabbed lines ("COURSE | BOARD/" over "INSTITUTION | PERIOD") align with nothing
      const wrapped = isLabelLine(lines[i - 1]?.text) || isLabelLine(lines[i + 1]?.text);
      columns = wrapped ? null : (columnsOf(cells) ?? columns);
      out.push({ ...lines[i], text: "" });
      continue;
    }
    // one label per line: a run of three or more short label lines
    let end = i;
    while (end < lines.length && cellsOf(lines[end].text).length === 1 && isLabelCell(lines[end].text.trim()))
      end++;
    if (end - i >= 3) {
      const labels: string[] = [];
      for (const line of lines.slice(i, end)) {
        const text = line.text.trim();
        const last = labels.length - 1;
        if (last >= 0 && /\/$/.test(labels[last])) labels[last] += text;
        else labels.push(text);
        out.push({ ...line, text: "" });
      }
      columns = columnsOf(labels) ?? columns;
      i = end - 1;
      continue;
    }
    if (columns && cells.length === columns.count) {
      out.push({
        ...lines[i],
        schoolCell: columns.school >= 0 ? cells[columns.school] : undefined,
        boardCell: columns.board >= 0 ? cells[columns.board] : undefined,
      });
    } else out.push(lines[i]);
  }
  return out;
}
