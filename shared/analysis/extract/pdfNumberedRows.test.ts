// A work history's table numbered in its first column ("S.No") whose cells are centred on their rows, as an HTML
// table's are: a cell of two lines straddles its row's line. Invented rows, laid out as LibreOffice lays them.
import { describe, expect, it } from "vitest";
import { run as cell, pageLines as linesOf } from "../fixtures/pdfRuns.ts";

const TABLE = [
  cell("WORK EXPERIENCE", 56.8, 763.6, 120.9),
  cell("S.No", 60.1, 738.6, 24.3),
  cell("Company Name", 164.8, 738.6, 83.0),
  cell("Designation", 366.8, 738.6, 60.6),
  cell("Duration", 494.8, 738.6, 46.6),
  cell("1", 58.2, 715.0, 6.0),
  cell("Kestrel Power Systems Private Limited,", 89.0, 721.9, 192.1),
  cell("Vadodara, Gujarat", 89.0, 708.1, 88.6),
  cell("Assistant Manager", 326.4, 721.9, 89.6),
  cell("(Maintenance)", 326.4, 708.1, 69.9),
  cell("Jan 2018 to Till", 470.6, 721.9, 75.6),
  cell("Date", 470.6, 708.1, 22.6),
  cell("2", 58.2, 684.4, 6.0),
  cell("Harbor Steel Industries Ltd, Raipur", 89.0, 684.4, 169.5),
  cell("Senior Engineer", 326.4, 684.4, 77.6),
  cell("Jul 2013 to Dec", 470.6, 691.3, 75.6),
  cell("2017", 470.6, 677.5, 24.0),
  cell("3", 58.2, 653.9, 6.0),
  cell("Orchard Engineering Works", 89.0, 653.9, 135.9),
  cell("Graduate Engineer Trainee", 326.4, 653.9, 129.9),
  cell("Jun 2011 to Jun", 470.6, 660.8, 75.6),
  cell("2013", 470.6, 647.0, 24.0),
];

describe("a numbered table whose cells are centred on their rows", () => {
  it("gives each line between two numbers to the nearer one's row, its cells put back together by column", () => {
    expect(linesOf(TABLE)).toEqual([
      "WORK EXPERIENCE",
      "S.No\tCompany Name\tDesignation\tDuration",
      "1\tKestrel Power Systems Private Limited, Vadodara, Gujarat\tAssistant Manager (Maintenance)\tJan 2018 to Till Date",
      "2\tHarbor Steel Industries Ltd, Raipur\tSenior Engineer\tJul 2013 to Dec 2017",
      "3\tOrchard Engineering Works\tGraduate Engineer Trainee\tJun 2011 to Jun 2013",
    ]);
  });

  it("leaves a numbered list with no label row above it as it was", () => {
    const list = [
      cell("WORK EXPERIENCE", 56.8, 763.6, 120.9),
      cell("1.", 58, 740, 8),
      cell("Worked with Kestrel Power Systems as Assistant Manager", 75, 740, 280),
      cell("from Jan 2018 to date.", 75, 726, 110),
      cell("2.", 58, 712, 8),
      cell("Worked with Harbor Steel as Senior Engineer", 75, 712, 220),
    ];
    expect(linesOf(list).slice(1)).toEqual([
      "1. Worked with Kestrel Power Systems as Assistant Manager",
      "from Jan 2018 to date.",
      "2. Worked with Harbor Steel as Senior Engineer",
    ]);
  });
});
