// Tables under a row of column labels whose cells wrap, set at the top of their rows or centred: invented
// rows, laid out the way word processors place them (rows further apart than a cell's lines).
import { describe, expect, it } from "vitest";
import { layoutPage } from "./pdfLayout.ts";
import type { PositionedText } from "./pdfLines.ts";

const item = (str: string, x: number, y: number): PositionedText => ({
  str,
  x,
  y,
  width: str.length * 5,
  fontSize: 11,
});

const linesOf = (items: PositionedText[]) => layoutPage(items, 612).split("\n").filter(Boolean);

const labels = (y: number) => [
  item("Company", 60, y),
  item("Position", 250, y),
  item("From", 380, y),
  item("To", 470, y),
];

/** a table whose rows stand a cell's line step apart, cells set at the top, and a page's footer at `footer` */
const topSetRows = (footer: number) => [
  item("Education", 50, 740),
  item("Year", 98, 720),
  item("Degree/Certificate", 185, 720),
  item("Board/University", 333, 720),
  item("Percentage", 467, 720),
  item("2016", 98, 702),
  item("Bachelor of Engineering", 165, 702),
  item("Kestrel University", 298, 702),
  item("74.00%", 477, 702),
  item("2012", 98, 680),
  item("Higher Secondary", 170, 680),
  item("Saltmarsh Girls", 335, 680),
  item("54.40%", 477, 680),
  item("Examination", 170, 666),
  item("School Harbour", 335, 666),
  item("2009", 98, 652),
  item("High School", 175, 652),
  item("Govt. High School", 330, 652),
  item("59.00%", 477, 652),
  item("Certificate", 175, 638),
  item("Kestrel", 335, 638),
  item("Page 1 of 2", 260, footer),
];

