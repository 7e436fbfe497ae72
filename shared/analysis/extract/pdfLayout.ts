// Puts a PDF page's positioned text items back into reading order: columns first, then lines by baseline.

import { headingKind } from "../headings.ts";

export interface PositionedText {
  str: string;
  /** left edge and baseline, PDF user space (origin bottom-left) */
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

interface Line {
  y: number;
  fontSize: number;
  items: PositionedText[];
}

const BIN = 2;
const MAX_STEPS = 2_000;

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
  return lines.sort((a, b) => b.y - a.y);
}

/**
 * Small capitals as word processors draw them: a word's capital in the full size, the rest of the word in
 * capitals of a smaller size right after it ("S" + "UMMARY"), which is one word, not two.
 */
function smallCapsTail(previous: PositionedText | undefined, item: PositionedText): boolean {
  if (!previous || !/^\p{Lu}$/u.test(previous.str.trim())) return false;
  const ratio = previous.fontSize / (item.fontSize || previous.fontSize);
  return ratio > 1.1 && ratio < 1.6 && /^\p{Lu}{2}/u.test(item.str) && item.str === item.str.toUpperCase();
}

function lineText(line: Line): string {
  let text = "";
  let right = Number.NEGATIVE_INFINITY;
  let previousSize = line.fontSize;
  let previous: PositionedText | undefined;
  for (const item of line.items) {
    const gap = item.x - right;
    if (text !== "") {
      // A wide gap separates table cells or a right-aligned date; a tab keeps them apart for the parsers.
      if (gap > 2.2 * line.fontSize) text = `${text.trimEnd()}\t`;
      else if (!text.endsWith(" ") && !item.str.startsWith(" ")) {
        // Separate runs that touch still read as separate words when a new word visibly starts
        // ("10/2020 – Present" + "Pennine Software"); touching lower-case runs are one word split by kerning.
        const touchingWord =
          gap > -1 &&
          /[\p{L}\d.,;:)]$/u.test(text) &&
          /^[\p{Lu}\d(•]/u.test(item.str) &&
          !smallCapsTail(previous, item);
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
    text += item.str;
    right = Math.max(right, item.x + item.width);
  }
  return text.replace(/ {2,}/g, " ").trim();
}

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
  // the columns each row fills on its own line, before any wrapped line joins it
  const filled = new Map([...cellsOf].map(([index, cells]) => [index, [...cells.keys()]]));
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
    if (column < 0 || isAnchor(row)) return;
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
    const lacks = (at: number) => filled.has(at) && !filled.get(at)?.includes(column);
    const last = (at: number) => filled.has(at) && Math.max(...(filled.get(at) ?? [])) === column;
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
    const cells = cellsOf.get(target) as Map<number, TableCell>;
    const cell = cells.get(column) ?? { above: [], text: "", below: [] };
    cells.set(column, cell);
    (toBelow ? cell.above : cell.below).push(row.text);
    pending.push({ index, target, column, centred: !last(target) || toBelow, below: !toBelow, y: row.y });
  });
  // a centred cell straddles its row: lines above it and below it; a line on one side only may be the row's
  // heading (an employer above a dated row) and stays a line of its own
  for (const part of pending) {
    const cell = cellsOf.get(part.target)?.get(part.column) as TableCell;
    if (part.centred && (cell.above.length === 0 || cell.below.length === 0)) continue;
    attached.add(part.index);
    if (part.below) bottoms.set(part.target, Math.min(bottoms.get(part.target) ?? part.y, part.y));
    else tops.set(part.target, Math.max(tops.get(part.target) ?? part.y, part.y));
  }
  for (const [index, cells] of cellsOf)
    for (const [column, cell] of cells) {
      const kept = (text: string, below: boolean) =>
        pending.some(
          (part) =>
            part.target === index &&
            part.column === column &&
            part.below === below &&
            attached.has(part.index) &&
            rows[part.index].text === text,
        );
      cell.above = cell.above.filter((text) => kept(text, false));
      cell.below = cell.below.filter((text) => kept(text, true));
      if (cell.text === "" && cell.above.length === 0 && cell.below.length === 0) cells.delete(column);
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

function linesToText(lines: Line[]): string {
  return rowsToText(lines.map(rowOf));
}

const YEAR = /\b(19|20)\d{2}\b/;

/**
 * A table whose label column (dates, headings) sits beside the entries: each label joins the entry row it
 * starts on, and a label that wrapped ("September" over "2016–January 2020") is put back together first.
 */
function tableText(sparse: Line[], dense: Line[], sparseIsLeft: boolean): string {
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

interface Gutter {
  x: number;
  top: number;
  bottom: number;
}

/** Finds the vertical strip with no text crossing it over the largest share of the page's text height. */
export function findGutter(items: PositionedText[], pageWidth: number): Gutter | null {
  if (items.length < 6) return null;
  const top = Math.max(...items.map((item) => item.y + item.fontSize));
  const bottom = Math.min(...items.map((item) => item.y));
  const height = top - bottom;
  if (height <= 0) return null;
  const contentLeft = Math.min(...items.map((item) => item.x));
  const contentRight = Math.min(pageWidth, Math.max(...items.map((item) => item.x + item.width)));
  const margin = 0.1 * (contentRight - contentLeft);
  let best: Gutter | null = null;
  // A page of ordinary width is walked in 2-point steps; an absurdly wide one in at most MAX_STEPS steps.
  const step = Math.max(BIN, (contentRight - contentLeft) / MAX_STEPS);
  for (let x = contentLeft + margin; x <= contentRight - margin; x += step) {
    const crossing = items
      .filter((item) => item.x < x + BIN && item.x + item.width > x)
      .map((item) => item.y)
      .sort((a, b) => b - a);
    const edges = [top + 1, ...crossing, bottom - 1];
    for (let i = 1; i < edges.length; i++) {
      const span = edges[i - 1] - edges[i];
      if (!best || span > best.top - best.bottom)
        best = { x, top: edges[i - 1] - 0.5, bottom: edges[i] + 0.5 };
    }
  }
  if (!best || best.top - best.bottom < 0.4 * height) return null;
  return best;
}

/** True when the two sides are one table (dates beside entries) rather than independent columns. */
export function sidesFormRows(left: PositionedText[], right: PositionedText[]): boolean {
  const leftLines = groupLines(left);
  const rightLines = groupLines(right);
  if (leftLines.length === 0 || rightLines.length === 0) return false;
  // The sparser side (dates, labels) of a table sits on rows of the denser side; independent columns do not.
  const [sparseAll, dense] =
    leftLines.length <= rightLines.length ? [leftLines, rightLines] : [rightLines, leftLines];
  // Section headings stand alone in a table's label column, so they say nothing about row alignment.
  const sparse = sparseAll.filter((line) => headingKind(lineText(line)) === null);
  if (sparse.length === 0) return false;
  const aligned = sparse.filter((line) =>
    dense.some((other) => Math.abs(other.y - line.y) <= 0.25 * Math.max(line.fontSize, other.fontSize)),
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

/** Reading-order text of one page. */
export function layoutPage(items: PositionedText[], pageWidth: number, depth = 0): string {
  const visible = items.filter((item) => item.str.trim() !== "");
  const gutter = depth < 1 ? findGutter(visible, pageWidth) : null;
  if (gutter) {
    const inBand = (item: PositionedText) => item.y <= gutter.top && item.y >= gutter.bottom;
    const band = visible.filter(inBand);
    const left = band.filter((item) => item.x + item.width / 2 < gutter.x);
    const right = band.filter((item) => item.x + item.width / 2 >= gutter.x);
    if (left.length >= 3 && right.length >= 3) {
      const above = visible.filter((item) => item.y > gutter.top);
      const below = visible.filter((item) => item.y < gutter.bottom);
      let middle: string[];
      if (sidesFormRows(left, right)) {
        const leftLines = groupLines(left);
        const rightLines = groupLines(right);
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
