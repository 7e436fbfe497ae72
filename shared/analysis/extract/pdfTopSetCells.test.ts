// A work history's table whose cells are set at each row's top, as word processors set them by default: a long
// cell goes on under the row's first line in its own column. Invented rows, laid out as LibreOffice lays them.
import { describe, expect, it } from "vitest";
import { HISTORY_TABLE } from "../fixtures/historyTable.ts";
import { run as cell, pageLines as linesOf } from "../fixtures/pdfRuns.ts";

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

  it("finds a cell's column at the start of a run inside the row's cell, and keeps a row's values off the labels", () => {
    // ("B.E." and "Civil" stand closer than a cell's gap; the year and the marks are one run, under "Year  %")
    const items = [
      cell("EDUCATIONAL QUALIFICATIONS", 56.8, 644.8, 198.8),
      cell("Degree", 62.5, 619.8, 35.9),
      cell("Specialization", 110.2, 619.8, 71.2),
      cell("Institute", 262.4, 619.8, 43.3),
      cell("Board / University", 396.7, 619.8, 94.5),
      cell("Year", 510.4, 619.8, 25.3),
      cell("%", 546.8, 619.8, 12.0),
      cell("B.E.", 58.2, 603.1, 21.3),
      cell("Civil", 105.5, 603.1, 23.9),
      cell("Engineering", 105.5, 589.3, 58.6),
      cell("Elmwood Institute of Engineering and", 189.0, 603.1, 183.8),
      cell("Technology, Salem", 189.0, 589.3, 93.3),
      cell("Anna University,", 381.9, 603.1, 82.6),
      cell("Chennai", 381.9, 589.3, 39.9),
      cell("2011 71.4", 509.0, 603.1, 51.8),
      cell("Diploma Civil", 58.2, 572.5, 71.2),
      cell("Engineering", 105.5, 558.7, 58.6),
      cell("Kestrel Polytechnic College, Salem", 189.0, 572.5, 170.5),
      cell("Directorate of Technical", 381.9, 572.5, 117.2),
      cell("Education", 381.9, 558.7, 48.6),
      cell("2008 82.0", 509.0, 572.5, 51.8),
    ];
    expect(linesOf(items).slice(0, 3)).toEqual([
      "EDUCATIONAL QUALIFICATIONS",
      "Degree Specialization\tInstitute\tBoard / University\tYear %",
      "B.E. Civil Engineering\tElmwood Institute of Engineering and Technology, Salem\tAnna University, Chennai\t2011 71.4",
    ]);
  });

  it("joins a line of one cell under a name cut inside its kind words, never one under the row's first cell", () => {
    const items = [
      cell("ACADEMIC QUALIFICATION", 56.8, 631.0, 169.5),
      cell("Examination", 62.9, 606.0, 65.9),
      cell("Board / University", 188.8, 606.0, 94.5),
      cell("Institute", 394.4, 606.0, 43.3),
      cell("Year Marks", 497.7, 606.0, 65.7),
      cell("B.E.", 58.2, 589.3, 21.3),
      cell("(Electrical)", 58.2, 575.5, 53.9),
      cell("Elmwood Technological University", 136.3, 589.3, 171.8),
      cell("Government Engineering", 338.6, 589.3, 121.6),
      cell("College, Northgate", 338.6, 575.5, 91.3),
      cell("2011 68.5%", 496.3, 589.3, 61.8),
      cell("H.S.C.", 58.2, 558.7, 32.3),
      cell("Gujarat Secondary and Higher", 136.3, 558.7, 146.2),
      cell("Secondary Education Board", 136.3, 544.9, 134.6),
      cell("Kestrel Vidyalaya", 338.6, 558.7, 86.9),
      cell("2007 74%", 496.3, 558.7, 52.8),
      cell("S.S.C.", 58.2, 528.2, 30.0),
      cell("G.S.E.B.", 136.3, 528.2, 45.0),
      cell("Kestrel Vidyalaya", 338.6, 528.2, 86.9),
      cell("2005 81%", 496.3, 528.2, 52.8),
    ];
    expect(linesOf(items).slice(1)).toEqual([
      "Examination\tBoard / University\tInstitute\tYear Marks",
      "B.E. (Electrical)\tElmwood Technological University\tGovernment Engineering College, Northgate\t2011 68.5%",
      "H.S.C.\tGujarat Secondary and Higher Secondary Education Board\tKestrel Vidyalaya\t2007 74%",
      "S.S.C.\tG.S.E.B.\tKestrel Vidyalaya\t2005 81%",
    ]);
  });
});
