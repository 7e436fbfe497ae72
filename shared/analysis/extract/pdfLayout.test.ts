import { describe, expect, it } from "vitest";
import {
  singleColumnPdf,
  TWO_COLUMN_LEFT,
  TWO_COLUMN_RIGHT,
  twoColumnPdf,
} from "../../../test/support/documents.ts";
import { analyzeDocument } from "../index.ts";
import { layoutPage, type PositionedText } from "./pdfLayout.ts";

describe("two-column PDF reading order", () => {
  it("reads the left column, then the right, without interleaving lines", async () => {
    const { text } = await analyzeDocument(await twoColumnPdf(), { asOf: "2026-11" });
    const left = TWO_COLUMN_LEFT.filter(Boolean).map((line) => text.indexOf(line));
    const right = TWO_COLUMN_RIGHT.filter(Boolean).map((line) => text.indexOf(line));
    expect([...left, ...right].every((index) => index >= 0)).toBe(true);
    expect(left).toEqual([...left].sort((a, b) => a - b));
    expect(right).toEqual([...right].sort((a, b) => a - b));
    expect(Math.max(...left)).toBeLessThan(Math.min(...right));
    expect(text.indexOf("Maria Rossi")).toBe(0);
  });

  it("keeps a right-aligned date on its row instead of making it a column", async () => {
    const { text } = await analyzeDocument(await singleColumnPdf(), { asOf: "2026-11" });
    expect(text).toContain("Senior Software Engineer, Acme GmbH, Berlin\tJan 2020 – Present");
    expect(text).toContain("Software Engineer at Globex Inc.\t03/2016 - 11/2019");
  });
});

