// The shape of a work history's dated job lines, to tell whether a block under another heading goes on with them.
import { findDateRanges } from "./dates.ts";

type Lines = { lines: { text: string }[] };

/**
 * A dated line's shape with its words and dates blurred: "Acme Ltd (Feb 2015 to Nov 2015)" and "Birch Bank (Aug
 * 2003 to May 2006)" share "T(D)", "Acme\tSep 2014 – Present" is "T\tD".
 */
function datedShape(text: string): string | null {
  const [range] = findDateRanges(text, "2000-01");
  if (!range) return null;
  const shape = (part: string) =>
    part.replace(/[^\t()]+/g, (run) => (/[\p{L}\d]/u.test(run) ? "T" : "")).replace(/T+/g, "T");
  const before = shape(text.slice(0, range.index));
  const after = shape(text.slice(range.index + range.length));
  return before === "" ? null : `${before}D${after}`;
}

/**
 * "Key Achievements" or "References" set between two jobs: the block under it holds a dated line of the very
 * shape that the work history's own job lines have, so the history goes on there.
 */
export function repeatsJobHeaders(history: Lines[], block: Lines): boolean {
  const shapes = new Set(
    history
      .flatMap((part) => part.lines)
      .flatMap((line) => (line.text.trim().split(/\s+/).length <= 14 ? (datedShape(line.text) ?? []) : [])),
  );
  return block.lines.some((line) => {
    const shape = line.text.trim().split(/\s+/).length <= 14 ? datedShape(line.text) : null;
    return shape !== null && shapes.has(shape);
  });
}
