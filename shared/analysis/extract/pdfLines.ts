// Builds a PDF page's lines from its positioned text items: items on one baseline (a superscript on its number's
// line) make a line, and its text keeps word gaps, table cells (a tab) and small capitals as the page shows them.
import { isExactHeadingWord } from "../headingWords.ts";
import { titleScore } from "../roles.ts";

export interface PositionedText {
  str: string;
  /** left edge and baseline, PDF user space (origin bottom-left) */
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export interface Line {
  y: number;
  fontSize: number;
  items: PositionedText[];
  /** runs that open a table cell although their text nearly meets the cell before (`alignedCellStarts`) */
  cellStarts?: Set<PositionedText>;
}

/** a gap wider than this many font sizes parts two cells of a table (or a right-aligned date) */
const CELL_GAP = 2.2;

/** Whether the run opens a new cell of its line: after a wide gap, or where the line's table has a column. */
export function startsCell(line: Line, item: PositionedText, gap: number): boolean {
  return gap > CELL_GAP * line.fontSize || (line.cellStarts?.has(item) ?? false);
}

/**
 * The page without text drawn twice to look bold: the same run again within a point of where it was drawn
 * ("P" at 217.6 and "P" at 217.3), which a reader sees once.
 */
export function withoutOverprint(items: PositionedText[]): PositionedText[] {
  const kept: PositionedText[] = [];
  for (const item of items) {
    const text = item.str.trim();
    // a fake bold draws the run again right away: the few runs before it are where to look
    const twice =
      text !== "" &&
      kept
        .slice(-OVERPRINT_LOOKBACK)
        .some(
          (k) =>
            k.str.trim() === text &&
            Math.abs(k.x - item.x) <= OVERPRINT_DISTANCE &&
            Math.abs(k.y - item.y) <= OVERPRINT_DISTANCE &&
            Math.abs(k.fontSize - item.fontSize) < 0.5,
        );
    if (!twice) kept.push(item);
  }
  return kept;
}
const OVERPRINT_LOOKBACK = 4;
const OVERPRINT_DISTANCE = 1;

/** Groups items whose baselines are within half a font size into lines, top to bottom. */
export function groupLines(items: PositionedText[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  // Lines are made top to bottom, so only the trailing ones, within the widest tolerance seen, can take an
  // item: the earliest of those that does is the one a scan of every line would find.
  let widest = 1.5;
  for (const item of sorted) {
    let line: Line | undefined;
    let onRaised = false;
    widest = Math.max(widest, 0.5 * item.fontSize);
    for (let i = lines.length - 1; i >= 0 && lines[i].y - item.y <= widest; i--) {
      const candidate = lines[i];
      // raised short runs in smaller type (superscripts: "12" + "th") sit on the line of the larger type below
      // them; a line of words in smaller type just above a large name is a line of its own
      const superscript =
        item.fontSize > candidate.fontSize &&
        candidate.fontSize >= 0.5 * item.fontSize &&
        candidate.items.every((run) => run.str.trim().length <= 3);
      const size = superscript ? item.fontSize : candidate.fontSize;
      if (Math.abs(candidate.y - item.y) <= Math.max(1.5, 0.5 * size)) {
        line = candidate;
        onRaised = superscript;
      }
    }
    if (line) {
      line.items.push(item);
      // the line's baseline is that of the type its superscripts were raised from
      if (onRaised) line.y = item.y;
      line.fontSize = Math.max(line.fontSize, item.fontSize);
    } else lines.push({ y: item.y, fontSize: item.fontSize, items: [item] });
    widest = Math.max(widest, 0.5 * (line ?? lines[lines.length - 1]).fontSize);
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  lines.sort((a, b) => b.y - a.y);
  alignedCellStarts(lines);
  return lines;
}

/** wider than a word space: where a run after such a gap starts, a column may start */
const COLUMN_GAP = 0.45;
/** a line's text so far that is only a list's mark: a bullet or symbol, or a number or letter with its dot */
const LIST_MARK = /^\s*(?:[^\p{L}\p{N}\s]{1,2}|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s*$/u;
/** how far apart, in points, two runs may start and still be in one column */
const COLUMN_ALIGN = 1.2;

/**
 * A table's cell that its text nearly fills ends only a little before the next cell starts, no wider apart
 * than the page's spaces between words ("Greenfield Agro Industries Ltd" + "Assistant Manager"). Such a run
 * opens a cell when its column shows elsewhere: another line has a run starting there after a wide gap (a
 * short cell), or at least two other lines have runs starting there after more than a word's space. The line
 * must be a table's row: one with a cell set apart by a wide gap, or with two runs that start columns which
 * other rows set apart so.
 */
function alignedCellStarts(lines: Line[]): void {
  const starts: { x: number; wide: boolean; item: PositionedText; line: Line }[] = [];
  for (const line of lines) {
    let right = Number.NEGATIVE_INFINITY;
    let before = "";
    for (const item of line.items) {
      const gap = item.x - right;
      // the text after a list's bullet or number is the item, not a cell of its own
      if (right !== Number.NEGATIVE_INFINITY && gap > COLUMN_GAP * line.fontSize && !LIST_MARK.test(before))
        starts.push({ x: item.x, wide: gap > CELL_GAP * line.fontSize, item, line });
      right = Math.max(right, item.x + item.width);
      before += item.str;
    }
  }
  starts.sort((a, b) => a.x - b.x);
  // for each narrow start: the other lines with a run starting in its column, and whether one comes after a
  // wide gap; a window over the starts sorted by x, in one pass however many starts share a column
  const columns = new Map<(typeof starts)[number], { others: number; wide: boolean }>();
  const runs = new Map<Line, number>();
  const wideRuns = new Map<Line, number>();
  let wideCount = 0;
  const count = (start: (typeof starts)[number], by: number) => {
    const n = (runs.get(start.line) ?? 0) + by;
    if (n === 0) runs.delete(start.line);
    else runs.set(start.line, n);
    if (start.wide) {
      wideRuns.set(start.line, (wideRuns.get(start.line) ?? 0) + by);
      wideCount += by;
    }
  };
  let low = 0;
  let high = 0;
  for (const start of starts) {
    while (high < starts.length && starts[high].x <= start.x + COLUMN_ALIGN) count(starts[high++], 1);
    while (starts[low].x < start.x - COLUMN_ALIGN) count(starts[low++], -1);
    if (start.wide) continue;
    columns.set(start, {
      others: runs.size - (runs.has(start.line) ? 1 : 0),
      wide: wideCount - (wideRuns.get(start.line) ?? 0) > 0,
    });
  }
  // a table's row: a line that sets a cell apart by a wide gap, or whose runs start two of the columns that
  // other rows set apart so (a row whose every cell its text fills)
  const rows = new Set(starts.filter((start) => start.wide).map((start) => start.line));
  const inColumns = new Map<Line, number>();
  for (const [start, column] of columns)
    if (column.wide) inColumns.set(start.line, (inColumns.get(start.line) ?? 0) + 1);
  for (const [line, count] of inColumns) if (count >= 2) rows.add(line);
  for (const [start, column] of columns) {
    if (!rows.has(start.line) || !(column.wide || column.others >= 2)) continue;
    start.line.cellStarts ??= new Set();
    start.line.cellStarts.add(start.item);
  }
}

/**
 * Small capitals as word processors draw them: a word's capital in the full size, the rest of the word in
 * capitals of a smaller size right after it ("S" + "UMMARY"), which is one word, not two.
 */
/** a capital and the run it touches make a word a heading or a title is written with ("ASSOCIATE/", "ACHIEVEMENTS") */
function smallCapsWord(word: string): boolean {
  const bare = word.toLowerCase().replace(/[^\p{L}]+$/u, "");
  return isExactHeadingWord(bare) || titleScore(bare) > 0;
}

function smallCapsTail(previous: PositionedText | undefined, item: PositionedText): boolean {
  if (!previous || !/^\p{Lu}$/u.test(previous.str.trim())) return false;
  const ratio = previous.fontSize / (item.fontSize || previous.fontSize);
  return ratio > 1.1 && ratio < 1.6 && /^\p{Lu}{2}/u.test(item.str) && item.str === item.str.toUpperCase();
}

/**
 * A run set with wide letter spacing (tracking, as designed CVs set headings and names): pdf.js spaces each
 * character ("A C H I E V E M E N T S : -"); read as the word it spells, a wider space parting its words.
 */
function untracked(str: string): string {
  // (most runs are words: no split for them)
  if (!/^\s*\S \S/u.test(str)) return str;
  const body = str.trim();
  const characters = body.split(/ +/);
  if (characters.length < 3 || characters.some((c) => c.length !== 1)) return str;
  if (characters.filter((c) => /\p{L}/u.test(c)).length < 3) return str;
  const word = body
    .split(/ {2,}/)
    .map((part) => part.replace(/ /g, ""))
    .join(" ");
  return str.replace(body, word);
}

export function lineText(line: Line): string {
  let text = "";
  let right = Number.NEGATIVE_INFINITY;
  let previousSize = line.fontSize;
  let previous: PositionedText | undefined;
  for (const item of line.items) {
    const gap = item.x - right;
    if (text !== "") {
      // A wide gap separates table cells or a right-aligned date; a tab keeps them apart for the parsers.
      if (startsCell(line, item, gap)) text = `${text.trimEnd()}\t`;
      else if (!text.endsWith(" ") && !item.str.startsWith(" ")) {
        // Separate runs that touch still read as separate words when a new word visibly starts
        // ("10/2020 – Present" + "Pennine Software"); touching lower-case runs are one word split by kerning.
        const touchingWord =
          gap > -1 &&
          /[\p{L}\d.,;:)]$/u.test(text) &&
          /^[\p{Lu}\d(•]/u.test(item.str) &&
          !smallCapsTail(previous, item) &&
          // small capitals drawn in a second font of the same size: ", S" + "PECIAL" touching is one word
          // (not after "A" or "I", words of their own: "A" + "MEP Engineer", unless the two make a word of a heading
          // or a title: "A" + "SSOCIATE", "A" + "CHIEVEMENTS")
          !(
            gap < 0.5 &&
            /(?:^|[^\p{L}])\p{Lu}$/u.test(text) &&
            /^\p{Lu}{2,}(?![\p{Ll}])/u.test(item.str) &&
            (/[B-HJ-Z]$/u.test(text) || smallCapsWord(text.slice(-1) + item.str))
          );
        // the smaller of the two runs sets the word gap: a small e-mail beside a large name on one baseline
        // keeps the space after its icon ("✉ jane@...")
        const size = Math.min(previousSize, item.fontSize || line.fontSize);
        // a raised small run ends its word: "10" + superscript "th" + "class" is "10th class"
        const afterRaised =
          previous !== undefined &&
          previous.fontSize < 0.8 * item.fontSize &&
          previous.y - item.y > 1 &&
          /^\p{L}/u.test(item.str);
        if (gap > 0.12 * size || touchingWord || afterRaised) text += " ";
      }
    }
    previousSize = item.fontSize || line.fontSize;
    previous = item;
    text += untracked(item.str);
    right = Math.max(right, item.x + item.width);
  }
  return text.replace(/ {2,}/g, " ").trim();
}

/** a label's second line: right under a first line that does not end as a label does ("Name of" / "Organization:") */
export function wrapsLabel(first: Line, second: Line): boolean {
  const text = lineText(first).trim();
  return (
    first.y - second.y <= 1.6 * Math.max(first.fontSize, second.fontSize) &&
    !/[:.]$/.test(text) &&
    text.split(/\s+/).length <= 3 &&
    lineText(second).trim().split(/\s+/).length <= 3 &&
    /^\p{L}/u.test(lineText(second).trim())
  );
}