describe("layoutPage", () => {
  const item = (str: string, x: number, y: number, width = str.length * 5): PositionedText => ({
    str,
    x,
    y,
    width,
    fontSize: 10,
  });

  it("joins items on one baseline with spaces and wide gaps with a tab", () => {
    const items = [
      item("Engineer", 50, 700),
      item("Acme", 95, 700.4),
      item("2019 – 2021", 480, 700),
      item("Next", 50, 686),
    ];
    expect(layoutPage(items, 595)).toBe("Engineer Acme\t2019 – 2021\nNext");
  });

  it("spaces small runs by their own size beside a large name on the same baseline", () => {
    // an icon glyph 3.7 points before a 10-point e-mail, on the baseline of a 34-point name
    const items = [
      { ...item("Jane Roe", 30, 680), fontSize: 34, width: 140 },
      { ...item("B", 446, 680), width: 9.6 },
      { ...item("jane@example.com", 459.2, 680), width: 100 },
      item("Objective", 30, 600),
      item("Next", 30, 586),
    ];
    expect(layoutPage(items, 595).split("\n")[0]).toBe("Jane Roe\tB jane@example.com");
  });

  it("reads small capitals as one word: a full-size capital and the smaller rest right after it", () => {
    const items = [
      { ...item("S", 50, 700), fontSize: 11, width: 7.8 },
      { ...item("UMMARY", 57.8, 700), fontSize: 8.8, width: 44 },
      { ...item("OF", 105.6, 700), fontSize: 8.8, width: 13 },
      { ...item("Q", 122, 700), fontSize: 11, width: 8.6 },
      { ...item("UALIFICATION", 130.6, 700), fontSize: 8.8, width: 70 },
      // touching capitals of one size are still two words
      item("A", 50, 686, 6),
      item("MEP", 56, 686, 20),
      item("Engineer", 80, 686),
    ];
    expect(layoutPage(items, 595).split("\n")).toEqual(["SUMMARY OF QUALIFICATION", "A MEP Engineer"]);
  });

  it("reads small capitals drawn in a second font of the same size as one word", () => {
    const items = [
      item("Mortgages, P", 50, 700, 96),
      item("RIVATE", 146, 700, 47),
      item("B", 197, 700, 9),
      item("ANKING", 206, 700, 37),
    ];
    // (after "A" or "I", which are words, touching capitals stay apart, as above)
    expect(layoutPage(items, 595)).toBe("Mortgages, PRIVATE BANKING");
  });

  it("joins a touching 'A' or 'I' to its small capitals where the two spell a title's or a heading's word", () => {
    const items = [
      item("C.S A", 180, 700, 35),
      item("SSOCIATE/", 215, 700, 71),
      item("M", 289, 700, 13),
      item("ARKETING", 302, 700, 72),
      item("A", 377.7, 700, 10.1),
      item("NALYST", 387.8, 700, 55),
      item("A", 50, 686, 10),
      item("CHIEVEMENTS", 60, 686, 90),
    ];
    expect(layoutPage(items, 595).split("\n")).toEqual(["C.S ASSOCIATE/ MARKETING ANALYST", "ACHIEVEMENTS"]);
  });

  it("keeps a grid of labels and values row by row, a value's wrapped line under its row", () => {
    const rows = [
      [item("Name", 90, 450), item("Ravi Menon", 270, 450)],
      [item("Father's Name", 90, 435), item("Suresh Menon", 270, 435)],
      [item("Date of Birth", 90, 420), item("12 March 1990", 270, 420)],
      [item("Languages", 90, 405), item("Hindi, English, Malayalam", 270, 405)],
      [item("Address", 90, 390), item("12 Harbour Road,", 270, 390)],
      [item("Lake Town 682001", 270, 375)],
      [item("Passport", 90, 360), item("K1234567", 270, 360)],
      [item("Marital Status", 90, 345), item("Married", 270, 345)],
    ].flat();
    expect(layoutPage(rows, 612).split("\n")).toEqual([
      "Name\tRavi Menon",
      "Father's Name\tSuresh Menon",
      "Date of Birth\t12 March 1990",
      "Languages\tHindi, English, Malayalam",
      "Address\t12 Harbour Road,",
      "Lake Town 682001",
      "Passport\tK1234567",
      "Marital Status\tMarried",
    ]);
  });

  it("puts a superscript on its number's line and ends the word there; keeps a small line above a large name apart", () => {
    const items = [
      { ...item("th", 100.4, 345.2, 5.5), fontSize: 6.4 },
      { ...item("10", 88.8, 340.2, 11.6), fontSize: 10.5 },
      { ...item("class", 105.9, 340.2, 24), fontSize: 10.5 },
      { ...item("2006", 300, 340.2, 22), fontSize: 10.5 },
      { ...item("Harbour Road, Lake Town", 280, 683.8, 140), fontSize: 12 },
      { ...item("Ravi Menon", 56, 680, 200), fontSize: 24 },
      { ...item("Phone +91 98765 43210", 280, 669.2, 130), fontSize: 12 },
    ];
    expect(layoutPage(items, 612).split("\n").filter(Boolean)).toEqual([
      "Ravi Menon\tHarbour Road, Lake Town",
      "Phone +91 98765 43210",
      "10th class\t2006",
    ]);
  });

  it("ends a table's last cell with its wrapped lines, not a job's title with its description", () => {
    const rows = [
      [item("12th", 92, 363), item("2008", 270, 363), item("Board of Secondary", 391, 363)],
      [item("Education Rajasthan", 391, 348)],
      [item("Ajmer", 391, 333)],
      [item("10th", 92, 311), item("2005", 270, 311), item("Lake High School", 391, 311)],
      [item("Engineer", 92, 280), item("Acme Ltd", 391, 280)],
      [item("Ran the plant", 391, 265)],
    ].flat();
    expect(layoutPage(rows, 612).split("\n").filter(Boolean)).toEqual([
      "12th\t2008\tBoard of Secondary Education Rajasthan Ajmer",
      "10th\t2005\tLake High School",
      "Engineer\tAcme Ltd",
      "Ran the plant",
    ]);
  });

  it("moves a narrow column's headings that stand beside the main column's lines over those lines", () => {
    const items = [
      item("Ravi Menon", 200, 760),
      item("Safety Officer with nine years on gas plants and refineries", 200, 730, 300),
      item("12 Harbour Road", 34, 628, 100),
      item("Lake Town 682001", 34, 612, 100),
      item("ravi@example.com", 34, 596, 100),
      item("Experience", 32, 480, 50),
      item("Safety Officer", 196, 476, 65),
      item("Kestrel Gases (India)", 196, 458, 100),
      item("March 2007 - Present", 196, 440, 100),
      item("Ran safety training, inspections and audits across the plant", 196, 424, 300),
      item("Education", 32, 342, 46),
      item("Diploma in Industrial Safety, Harbour Institute", 196, 338, 250),
      item("2005 - 2006", 196, 320, 60),
    ];
    const lines = layoutPage(items, 595).split("\n").filter(Boolean);
    expect(lines.slice(lines.indexOf("Experience"))).toEqual([
      "Experience",
      "Safety Officer",
      "Kestrel Gases (India)",
      "March 2007 - Present",
      "Ran safety training, inspections and audits across the plant",
      "Education",
      "Diploma in Industrial Safety, Harbour Institute",
      "2005 - 2006",
    ]);
  });

  it("reads a cell centred on its row, lines above and below it, into that row; a line above a row alone stays", () => {
    const rows = [
      [item("COLLEGE", 90, 500), item("BOARD", 250, 500), item("MARKS", 340, 500), item("YEAR", 400, 500)],
      [item("Harbour English", 90, 478)],
      [item("CBSE", 250, 466), item("59", 340, 466), item("2006", 400, 466)],
      [item("School", 90, 454)],
      [item("Lake Institute of", 90, 430)],
      [item("SCTE", 250, 418), item("67", 340, 418), item("2009", 400, 418)],
      [item("Technology", 90, 406)],
      [item("Kestrel Gases Ltd", 90, 370)],
      [item("Engineer", 90, 358), item("Plant", 250, 358), item("2012", 400, 358)],
    ].flat();
    expect(layoutPage(rows, 612).split("\n").filter(Boolean)).toEqual([
      "COLLEGE\tBOARD\tMARKS\tYEAR",
      "Harbour English School\tCBSE\t59\t2006",
      "Lake Institute of Technology\tSCTE\t67\t2009",
      "Kestrel Gases Ltd",
      "Engineer\tPlant\t2012",
    ]);
  });

  it("keeps a table of dates and entries row by row", () => {
    const rows = [
      [item("2019 – 2021", 50, 700), item("Engineer, Acme", 200, 700)],
      [item("Built things", 200, 686)],
      [item("Shipped more things", 200, 672)],
      [item("2016 – 2019", 50, 650), item("Developer, Globex", 200, 650)],
      [item("Wrote code", 200, 636)],
      [item("Reviewed code", 200, 622)],
    ].flat();
    expect(layoutPage(rows, 595).split("\n")).toEqual([
      "2019 – 2021\tEngineer, Acme",
      "Built things",
      "Shipped more things",
      "2016 – 2019\tDeveloper, Globex",
      "Wrote code",
      "Reviewed code",
    ]);
  });

  it("reads a sidebar of list items and fields on the main column's baselines as a column of its own", () => {
    const sidebar = [
      "Skills",
      "• MS Office, AutoCAD",
      "• Team leadership",
      "Languages",
      "English, Hindi",
      "Personal Details",
      "Nationality: Indian",
      "Passport: Yes",
    ];
    const main = [
      "Profile",
      "Site engineer with ten years on roads.",
      "Work Experience",
      "Kestrel Pumps Ltd, Pune, Oct 2019 – Current",
      "Site Engineer",
      "• Ran the site team of twelve.",
      "• Kept the daily progress reports.",
      "Harbourline Infratech, Chennai, Jun 2012 – Sep 2019",
      "Junior Engineer",
      "• Laid pipes on the site.",
      "• Checked the drawings.",
      "Education",
      "B.E. Civil, Kestrel College of Engineering, 2012",
    ];
    const items = [
      ...sidebar.map((text, i) => item(text, 40, 700 - 14 * i, 100)),
      ...main.map((text, i) => item(text, 200, 700 - 14 * i, 300)),
    ];
    const lines = layoutPage(items, 595).split("\n").filter(Boolean);
    // the sidebar's lines in their order, none of them on a main-column line
    expect(lines.slice(0, sidebar.length)).toEqual(sidebar);
    expect(lines).toContain("Kestrel Pumps Ltd, Pune, Oct 2019 – Current");
    expect(lines).toContain("Site Engineer");
  });

  it.each([
    ["one label", ["Duration"]],
    ["two labels set close ('From To')", ["From To"]],
  ])(
    "reads a table whole when the page's gutter cuts its row of column labels (%s beyond it)",
    (_kind, right) => {
      const cell = (str: string, x: number, y: number): PositionedText => ({
        str,
        x,
        y,
        width: str.length * 5,
        fontSize: 11,
      });
      // the Duration column, its cells centred and wrapped, stands apart by a clear strip
      const text = layoutPage(
        [
          cell("Work Experience", 50, 700),
          cell("S.No", 50, 680),
          cell("Organization", 110, 680),
          cell("Designation", 280, 680),
          ...right.map((label) => cell(label, 450, 680)),
          cell("1", 50, 658),
          cell("Harbour Motors, Pune", 110, 658),
          cell("Store Keeper", 280, 658),
          cell("Apr 2022 to Date", 450, 658),
          cell("2", 50, 630),
          cell("Kestrel Pharma, Doha", 110, 630),
          cell("Foreman", 280, 630),
          cell("May 2020 to Aug", 450, 637),
          cell("2022", 450, 623),
          cell("Education", 50, 560),
          cell("B.Com, Harbourline College, 2016", 50, 540),
          cell("Languages: English, Hindi", 50, 520),
        ],
        612,
      );
      expect(text.split("\n")).toContain("2\tKestrel Pharma, Doha\tForeman\tMay 2020 to Aug 2022");
    },
  );
});

