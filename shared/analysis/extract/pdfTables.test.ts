// Education tables whose cells wrap over several lines, and text drawn twice: invented rows, laid out the way
// word processors place them.
import { describe, expect, it } from "vitest";
import { HISTORY_TABLE } from "../fixtures/historyTable.ts";
import { run as cell } from "../fixtures/pdfRuns.ts";
import { layoutPage } from "./pdfLayout.ts";
import { groupLines, lineText, type PositionedText, withoutOverprint } from "./pdfLines.ts";

const item = (str: string, x: number, y: number, width = str.length * 5): PositionedText => ({
  str,
  x,
  y,
  width,
  fontSize: 11,
});

const linesOf = (items: PositionedText[]) => layoutPage(items, 612).split("\n").filter(Boolean);

describe("education tables with cells wrapped over several lines", () => {
  const header = [
    item("Education", 50, 640),
    item("COURSE", 50, 600),
    item("BOARD", 180, 600),
    item("INSTITUTION", 290, 600),
    item("MARKS", 430, 600),
    item("YEAR", 500, 600),
  ];

  it("puts lines of several cells centred on a row back into that row's cells", () => {
    const items = [
      ...header,
      item("HIGHER", 50, 575),
      item("SECONDARY", 50, 561),
      item("HARBOUR", 290, 561),
      item("SCHOOL", 50, 547),
      item("CBSE", 180, 547),
      item("PUBLIC", 290, 547),
      item("71%", 430, 547),
      item("2011", 500, 547),
      item("CERTIFICATE", 50, 533),
      item("SCHOOL", 290, 533),
      item("(HSC)", 50, 519),
      item("SECONDARY", 50, 503),
      item("HARBOUR", 290, 503),
      item("SCHOOL", 50, 489),
      item("CBSE", 180, 489),
      item("PUBLIC", 290, 489),
      item("64%", 430, 489),
      item("2009", 500, 489),
      item("CERTIFICATE", 50, 475),
      item("SCHOOL", 290, 475),
    ];
    expect(linesOf(items)).toEqual([
      "Education",
      "COURSE\tBOARD\tINSTITUTION\tMARKS\tYEAR",
      "HIGHER SECONDARY SCHOOL CERTIFICATE (HSC)\tCBSE\tHARBOUR PUBLIC SCHOOL\t71%\t2011",
      "SECONDARY SCHOOL CERTIFICATE\tCBSE\tHARBOUR PUBLIC SCHOOL\t64%\t2009",
    ]);
  });

  it("keeps a line whose year or mark is another row's, and the lines beyond it, out of the row", () => {
    const items = [
      ...header,
      item("B.Com", 50, 575),
      item("ACBE", 180, 575),
      item("Lake College", 290, 575),
      item("70%", 430, 575),
      item("2010", 500, 575),
      item("For Women,", 290, 561),
      item("University", 180, 561),
      // a row of two cells a line (no line of its own holds three): its marks and year, then its course and school
      item("81%", 430, 547),
      item("2007", 500, 547),
      item("Diploma", 50, 533),
      item("Harbour Polytechnic", 290, 533),
    ];
    expect(linesOf(items)).toEqual([
      "Education",
      "COURSE\tBOARD\tINSTITUTION\tMARKS\tYEAR",
      "B.Com\tACBE University\tLake College For Women,\t70%\t2010",
      // the line of values opens the next row, its course and school hanging under it (cells set at the top)
      "Diploma\tHarbour Polytechnic\t81%\t2007",
    ]);
  });

  it("puts a cell's first line, set a wrapped line above its row, back at the start of that cell", () => {
    // no label row: the columns are the rows' own; each row's cells centred on it, the school's first line above
    const items = [
      item("EDUCATION", 50, 560),
      item("B.E (Civil)", 56, 530, 55),
      item("Harbor University", 173, 530, 60),
      item("Harbor Engineering College", 248, 530, 110),
      item("2011-2014", 390, 530, 47),
      item("7.33 CGPA", 501, 530, 34),
      item("DIPLOMA", 56, 494.9, 50),
      item("(Electrical &", 53, 480.4, 57),
      item("Harbor Polytechnic College,", 248, 480.4, 116),
      item("HBTE", 173, 473.1, 30),
      item("2009-2011", 390, 473.1, 47),
      item("83.42%", 501, 473.1, 34),
      item("Electronics", 57, 465.8, 49),
      item("Northgate.", 291, 465.8, 30),
      item("Engineering)", 55, 451.3, 58),
      item("Harbor Higher Secondary", 257, 425.3, 107),
      item("School,", 294, 410.8, 33),
      item("2008-2009", 390, 410.8, 47),
      item("61.20%", 501, 410.8, 34),
      item("HSC", 71, 403.5, 21),
      item("State Board", 162, 403.5, 52),
      item("Elmwood Road.", 278, 396.2, 56),
    ];
    expect(linesOf(items).slice(1)).toEqual([
      "B.E (Civil)\tHarbor University\tHarbor Engineering College\t2011-2014\t7.33 CGPA",
      "DIPLOMA (Electrical & Electronics Engineering)\tHBTE\tHarbor Polytechnic College, Northgate.\t2009-2011\t83.42%",
      "HSC\tState Board\tHarbor Higher Secondary School, Elmwood Road.\t2008-2009\t61.20%",
    ]);
  });

  it("leaves stacked lines of several cells alone outside an education section", () => {
    const items = [
      item("Experience", 50, 640),
      item("Kestrel Gases Ltd", 50, 600),
      item("Lake Town", 180, 600),
      item("Engineer", 50, 586),
      item("Plant", 180, 586),
      item("2012 – 2016", 290, 586),
      item("Harbour Works", 50, 560),
      item("Bay City", 180, 560),
      item("Foreman", 50, 546),
      item("Yard", 180, 546),
      item("2009 – 2012", 290, 546),
    ];
    expect(linesOf(items)).toEqual([
      "Experience",
      "Kestrel Gases Ltd\tLake Town",
      "Engineer\tPlant\t2012 – 2016",
      "Harbour Works\tBay City",
      "Foreman\tYard\t2009 – 2012",
    ]);
  });
});

