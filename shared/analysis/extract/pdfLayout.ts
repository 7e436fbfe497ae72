// Puts a PDF page's positioned text items back into reading order: columns first, then lines by baseline.

import { isColumnLabelCell, isColumnLabelRow, isColumnLabels, isLabelCells } from "../columnLabels.ts";
import { headingKind } from "../headings.ts";
import { groupLines, type Line, lineText, type PositionedText, wrapsLabel } from "./pdfLines.ts";
import { linesToText, tableText } from "./pdfTables.ts";

export type { PositionedText } from "./pdfLines.ts";

const BIN = 2;
const MAX_STEPS = 2_000;

interface Gutter {
  x: number;
  top: number;
  bottom: number;
}

/**
 * The vertical strips with no text crossing them over the largest share of the page's text height, one per run of
 * such strips side by side, left to right (each at its run's right edge). A page with a side column and dates set
 * right in the main column has two: the gutter, and the strip before the dates.
 */
export function findGutters(items: PositionedText[], pageWidth: number): Gutter[] {
  if (items.length < 6) return [];
  const top = Math.max(...items.map((item) => item.y + item.fontSize));
  const bottom = Math.min(...items.map((item) => item.y));
  const height = top - bottom;
  if (height <= 0) return [];
  const contentLeft = Math.min(...items.map((item) => item.x));
  const contentRight = Math.min(pageWidth, Math.max(...items.map((item) => item.x + item.width)));
  const margin = 0.1 * (contentRight - contentLeft);
  const runs = wordRuns(items);
  const strips: (Gutter & { span: number })[] = [];
  // A page of ordinary width is walked in 2-point steps; an absurdly wide one in at most MAX_STEPS steps.
  const step = Math.max(BIN, (contentRight - contentLeft) / MAX_STEPS);
  for (let x = contentLeft + margin; x <= contentRight - margin; x += step) {
    const crossing = runs
      .filter((item) => item.x < x + BIN && item.x + item.width > x)
      .map((item) => item.y)
      .sort((a, b) => b - a);
    const edges = [top + 1, ...crossing, bottom - 1];
    let widest: Gutter & { span: number } = { x, top: 0, bottom: 0, span: -1 };
    for (let i = 1; i < edges.length; i++) {
      const span = edges[i - 1] - edges[i];
      if (span > widest.span) widest = { x, top: edges[i - 1] - 0.5, bottom: edges[i] + 0.5, span };
    }
    strips.push(widest);
  }
  const most = Math.max(-1, ...strips.map((strip) => strip.span));
  if (most - 1 < 0.4 * height) return [];
  // strips within a point of the most, a run of neighbouring ones read as one, at its right edge
  const gutters: Gutter[] = [];
  let previous = -1;
  strips.forEach((strip, index) => {
    if (strip.span <= most - 1) return;
    const gutter = { x: strip.x, top: strip.top, bottom: strip.bottom };
    if (previous === index - 1 && gutters.length > 0) gutters[gutters.length - 1] = gutter;
    else gutters.push(gutter);
    previous = index;
  });
  return gutters;
}

/**
 * The items of one baseline joined where no more than a word's space parts them: "1. Worked with '" | "Kestrel
 * Associates'" | "(Chartered Accountants) as an", one line that a font change cut into items, crosses a gutter
 * whose strip falls in one of its spaces.
 */
function wordRuns(items: PositionedText[]): PositionedText[] {
  // a space drawn as wide as a tab stop is no word's space
  const tabSpace = (item: PositionedText) => item.str.trim() === "" && item.width > 0.5 * item.fontSize;
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const runs: PositionedText[] = [];
  for (const item of sorted) {
    const last = runs[runs.length - 1];
    const gap = last ? item.x - (last.x + last.width) : Number.POSITIVE_INFINITY;
    if (
      last &&
      !tabSpace(last) &&
      Math.abs(last.y - item.y) <= 0.1 * Math.max(last.fontSize, item.fontSize) &&
      gap >= -1 &&
      gap <= 0.5 * Math.min(last.fontSize, item.fontSize) &&
      !tabSpace(item)
    )
      runs[runs.length - 1] = {
        ...last,
        width: item.x + item.width - last.x,
        str: `${last.str} ${item.str}`,
      };
    else runs.push(item);
  }
  return runs;
}

const SELF_CONTAINED = /^\s*(?:[•●▪■◦○*‣⁃➢►✓]\s*\S|[^:\d]{2,30}:\s*\S)/u;

const isLabels = (text: string) => isColumnLabelRow(text) || (isColumnLabels(text) && !/\d/.test(text));

/**
 * A table's row of column labels that the gutter cuts ("S.No  Organization  Designation" | "Duration"): labels
 * on both sides of one baseline. The band is then one table, read whole, whatever its other lines do.
 */