/** a run of text at (x, y), half a font size wide a letter unless its width is given */
const placed = (str: string, x: number, y: number, fontSize = 10, width = str.length * 0.5 * fontSize) => ({
  str,
  x,
  y,
  width,
  fontSize,
});

describe("a side column beside a main column whose dates are set right", () => {
  const item = (str: string, x: number, y: number, fontSize = 10): PositionedText =>
    placed(str, x, y, fontSize);
  // two strips run the page's height: the side column's gutter and the one before the dates; the dates' strip
  // parts the main column's rows, the gutter two columns that share no baseline
  const page = [
    item("Priya Kestrel", 35, 725, 20),
    item("Mumbai, India", 35, 697),
    item("priya.k@example.com", 35, 686),
    item("EDUCATION", 35, 652, 12),
    item("MBA, Finance", 35, 630),
    item("Harbor Institute", 35, 619),
    item("2010 – 2012", 35, 607),
    item("SKILLS", 35, 541, 12),
    item("SAP FICO", 35, 507),
    item("Excel", 35, 496),
    item("PROFESSIONAL EXPERIENCE", 219, 736, 12),
    item("Senior Financial Analyst", 219, 713),
    item("Apr 2016 – Present", 490, 713),
    item("Northgate Capital Pvt. Ltd.", 219, 702),
    item("Mumbai", 541, 702),
    item("Built monthly forecasts.", 249, 681),
    item("Financial Analyst", 219, 649),
    item("Jul 2012 – Mar 2016", 486, 649),
    item("Elmwood Logistics Ltd.", 219, 638),
    item("Pune", 553, 638),
  ];

  it("reads the side column whole, then the main column with each date on its row", () => {
    const lines = layoutPage(page, 612).split("\n");
    expect(lines).toContain("Senior Financial Analyst\tApr 2016 – Present");
    expect(lines).toContain("Financial Analyst\tJul 2012 – Mar 2016");
    expect(lines.indexOf("Excel")).toBeLessThan(lines.indexOf("PROFESSIONAL EXPERIENCE"));
    expect(lines.indexOf("2010 – 2012")).toBe(lines.indexOf("Harbor Institute") + 1);
  });
});