describe("a job's fields in a label column beside their values", () => {
  it("reads each label with its value, a label wrapped over two lines as one", () => {
    const job = (top: number, employer: string, title: string) => [
      item("Name of", 42, top),
      item("Organization:", 42, top - 12),
      item(employer, 178, top),
      item("Department", 42, top - 25),
      item("Civil drafting", 178, top - 25),
      item("Duration:", 42, top - 39),
      item("2013 To 2015", 178, top - 38),
      item("Designation:", 42, top - 53),
      item(title, 178, top - 52),
      ...[1, 2, 3, 4, 5, 6].map((n) =>
        item(`Drew site plans and sections for block ${n} of the housing scheme`, 190, top - 56 - 14 * n),
      ),
    ];
    const lines = linesOf([
      ...job(700, "Harbour Builders", "Draughtsman"),
      ...job(460, "Lake Works", "Surveyor"),
    ]);
    expect(lines.slice(0, 5)).toEqual([
      "Name of Organization:\tHarbour Builders",
      "Department\tCivil drafting",
      "Duration:\t2013 To 2015",
      "Designation:\tDraughtsman",
      "Drew site plans and sections for block 1 of the housing scheme",
    ]);
    expect(lines).toContain("Name of Organization:\tLake Works");
    expect(lines).toContain("Designation:\tSurveyor");
  });
});

describe("a row of tab stops under an education heading whose last cell wrapped to the left edge", () => {
  it("joins the short line that ends the paragraph to the row, and leaves fields and places alone", () => {
    const prose = [
      "Good communication skills, motivated,",
      "confident, willing to learn",
      "and to work under pressure",
    ];
    const items = [
      ...prose.map((line, i) => item(line, 72, 780 - 16 * i)),
      ...prose.map((line, i) => item(line, 72, 750 - 16 * i)),
      item("EDUCATION", 72, 700),
      item("GRADUATION", 72, 670),
      item("Bachelors in Banking & Finance HARTWELL", 212, 670),
      item("UNIVERSITY (Pakistan)", 72, 654),
      item("INTERMEDIATE", 72, 620),
      item("I.Com (statistics)", 216, 620),
      item("Dunmore", 432, 620),
      item("College of Commerce (Pakistan)", 72, 604),
      item("DIPLOMA IN MECHANICS", 72, 570),
      item("Tamil Nadu, India", 300, 570),
      item("Certificate course in welding", 72, 554),
      item("College", 72, 520),
      item(": Brook Hill College of Engineering", 216, 520),
      item("University : Ardent University", 72, 504),
      // a place that opens the institution's name
      item("HSC", 72, 470),
      item("Science", 216, 470),
      item("Lahore", 432, 470),
      item("College of Science (Pakistan)", 72, 454),
    ];
    const lines = linesOf(items);
    expect(lines.slice(lines.indexOf("EDUCATION"))).toEqual([
      "EDUCATION",
      "GRADUATION\tBachelors in Banking & Finance HARTWELL UNIVERSITY (Pakistan)",
      "INTERMEDIATE\tI.Com (statistics)\tDunmore College of Commerce (Pakistan)",
      "DIPLOMA IN MECHANICS\tTamil Nadu, India",
      "Certificate course in welding",
      "College\t: Brook Hill College of Engineering",
      "University : Ardent University",
      "HSC\tScience\tLahore College of Science (Pakistan)",
    ]);
  });
});

