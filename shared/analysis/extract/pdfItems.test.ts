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

describe("list items wrapped in their column", () => {
  it("joins an item's wrapped lines onto its first, where each line above ran to the column's end", () => {
    const items = [
      item("Past Employment", 54, 712, 90),
      bullet(700),
      item("Service Engineer for four months at Kestrel Vacuum Pumps, Ankleshwar, Gujarat in", 72, 700, 450),
      item("1988.", 72, 688, 25),
      bullet(676),
      item("Electrical Engineer for one year at Orchard Chemicals and Fertilizers, Meghnagar,", 72, 676, 448),
      item("Madhya Pradesh, a plant of two units making urea and ammonia for the district", 72, 664, 450),
      item("farmers, in 1989.", 72, 652, 80),
    ];
    expect(layoutPage(items, 595).split("\n")).toEqual([
      "Past Employment",
      "\uf0b7 Service Engineer for four months at Kestrel Vacuum Pumps, Ankleshwar, Gujarat in 1988.",
      "\uf0b7 Electrical Engineer for one year at Orchard Chemicals and Fertilizers, Meghnagar, Madhya Pradesh, a plant of two units making urea and ammonia for the district farmers, in 1989.",
    ]);
  });

  it("leaves apart a line under an item that ended short, a line at the margin, a heading and a list mark", () => {
    const items = [
      bullet(700),
      item("Laid out the site.", 72, 700, 90),
      item("Kept the site diary for the whole of the works, and the stores register, every", 72, 688, 450),
      bullet(676),
      item("Drew the site's plans and sections for the contractors in the drawing office of", 72, 676, 450),
      // set at the glyph's margin, not under the item's text: a line of its own
      item("Orchard Builders Ltd, Mumbai", 54, 664, 140),
      bullet(652),
      item("Checked the bills of the sub-contractors against the measurement book and the", 72, 652, 450),
      item("EDUCATION", 72, 640, 50),
      bullet(628),
      item("Handled the claims of the site's workers for the wages and the overtime of their", 72, 628, 450),
      item("- Billing", 72, 616, 40),
      bullet(604),
      item("Reported to the project manager of the whole of the works on the following:", 72, 604, 450),
      item("safety, quality and progress", 72, 592, 140),
    ];
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
});
