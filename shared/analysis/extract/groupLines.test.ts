// groupLines looks only at the trailing lines a new item can join: same lines as a scan of all of them.
import { describe, expect, it } from "vitest";
import { groupLines, type PositionedText } from "./pdfLines.ts";

/** The first, quadratic version, kept here as the reference. */
function groupLinesByScan(items: PositionedText[]) {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; fontSize: number; items: PositionedText[] }[] = [];
  for (const item of sorted) {
    const raised = (c: (typeof lines)[number]) =>
      item.fontSize > c.fontSize &&
      c.fontSize >= 0.5 * item.fontSize &&
      c.items.every((r) => r.str.length <= 3);
    const line = lines.find(
      (c) => Math.abs(c.y - item.y) <= Math.max(1.5, 0.5 * (raised(c) ? item.fontSize : c.fontSize)),
    );
    if (line) {
      if (raised(line)) line.y = item.y;
      line.items.push(item);
      line.fontSize = Math.max(line.fontSize, item.fontSize);
    } else lines.push({ y: item.y, fontSize: item.fontSize, items: [item] });
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b.y - a.y);
}

function pageOf(count: number, seed: number, sizes: number[]): PositionedText[] {
  let s = seed;
  const next = () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
  return Array.from({ length: count }, (_, i) => ({
    str: `w${i}`,
    x: Math.round(next() * 500),
    y: Math.round(next() * 800 * 4) / 4,
    width: 20,
    fontSize: sizes[Math.floor(next() * sizes.length)],
  }));
}

describe("groupLines", () => {
  it.each([
    ["body text", 400, 7, [10]],
    ["mixed sizes", 600, 11, [8, 10, 12, 24]],
    ["a huge heading among small type", 500, 13, [6, 9, 72]],
    ["dense", 2_000, 17, [10, 11]],
  ])("%s: the same lines as a full scan", (_name, count, seed, sizes) => {
    const items = pageOf(count, seed, sizes);
    // the grouping itself, without the table cells marked on the lines afterwards
    const grouped = groupLines(items).map(({ y, fontSize, items }) => ({ y, fontSize, items }));
    expect(grouped).toEqual(groupLinesByScan(items));
  });

  it("groups 30,000 items on one page (once quadratic)", () => {
    const lines = groupLines(pageOf(30_000, 5, [6]));
    expect(lines.reduce((n, line) => n + line.items.length, 0)).toBe(30_000);
  });
});