describe("withoutOverprint", () => {
  it("drops a run drawn again within a point of itself, which fakes bold, and keeps repeats elsewhere", () => {
    const items = [
      item("P", 217.6, 586.4),
      item("P", 217.3, 586.7),
      item("rofessional", 226.6, 586.7),
      item("P", 300, 586.4),
      item("Lead", 50, 560),
      item("Lead", 50, 540),
    ];
    expect(withoutOverprint(items).map((i) => [i.str, i.x, i.y])).toEqual([
      ["P", 217.6, 586.4],
      ["rofessional", 226.6, 586.7],
      ["P", 300, 586.4],
      ["Lead", 50, 560],
      ["Lead", 50, 540],
    ]);
  });
});

describe("table cells that their text nearly fills", () => {
  // "Greenfield Agro Industries Ltd" ends 8 points before "Assistant Manager" starts: no wider than a wide word
  // space, but the column starts there on the next row, after a short cell's wide gap
  const row = (y: number, company: string, width: number, title: string) => [
    item(company, 58, y, width),
    item(title, 225, y, 90),
    item("Oct 2019", 373, y, 45),
  ];

  it("parts a cell from the next where that column starts on another row", () => {
    const lines = linesOf([
      item("Work Experience", 50, 700),
      ...row(660, "Greenfield Agro Industries Ltd", 159, "Assistant Manager"),
      ...row(640, "Alpha Logistics", 81, "Maintenance Technician"),
    ]);
    expect(lines).toContain("Greenfield Agro Industries Ltd\tAssistant Manager\tOct 2019");
    expect(lines).toContain("Alpha Logistics\tMaintenance Technician\tOct 2019");
  });

  it("parts the cells of a row whose every cell its text fills, by the columns of the other rows", () => {
    const row = (y: number, cells: [string, number, number][]) =>
      cells.map(([text, x, width]) => item(text, x, y, width));
    // read line by line: two rows alone would let the page's layout take the columns for columns of the page
    const lines = groupLines([
      ...row(660, [
        ["SSC", 60, 20],
        ["CBSE", 250, 25],
        ["Harbourpet High School", 300, 110],
        ["2008", 420, 22],
      ]),
      // the degree runs to 8 points before the board, the board to 9 before the school, the school to the year
      ...row(640, [
        ["Diploma in Electrical Engineering", 60, 182],
        ["RTMNU", 250, 41],
        ["Government Polytechnic, Harbourpet", 300, 112],
        ["2012", 420, 22],
      ]),
    ]).map(lineText);
    // (the year's column shows after no wide gap on another row: it stays one space away)
    expect(lines).toContain(
      "Diploma in Electrical Engineering\tRTMNU\tGovernment Polytechnic, Harbourpet 2012",
    );
  });

  it("leaves a list's bullets and lines with no table cell as they were", () => {
    const bullets = linesOf([
      item("•", 60, 660, 4),
      item("Prepared the monthly billing", 70, 660, 140),
      item("•", 60, 645, 4),
      item("Led the site team of twelve", 70, 645, 135),
      item("•", 60, 630, 4),
      item("Audited the stores", 70, 630, 90),
    ]);
    expect(bullets).toEqual([
      "• Prepared the monthly billing",
      "• Led the site team of twelve",
      "• Audited the stores",
    ]);
    // justified words that happen to start above one another, on lines with no wide gap (read line by line:
    // the page's layout would take the aligned words for a column of their own)
    const justified = groupLines([
      item("Planned the work of the", 50, 600, 118),
      item("plant", 175, 600, 25),
      item("Checked the drawings of", 50, 585, 118),
      item("each", 175, 585, 22),
      item("Trained the new staff on", 50, 570, 118),
      item("safety", 175, 570, 30),
    ]).map(lineText);
    expect(justified).toEqual([
      "Planned the work of the plant",
      "Checked the drawings of each",
      "Trained the new staff on safety",
    ]);
  });
});

