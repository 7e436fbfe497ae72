// List items longer than their column, as a PDF sets them: the glyph and the first line, then the item's wrapped
// lines set in under its text. Invented positions and text.
import { describe, expect, it } from "vitest";
import { layoutPage, type PositionedText } from "./pdfLayout.ts";

const item = (str: string, x: number, y: number, width = str.length * 5): PositionedText => ({
  str,
  x,
  y,
  width,
  fontSize: 10,
});
// Symbol's bullet at the list's indent, the item's text from x = 72; the column ends at x = 522
const bullet = (y: number) => item("\uf0b7", 54, y, 5);
/**
 * A page's lines 12 points apart from y = 700: [text, width] set at x = 72, "• " before the text for a list item
 * (Symbol's glyph at x = 54), "|" for a line at the glyph's margin (x = 54).
 */
const page = (lines: [string, number][]): PositionedText[] =>
  lines.flatMap(([text, width], index) => {
    const y = 700 - 12 * index;
    if (text.startsWith("• ")) return [bullet(y), item(text.slice(2), 72, y, width)];
    if (text.startsWith("|")) return [item(text.slice(1), 54, y, width)];
    return [item(text, 72, y, width)];
  });

describe("list items wrapped in their column", () => {
  it("joins an item's wrapped lines onto its first, where each line above ran to the column's end", () => {
    const items = [
      item("Past Employment", 54, 712, 90),
      ...page([
        ["• Service Engineer for four months at Kestrel Vacuum Pumps, Ankleshwar, Gujarat in", 450],
        ["1988.", 25],
        ["• Electrical Engineer for one year at Orchard Chemicals and Fertilizers, Meghnagar,", 448],
        ["Madhya Pradesh, a plant of two units making urea and ammonia for the district", 450],
        ["farmers, in 1989.", 80],
      ]),
    ];
    expect(layoutPage(items, 595).split("\n")).toEqual([
      "Past Employment",
      "\uf0b7 Service Engineer for four months at Kestrel Vacuum Pumps, Ankleshwar, Gujarat in 1988.",
      "\uf0b7 Electrical Engineer for one year at Orchard Chemicals and Fertilizers, Meghnagar, Madhya Pradesh, a plant of two units making urea and ammonia for the district farmers, in 1989.",
    ]);
  });

  it("leaves apart a line under an item that ended short, a line at the margin, a heading and a list mark", () => {
    const items = page([
      ["• Laid out the site.", 90],
      ["Kept the site diary for the whole of the works, and the stores register, every", 450],
      ["• Drew the site's plans and sections for the contractors in the drawing office of", 450],
      // set at the glyph's margin, not under the item's text: a line of its own
      ["|Orchard Builders Ltd, Mumbai", 140],
      ["• Checked the bills of the sub-contractors against the measurement book and the", 450],
      ["EDUCATION", 50],
      ["• Handled the claims of the site's workers for the wages and the overtime of their", 450],
      ["- Billing", 40],
      ["• Reported to the project manager of the whole of the works on the following:", 450],
      ["safety, quality and progress", 140],
    ]);
    expect(layoutPage(items, 595).split("\n")).toEqual([
      "\uf0b7 Laid out the site.",
      "Kept the site diary for the whole of the works, and the stores register, every",
      "\uf0b7 Drew the site's plans and sections for the contractors in the drawing office of",
      "Orchard Builders Ltd, Mumbai",
      "\uf0b7 Checked the bills of the sub-contractors against the measurement book and the",
      "EDUCATION",
      "\uf0b7 Handled the claims of the site's workers for the wages and the overtime of their",
      "- Billing",
      "\uf0b7 Reported to the project manager of the whole of the works on the following:",
      "safety, quality and progress",
    ]);
  });

  it("joins the wrapped line of an item whose glyph is drawn larger than its text, not a line in far smaller type", () => {
    // a Word list's bullet set in 14-point Symbol before 10-point text: the first line's size is the glyph's
    const large = (y: number) => ({ ...bullet(y), fontSize: 14, width: 7 });
    const items = [
      large(700),
      item("Completed a certificate course in Software Testing (Manual &", 72, 700, 450),
      item("Automation) from Kestrel Testing Solutions, Kochi", 72, 688, 250),
      large(676),
      item("Completed a certificate course in Site Safety at the Orchard Safety Council,", 72, 676, 450),
      { ...item("Pune", 72, 667, 20), fontSize: 7 },
    ];
    expect(layoutPage(items, 595).split("\n")).toEqual([
      "\uf0b7 Completed a certificate course in Software Testing (Manual & Automation) from Kestrel Testing Solutions, Kochi",
      "\uf0b7 Completed a certificate course in Site Safety at the Orchard Safety Council,",
      "Pune",
    ]);
  });
});
