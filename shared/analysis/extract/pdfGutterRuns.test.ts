// A line under two columns that a font change cut into items: read whole, not cut at the columns' gutter. Invented
// names, laid out the way a word processor's PDF places them.
import { describe, expect, it } from "vitest";
import { layoutPage, type PositionedText } from "./pdfLayout.ts";

describe("a line under two columns that a font change cut into items", () => {
  const item = (str: string, x: number, y: number, width: number): PositionedText => ({
    str,
    x,
    y,
    width,
    fontSize: 12,
  });

  it("is read whole where a word's space of it falls in the columns' gutter", () => {
    const left = ["Job Responsibilities:", "• Kept the books of accounts", "• Handled the daily entries"];
    const right = ["• Prepared the cash reports", "• Filed the tax returns", "• Paid the rents on time"];
    const items = [
      ...left.map((text, i) => item(text, 72, 300 - 28 * i, 200)),
      ...right.map((text, i) => item(text, 380, 300 - 28 * i, 200)),
      item("Previous Employment Details.", 72, 200, 203),
      // "‘Kestrel And Associates’" in another font: the items meet at the gutter with a word's space between
      item("1. Worked with ‘", 126, 62.4, 101),
      item("Kestrel And Associates’", 227, 62.4, 137.5),
      item("(Chartered Accountants) as an", 368.9, 62.4, 178),
      item("Accounts Executive from August 2014 to November", 144, 47.8, 390),
      item("2016 in New Delhi.", 144, 34, 114),
    ];
    const lines = layoutPage(items, 612).split("\n").filter(Boolean);
    expect(lines).toContain("1. Worked with ‘Kestrel And Associates’ (Chartered Accountants) as an");
    expect(lines.slice(-2)).toEqual([
      "Accounts Executive from August 2014 to November",
      "2016 in New Delhi.",
    ]);
  });
});