function labelsAcross(leftLines: Line[], rightLines: Line[]): boolean {
  return leftLines.some(
    (line) =>
      isLabels(lineText(line)) &&
      lineText(line).includes("\t") &&
      rightLines.some(
        (other) =>
          Math.abs(other.y - line.y) <= 0.25 * Math.max(line.fontSize, other.fontSize) &&
          (isLabels(lineText(other)) || lineText(other).split("\t").every(isColumnLabelCell)),
      ),
  );
}

/** True when the two sides are one table (dates beside entries) rather than independent columns. */
export function sidesFormRows(leftLines: Line[], rightLines: Line[]): boolean {
  if (leftLines.length === 0 || rightLines.length === 0) return false;
  // The sparser side (dates, labels) of a table sits on rows of the denser side; independent columns do not.
  const [sparseAll, dense] =
    leftLines.length <= rightLines.length ? [leftLines, rightLines] : [rightLines, leftLines];
  // Section headings stand alone in a table's label column, so they say nothing about row alignment.
  const sparse = sparseAll.filter((line) => headingKind(lineText(line)) === null);
  if (sparse.length === 0) return false;
  // a sidebar's lines say what they say on their own (list items, "Nationality: Indian"); a label column's
  // labels and dates need the entry beside them
  if (sparse.filter((line) => SELF_CONTAINED.test(lineText(line))).length >= 0.5 * sparse.length)
    return false;
  const onRow = (line: Line) =>
    dense.some((other) => Math.abs(other.y - line.y) <= 0.25 * Math.max(line.fontSize, other.fontSize));
  // a label wrapped over two lines ("Name of" / "Organization:") sits on its row by its first line
  const aligned = sparse.filter(
    (line, i) => onRow(line) || (i > 0 && wrapsLabel(sparse[i - 1], line) && onRow(sparse[i - 1])),
  ).length;
  const dateLike = sparse.filter((line) => /\b(19|20)\d{2}\b/.test(lineText(line))).length;
  // a grid (label | value, degree | year | school) shares most baselines on both sides
  const denseAligned = dense.filter((line) =>
    sparse.some((other) => Math.abs(other.y - line.y) <= 0.25 * Math.max(line.fontSize, other.fontSize)),
  ).length;
  return (
    aligned >= Math.min(sparse.length - 1, 0.8 * sparse.length) &&
    (sparse.length <= 0.5 * dense.length ||
      dateLike >= 0.5 * sparse.length ||
      denseAligned >= 0.5 * dense.length)
  );
}

/**
 * A left column that sets the main column's headings beside their first lines ("Experience" beside "Safety
 * Officer"): such headings move into the main column, just above the line they stand beside, so that each
 * heads its own content rather than the sidebar's. A heading moves when only headings follow it in its
 * column, or when the column is mostly short labels beside main-column lines (a heading column).
 */
function withHeadingsBesideContent(
  left: PositionedText[],
  right: PositionedText[],
): [PositionedText[], PositionedText[]] {
  // only a narrow column beside a wider one sets the other's headings
  const extent = (items: PositionedText[]) =>
    Math.max(...items.map((item) => item.x + item.width)) - Math.min(...items.map((item) => item.x));
  if (extent(left) >= 0.75 * extent(right)) return [left, right];
  const rightLines = groupLines(right);
  const blocks: Line[][] = [];
  for (const line of groupLines(left)) {
    const block = blocks[blocks.length - 1];
    const last = block?.[block.length - 1];
    if (last && last.y - line.y <= 1.6 * Math.max(last.fontSize, line.fontSize)) block.push(line);
    else blocks.push([line]);
  }
  const textOf = (block: Line[]) => block.map(lineText).join(" ");
  const isHeading = (block: Line[]) => headingKind(textOf(block)) !== null;
  const isLabel = (block: Line[]) => {
    const text = textOf(block);
    return (
      isHeading(block) || (/^\p{Lu}/u.test(text) && !/[\d:@/]/.test(text) && text.split(/\s+/).length <= 3)
    );
  };
  // the first main-column line beside any of the block's lines (a wrapped heading's last line may be the one)
  const besideOf = (block: Line[]) =>
    rightLines.findIndex((other) => block.some((line) => Math.abs(other.y - line.y) <= 0.6 * line.fontSize));
  const candidates = blocks.filter((block) => isLabel(block) && besideOf(block) >= 0);
  const headingColumn = candidates.length >= 2 && candidates.length >= 0.6 * blocks.length;
  const moved: PositionedText[] = [];
  const taken = new Set<PositionedText>();
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    const orphan = isHeading(block) && (!next || isHeading(next));
    if (!candidates.includes(block) || !(orphan || headingColumn)) return;
    const beside = besideOf(block);
    const first = rightLines[beside].y;
    const above = rightLines[beside - 1];
    // just above the line it stands beside, below the line before that
    const y = above
      ? Math.max((above.y + first) / 2, first + 0.6 * block[0].fontSize)
      : first + block[0].fontSize;
    for (const line of block) for (const item of line.items) taken.add(item);
    // a heading wrapped over lines ("Research" / "Projects") becomes one run of text
    moved.push({
      str: textOf(block),
      x: Math.min(...block.map((line) => line.items[0].x)),
      y,
      width:
        Math.max(...block.flatMap((line) => line.items.map((item) => item.x + item.width))) -
        block[0].items[0].x,
      fontSize: block[0].fontSize,
    });
  });
  if (moved.length === 0) return [left, right];
  return [left.filter((item) => !taken.has(item)), [...right, ...moved]];
}

