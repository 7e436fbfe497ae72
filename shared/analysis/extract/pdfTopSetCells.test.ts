// A work history's table whose cells are set at each row's top, as word processors set them by default: a long
// cell goes on under the row's first line in its own column. Invented rows, laid out as LibreOffice lays them.
import { describe, expect, it } from "vitest";
import { HISTORY_TABLE } from "../fixtures/historyTable.ts";
import { layoutPage } from "./pdfLayout.ts";
import type { PositionedText } from "./pdfLines.ts";

const cell = (str: string, x: number, y: number, width: number): PositionedText => ({
  str,
  x,
  y,
  width,
  fontSize: 12,
});
const linesOf = (items: PositionedText[]) => layoutPage(items, 612).split("\n").filter(Boolean);

describe("a table whose cells are set at the row's top", () => {
  it("joins the further lines of a row's long cells to the row, each in its own column", () => {
    expect(linesOf(HISTORY_TABLE)).toEqual([
      "PROFESSIONAL EXPERIENCE",
      "Organization\tDesignation\tFrom\tTo",
      "Northgate Engineering and Construction Company Limited, Chennai\tSenior Site Engineer\tMarch 2017\tTill Date",
      "Harbor Infrastructure Private Limited, Bangalore\tSite Engineer (Civil)\tJuly 2013\tFebruary 2017",
      "Orchard Builders\tJunior Engineer\tJune 2011\tJune 2013",
    ]);
  });

  it("leaves a next row alone: its own year where the row has one, at a row's step", () => {
    const rows = [
      cell("Degree", 58, 700, 40),
      cell("Institute", 150, 700, 50),
      cell("Year", 400, 700, 25),
      cell("B.Com", 58, 684, 35),
      cell("Harbor College of", 150, 684, 90),
      cell("2014", 400, 684, 24),
      cell("M.Com", 58, 670, 35),
      cell("Orchard College", 150, 670, 85),
      cell("2016", 400, 670, 24),
    ];
    expect(linesOf(rows)).toContain("M.Com\tOrchard College\t2016");
  });
});