describe("tables under a row of column labels", () => {
  it("puts a row's wrapped cells set at the top back into their columns", () => {
    const lines = linesOf([
      item("Work Experience", 50, 700),
      ...labels(680),
      item("Kestrel Harbour Engineering", 50, 658),
      item("Site Engineer", 240, 658),
      item("July", 370, 658),
      item("Till Date", 460, 658),
      item("Company Limited", 50, 644),
      item("2019", 370, 644),
      item("Saltmarsh Fabricators", 50, 622),
      item("Assistant Manager", 240, 622),
      item("March", 370, 622),
      item("June", 460, 622),
      item("Accounts", 240, 608),
      item("2015", 370, 608),
      item("2019", 460, 608),
    ]);
    expect(lines).toContain(
      "Kestrel Harbour Engineering Company Limited\tSite Engineer\tJuly 2019\tTill Date",
    );
    expect(lines).toContain("Saltmarsh Fabricators\tAssistant Manager Accounts\tMarch 2015\tJune 2019");
  });

  it("puts a row whose cells are centred on it back together, lines above and below its middle", () => {
    const lines = linesOf([
      item("Work Experience", 50, 700),
      ...labels(680),
      item("Oceanic Shipping Agencies,", 50, 658),
      item("December 2018 to", 370, 658),
      item("Project Engineer", 240, 651),
      item("Bangalore", 50, 644),
      item("May 2019", 370, 644),
      item("Harbour Motors", 50, 622),
      item("Store Keeper", 240, 622),
      item("Jan 2016 to Nov 2018", 370, 622),
    ]);
    expect(lines).toContain(
      "Oceanic Shipping Agencies, Bangalore\tProject Engineer\tDecember 2018 to May 2019",
    );
    expect(lines).toContain("Harbour Motors\tStore Keeper\tJan 2016 to Nov 2018");
  });

  it("reads a duties column's label, and puts the items listed in a cell on lines under their row", () => {
    const lines = linesOf([
      item("Work Experience", 50, 720),
      item("Duration", 50, 700),
      item("Company", 150, 700),
      item("Role & Responsibilities", 330, 700),
      item("Electrical Supervisor", 330, 678),
      item("Feb 2016", 50, 671),
      item("Al Kestrel Contracting", 150, 664),
      item("• Supervised LV panel installation for", 330, 664),
      item("–", 50, 657),
      item("LLC, Dubai", 150, 650),
      item("two towers.", 340, 650),
      item("Present", 50, 643),
      item("• Coordinated with the consultant.", 330, 636),
      item("Jun 2011 – Jan 2016", 50, 606),
      item("Harbor Power Systems", 150, 613),
      item("Electrician", 330, 613),
      item("Pune", 150, 599),
      item("• Wired control panels.", 330, 599),
    ]);
    expect(lines).toContain("Feb 2016 – Present\tAl Kestrel Contracting LLC, Dubai\tElectrical Supervisor");
    expect(lines).toContain("• Supervised LV panel installation for two towers.");
    expect(lines).toContain("Jun 2011 – Jan 2016\tHarbor Power Systems Pune\tElectrician");
    expect(lines.indexOf("• Wired control panels.")).toBe(
      lines.indexOf("Jun 2011 – Jan 2016\tHarbor Power Systems Pune\tElectrician") + 1,
    );
  });

  it("splits a label cell of two labels set close together over two columns", () => {
    const lines = linesOf([
      item("Work Experience", 50, 700),
      item("Company", 60, 680),
      item("Position", 250, 680),
      { ...item("From To", 380, 680), width: 70 },
      item("Harbour Motors", 50, 658),
      item("Store Keeper", 240, 658),
      item("Jan 2016", 380, 658),
      item("Nov 2018", 445, 658),
      item("Ltd.", 50, 644),
      item("Kestrel Projects", 50, 622),
      item("Foreman", 240, 622),
      item("Feb 2013", 380, 622),
      item("Dec 2015", 445, 622),
    ]);
    expect(lines).toContain("Harbour Motors Ltd.\tStore Keeper\tJan 2016\tNov 2018");
  });

  it("parts the cells of narrow columns filled to their edges, one row a line", () => {
    const lines = linesOf([
      item("Work Experience", 50, 700),
      ...labels(680),
      item("Kestrel Projects Limited", 60, 658),
      item("Quality Inspector", 190, 658),
      item("01/2022", 380, 658),
      item("Current", 425, 658),
      item("Marigold Pharma Ltd.", 60, 637),
      item("Network Administrator", 170, 637),
      item("03/2020", 380, 637),
      item("12/2022", 425, 637),
    ]);
    expect(lines).toContain("Kestrel Projects Limited\tQuality Inspector\t01/2022\tCurrent");
    expect(lines).toContain("Marigold Pharma Ltd.\tNetwork Administrator\t03/2020\t12/2022");
  });

  it("leaves a table alone whose rows stand as close as a cell's lines", () => {
    const lines = linesOf([
      item("Work Experience", 50, 700),
      ...labels(688),
      item("Harbour Motors", 50, 673),
      item("Store Keeper", 240, 673),
      item("Jan 2016", 370, 673),
      item("Nov", 460, 673),
      item("Harbour Ltd.", 50, 659),
      item("2018", 460, 659),
      item("Kestrel Projects", 50, 645),
      item("Foreman", 240, 645),
      item("Feb 2013", 370, 645),
      item("Dec 2015", 460, 645),
    ]);
    // "Harbour Ltd." stays a line of its own: without a wider step between rows it may be the next row's
    expect(lines).toContain("Harbour Ltd.");
    expect(lines).toContain("Kestrel Projects\tForeman\tFeb 2013\tDec 2015");
  });

  it.each([
    ["a mark", "Marks", ["75", "70", "68"]],
    ["a span of years", "Period", ["2009-2011", "2011-2013", "2013-2016"]],
  ])(
    "leaves two rows apart that a cell spanning both brings close together (%s in each)",
    (_kind, label, values) => {
      const lines = linesOf([
        item("Education", 50, 700),
        item("Course", 60, 680),
        item("Board", 200, 680),
        item("School", 320, 680),
        item(label, 480, 680),
        item("SSC", 50, 658),
        item("State Board", 200, 658),
        item("Holy Kestrel", 320, 651),
        item(values[0], 480, 658),
        item("HSC", 50, 644),
        item("State Board", 200, 644),
        item("Convent School", 320, 637),
        item(values[1], 480, 644),
        item("B.Com", 50, 615),
        item("Harbour University", 200, 615),
        item("Harbourline College", 320, 615),
        item(values[2], 480, 615),
      ]);
      expect(lines.some((line) => line.includes(values[0]) && line.includes(values[1]))).toBe(false);
    },
  );

  it("reads labels wrapped above and below the label row and labels set close, and ends at a heading beside", () => {
    const lines = linesOf([
      item("Educational Qualification", 50, 720),
      item("Board /", 300, 687),
      item("Course", 60, 680),
      item("College / School", 160, 680),
      item("Year", 420, 680),
      item("Marks", 450, 680),
      item("University", 300, 673),
      item("B.E.", 60, 650),
      item("Government", 160, 650),
      item("State Board", 300, 650),
      item("2016", 420, 650),
      item("7.0", 450, 650),
      item("(Mechanical", 60, 636),
      item("College of", 160, 636),
      item("CGPA", 450, 636),
      item("Engineering)", 60, 622),
      item("Engineering,", 160, 622),
      item("Harbourpet", 160, 608),
      item("B.Com", 60, 585),
      item("St. Kestrel's", 160, 585),
      item("Kestrel", 300, 585),
      item("2014", 420, 585),
      item("8.4", 450, 585),
      item("College", 160, 571),
      item("University", 300, 571),
      item("EXPERIENCE", 60, 548),
      item("Jul 2020 - To Date", 160, 548),
      item("SUMMARY", 60, 534),
      item("Oceanic Shipping Agencies", 160, 534),
    ]);
    expect(lines).toContain(
      "B.E. (Mechanical Engineering)\tGovernment College of Engineering, Harbourpet\tState Board\t2016\t7.0 CGPA",
    );
    expect(lines).toContain("B.Com\tSt. Kestrel's College\tKestrel University\t2014\t8.4");
    // the heading column beside the next section is no row of the table
    expect(lines).toContain("EXPERIENCE\tJul 2020 - To Date");
  });
  it("counts a sign set close beside a label as a column of its own ('Year %')", () => {
    const lines = linesOf([
      item("Education", 50, 720),
      item("Examination", 60, 690),
      item("Board", 160, 690),
      item("School / College", 260, 690),
      item("Year", 420, 690),
      item("%", 450, 690),
      item("BCA", 60, 665),
      item("Kestrel", 160, 665),
      item("Saltmarsh Jayanti", 260, 665),
      item("2019", 420, 665),
      item("65", 450, 665),
      item("University", 160, 651),
      item("College", 260, 651),
      item("SSC", 60, 625),
      item("State Board", 160, 625),
      item("Kestrel Niketan High", 260, 625),
      item("2014", 420, 625),
      item("63", 450, 625),
      item("School", 260, 611),
    ]);
    expect(lines).toContain("BCA\tKestrel University\tSaltmarsh Jayanti College\t2019\t65");
    expect(lines).toContain("SSC\tState Board\tKestrel Niketan High School\t2014\t63");
  });
  it("puts back together a date that a narrow column broke inside its year", () => {
    const lines = linesOf([
      item("Work Experience", 50, 700),
      ...labels(680),
      item("Harbour Motors", 50, 658),
      item("Store Keeper", 240, 658),
      item("05/202", 370, 658),
      item("Current", 460, 658),
      item("1", 370, 644),
      item("Kestrel Projects", 50, 622),
      item("Foreman", 240, 622),
      item("02/201", 370, 622),
      item("09/202", 460, 622),
      item("9", 370, 608),
      item("1", 460, 608),
    ]);
    expect(lines).toContain("Harbour Motors\tStore Keeper\t05/2021\tCurrent");
    expect(lines).toContain("Kestrel Projects\tForeman\t02/2019\t09/2021");
  });

  it("reads a label row wrapped over three lines, a serial number's label broken ('S.' over 'No.'), above rows a line each", () => {
    const lines = linesOf([
      item("Educational Profile", 50, 720),
      item("Percentage", 436, 700),
      item("S.", 97, 686),
      item("Board/", 233, 686),
      item("School/", 327, 686),
      item("Class/Sem.", 138, 672),
      item("Year", 391, 672),
      item("/CGPA", 445, 672),
      item("No.", 97, 658),
      item("University", 233, 658),
      item("College", 327, 658),
      item("1.", 101, 644),
      item("B.E.", 138, 644),
      item("Kestrel", 243, 644),
      item("Saltmarsh", 323, 644),
      item("2015", 391, 644),
      item("73.6", 453, 644),
      item("2.", 101, 630),
      item("12th", 138, 630),
      item("State", 243, 630),
      item("Harbour", 323, 630),
      item("2011", 391, 630),
      item("59.5", 453, 630),
    ]);
    expect(lines).toContain("S. No.\tClass/Sem.\tBoard/ University\tSchool/ College\tYear\tPercentage /CGPA");
    expect(lines).toContain("1.\tB.E.\tKestrel\tSaltmarsh\t2015\t73.6");
    expect(lines).toContain("2.\t12th\tState\tHarbour\t2011\t59.5");
  });

  it("takes a label row with one misspelt label beside a known one ('INSTITUE/COLLEGE') as the table's head", () => {
    const lines = linesOf([
      item("Education", 50, 720),
      item("DEGREE", 60, 700),
      item("INSTITUE/COLLEGE", 160, 700),
      item("BOARD", 300, 700),
      item("YEAR", 420, 700),
      item("PERCENTAGE", 470, 700),
      item("B.TECH", 60, 676),
      item("KESTREL ACADEMY OF", 160, 676),
      item("SALTMARSH", 300, 676),
      item("2015", 420, 676),
      item("77.34", 480, 676),
      item("ENGINEERING", 160, 662),
      item("UNIVERSITY", 300, 662),
      item("HIGH SCHOOL", 60, 640),
      item("HARBOUR PUBLIC", 160, 640),
      item("CBSE", 300, 640),
      item("2009", 420, 640),
      item("81.8", 480, 640),
      item("SCHOOL", 160, 626),
    ]);
    expect(lines).toContain("B.TECH\tKESTREL ACADEMY OF ENGINEERING\tSALTMARSH UNIVERSITY\t2015\t77.34");
    expect(lines).toContain("HIGH SCHOOL\tHARBOUR PUBLIC SCHOOL\tCBSE\t2009\t81.8");
  });

  it("reads rows that no gap parts as cells set at the top, each line of values opening a row", () => {
    const lines = linesOf(topSetRows(560));
    expect(lines).toContain("2012\tHigher Secondary Examination\tSaltmarsh Girls School Harbour\t54.40%");
    expect(lines).toContain("2009\tHigh School Certificate\tGovt. High School Kestrel\t59.00%");
    expect(lines).toContain("Page 1 of 2");
  });
  it("leaves such rows as they are when a line under them hangs from nothing (a footer closer than a paragraph)", () => {
    const lines = linesOf(topSetRows(608));
    expect(lines).toContain("Page 1 of 2");
    expect(lines.some((line) => line.includes("Kestrel Page"))).toBe(false);
    expect(lines).toContain("Certificate\tKestrel");
  });
});