describe("a table's label row at the foot of a strip's band", () => {
  const item = (str: string, x: number, y: number, width?: number): PositionedText =>
    placed(str, x, y, 10, width);
  // a strip runs from the page's top down to the table's first row, whose school cell crosses it: the label
  // row above that row stands inside the strip's band
  const page = [
    item("RAVI NORTHGATE", 37, 740, 220),
    item("Mobile: +91 98220 12345", 400, 740),
    item("Electrical Supervisor", 37, 726),
    item("ravi.n@example.com", 400, 726),
    item("Pune, Maharashtra", 37, 712),
    item("Languages: English, Hindi", 400, 712),
    item("Nationality: Indian", 37, 698),
    item("Date of birth: 1990", 400, 698),
    item("ACADEMIC QUALIFICATIONS", 37, 660, 230),
    item("Examination", 75, 640),
    item("Institute", 281, 640),
    item("Board / University", 432, 640, 100),
    item("Year", 548, 640, 25),
    item("Diploma in Electrical", 37, 620),
    item("Government Polytechnic College, Orchard", 190, 620, 225),
    item("MSBTE", 426, 613),
    item("2011", 548, 613, 25),
    item("Engineering", 37, 606),
    item("Nagar, Pune", 190, 606),
    item("S.S.C.", 37, 580),
    item("Elmwood Vidyalaya High School", 190, 580),
    item("State Board", 426, 580),
    item("2008", 548, 580, 25),
  ];

  it("reads the label row with the rows it heads, each row on one line", () => {
    const lines = layoutPage(page, 612).split("\n");
    expect(lines).toContain(
      "Diploma in Electrical Engineering\tGovernment Polytechnic College, Orchard Nagar, Pune\tMSBTE\t2011",
    );
    expect(lines.indexOf("ACADEMIC QUALIFICATIONS")).toBeLessThan(
      lines.indexOf("S.S.C.\tElmwood Vidyalaya High School\tState Board\t2008"),
    );
  });
});