const DATE_PIECE =
  /\b(?:19|20)\d{2}\b|^\W*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:present|till|current|now)\b|^\s*[–—-]\s*$/i;

/**
 * A strip's two sides, within its band, are independent columns: few lines of the shorter side share a baseline
 * with the other side (a table's cells, and dates set beside their entries, do), and they read as no table's rows.
 */
function independentSides(visible: PositionedText[], gutter: Gutter): boolean {
  const band = visible.filter((item) => item.y <= gutter.top && item.y >= gutter.bottom);
  const left = groupLines(band.filter((item) => item.x + item.width / 2 < gutter.x));
  const right = groupLines(band.filter((item) => item.x + item.width / 2 >= gutter.x));
  const [fewer, more] = left.length <= right.length ? [left, right] : [right, left];
  // (a column of dates, set at its cells' middles, is a table's, aligned or not: years, months, "Present", a
  // range's dash left alone; and so is a band whose label row the strip cuts)
  if (
    fewer.length === 0 ||
    fewer.filter((line) => DATE_PIECE.test(lineText(line))).length >= 0.5 * fewer.length ||
    labelsAcross(left, right)
  )
    return false;
  const shared = fewer.filter((line) =>
    more.some((other) => Math.abs(other.y - line.y) <= 0.25 * Math.max(line.fontSize, other.fontSize)),
  ).length;
  return shared <= 0.25 * fewer.length && !sidesFormRows(left, right);
}

/** Reading-order text of one page. */
export function layoutPage(items: PositionedText[], pageWidth: number, depth = 0): string {
  const visible = items.filter((item) => item.str.trim() !== "");
  const gutters = depth < 1 ? findGutters(visible, pageWidth) : [];
  // where strips over the same band tie, the rightmost whose sides are independent columns (a side column's
  // gutter, not the strip before the main column's dates, nor one between a table's cells); else the rightmost
  const gutter =
    gutters.length > 1
      ? ([...gutters]
          .reverse()
          .find(
            (candidate) =>
              Math.abs(candidate.top - gutters[gutters.length - 1].top) <= 1 &&
              Math.abs(candidate.bottom - gutters[gutters.length - 1].bottom) <= 1 &&
              independentSides(visible, candidate),
          ) ?? gutters[gutters.length - 1])
      : gutters[0];
  if (gutter) {
    // a table's label row, and the heading over it, at the foot of the band go with the rows below it, which
    // the strip does not run past ("Examination  Institute  Board  Year" over the rows it heads)
    const bandLines = groupLines(visible.filter((item) => item.y <= gutter.top && item.y >= gutter.bottom));
    for (let i = bandLines.length - 1; i > 0; i--) {
      const text = lineText(bandLines[i]);
      const below = visible.some((item) => item.y < gutter.bottom);
      if (
        !below ||
        !(isLabels(text) || isLabelCells(text) || (i < bandLines.length - 1 && headingKind(text) !== null))
      )
        break;
      gutter.bottom = bandLines[i].y + 0.01;
    }
    const inBand = (item: PositionedText) => item.y <= gutter.top && item.y >= gutter.bottom;
    const band = visible.filter(inBand);
    const left = band.filter((item) => item.x + item.width / 2 < gutter.x);
    const right = band.filter((item) => item.x + item.width / 2 >= gutter.x);
    if (left.length >= 3 && right.length >= 3) {
      const above = visible.filter((item) => item.y > gutter.top);
      const below = visible.filter((item) => item.y < gutter.bottom);
      let middle: string[];
      // each side's lines, grouped once for the tests below and the table they may make
      const leftLines = groupLines(left);
      const rightLines = groupLines(right);
      const rows = sidesFormRows(leftLines, rightLines);
      // a table that the gutter cuts through, whose sides do not line up as a label column beside its
      // entries (centred cells wrapped on one side), is read whole, row by row
      if (!rows && labelsAcross(leftLines, rightLines)) middle = [linesToText(groupLines(band))];
      else if (rows) {
        const sparseIsLeft = leftLines.length <= rightLines.length;
        middle = [
          sparseIsLeft ? tableText(leftLines, rightLines, true) : tableText(rightLines, leftLines, false),
        ];
      } else {
        const [sidebar, main] = withHeadingsBesideContent(left, right);
        middle = [layoutPage(sidebar, pageWidth, depth + 1), layoutPage(main, pageWidth, depth + 1)];
      }
      return [
        above.length > 0 ? linesToText(groupLines(above)) : "",
        ...middle,
        below.length > 0 ? linesToText(groupLines(below)) : "",
      ]
        .filter((part) => part !== "")
        .join("\n\n");
    }
  }
  return linesToText(groupLines(visible));
}