describe("a table whose cell fills its column up to the next one's edge", () => {
  // (a word processor's HTML table at 12 points; the long name and its trailing space end where the next cell begins)

  it("keeps the two cells in two columns, so the wrapped lines of a centred row find their cells", () => {
    const items = [
      cell("ACADEMIC PROFILE", 56.8, 717.9, 123.5),
      cell("Course", 73.7, 686.0, 36.6),
      cell("College", 211.1, 686.0, 37.9),
      cell("University", 357.8, 686.0, 53.3),
      cell("Year of", 452.3, 692.9, 38.3),
      cell("Passing", 452.1, 679.1, 38.7),
      cell("Aggregate", 510.7, 686.0, 52.6),
      cell("MBA", 58.2, 662.4, 27.3),
      cell("(Finance)", 58.2, 648.6, 46.0),
      cell("Kestrel Institute of Management Studies,", 128.5, 662.4, 196.8),
      cell("Pune", 128.5, 648.6, 24.0),
      cell("Elmwood", 334.5, 662.4, 46.6),
      cell("University", 334.5, 648.6, 50.6),
      cell("2018", 437.3, 655.5, 24.0),
      cell("68%", 508.3, 655.5, 22.0),
      cell("B.Com", 58.2, 624.9, 34.3),
      cell("Northgate College of Commerce and", 128.5, 631.8, 177.1),
      cell("Economics, Nashik", 128.5, 618.0, 93.3),
      cell("Elmwood", 334.5, 631.8, 46.6),
      cell("University", 334.5, 618.0, 50.6),
      cell("2016", 437.3, 624.9, 24.0),
      cell("61%", 508.3, 624.9, 22.0),
      cell("HSC", 58.2, 594.4, 23.3),
      cell("Harbor Junior College of Science, Nashik ", 128.5, 594.4, 206.0),
      cell("Maharashtra State", 334.5, 601.3, 86.9),
      cell("Board", 334.5, 587.5, 29.3),
      cell("2013", 437.3, 594.4, 24.0),
      cell("70%", 508.3, 594.4, 22.0),
    ];
    const lines = linesOf(items);
    expect(lines).toContain(
      "B.Com\tNorthgate College of Commerce and Economics, Nashik\tElmwood University\t2016\t61%",
    );
    expect(lines).toContain(
      "HSC\tHarbor Junior College of Science, Nashik\tMaharashtra State Board\t2013\t70%",
    );
  });

  it("gives each section's table its own columns: a work history's grid above does not merge an education table's", () => {
    const items = [
      ...HISTORY_TABLE,
      cell("ACADEMIC PROFILE", 56.8, 644.8, 123.5),
      cell("Course", 73.7, 612.9, 36.6),
      cell("College", 211.1, 612.9, 37.9),
      cell("University", 357.8, 612.9, 53.3),
      cell("Year of", 452.3, 619.8, 38.3),
      cell("Passing", 452.1, 606.0, 38.7),
      cell("Aggregate", 510.7, 612.9, 52.6),
      cell("MBA", 58.2, 589.3, 27.3),
      cell("(Finance)", 58.2, 575.5, 46.0),
      cell("Kestrel Institute of Management Studies,", 128.5, 589.3, 196.8),
      cell("Pune", 128.5, 575.5, 24.0),
      cell("Elmwood", 334.5, 589.3, 46.6),
      cell("University", 334.5, 575.5, 50.6),
      cell("2018", 437.3, 582.4, 24.0),
      cell("68%", 508.3, 582.4, 22.0),
      cell("B.Com", 58.2, 551.8, 34.3),
      cell("Northgate College of Commerce and", 128.5, 558.7, 177.1),
      cell("Economics, Nashik", 128.5, 544.9, 93.3),
      cell("Elmwood", 334.5, 558.7, 46.6),
      cell("University", 334.5, 544.9, 50.6),
      cell("2016", 437.3, 551.8, 24.0),
      cell("61%", 508.3, 551.8, 22.0),
    ];
    expect(linesOf(items)).toContain(
      "B.Com\tNorthgate College of Commerce and Economics, Nashik\tElmwood University\t2016\t61%",
    );
  });
});
