import { describe, expect, it } from "vitest";
import { extractEducation } from "./education.ts";
import { courseBesidePlaceholder, hasPlacePlaceholder, schoolBeforePlace } from "./educationPlaceholders.ts";
import { splitLines } from "./sections.ts";

describe("courseBesidePlaceholder", () => {
  const cases: [string, ReturnType<typeof courseBesidePlaceholder>][] = [
    [
      "NCRT : Counselling 2012 Lakeside Peer Institute City , State , USA",
      { degree: "NCRT : Counselling", institution: "Lakeside Peer Institute" },
    ],
    [
      "Harbour Logistics College \ufffd City , State Ethics Training for Procurement Officers",
      { degree: "Ethics Training for Procurement Officers", institution: "Harbour Logistics College" },
    ],
    // a country after the place, or no course at all, names none
    ["Riverbend University City , State , India", null],
    ["Riverbend University City , State Select...", null],
    ["Bachelor of Science : Botany", null],
  ];
  it.each(cases)("%s", (line, expected) => {
    expect(courseBesidePlaceholder(line)).toEqual(expected);
  });

  it("tells a builder's row by its placeholder", () => {
    expect(hasPlacePlaceholder("Orchard College \ufffd City , State")).toBe(true);
    expect(hasPlacePlaceholder("Orchard College, Springfield")).toBe(false);
  });
});

describe("extractEducation on a CV builder's rows without degree words", () => {
  it("reads one entry per row, each a course of the level 'other' at its school", () => {
    const rows = extractEducation(
      splitLines(
        "Tidewater Sales Seminar, Lakeside 2009 NCRT : Counselling 2012 Lakeside Peer Institute City , State , USA\nDLC : Theology 2004 Northgate Bible Institute City , State , USA\nAssociate of Arts : Theology 2004 Northgate Bible Institute City , State , USA",
      ),
      "2020-01",
    ).map((entry) => [entry.level, entry.institution]);
    expect(rows).toEqual([
      ["other", "Lakeside Peer Institute"],
      ["other", "Northgate Bible Institute"],
      ["associate", "Northgate Bible Institute"],
    ]);
  });
});

describe("schoolBeforePlace", () => {
  it("reads the words between a row's year and the builder's place as its school", () => {
    expect(schoolBeforePlace("Certification 2011 Tax Pointe , City , State , United States Tax Course")).toBe(
      "Tax Pointe",
    );
    expect(schoolBeforePlace("Associate of Arts : Theology 2003 GLBI City , State , USA")).toBe("GLBI");
    // a degree after the year, or no year, names no school
    expect(schoolBeforePlace("OKTECH 2013 Bachelor of Science : Construction City , State")).toBe(null);
    expect(schoolBeforePlace("Certification Tax Pointe , City , State")).toBe(null);
  });

  it("gives a degree's row the school that has no school word", () => {
    expect(
      extractEducation(
        splitLines("Certification 2011 Tax Pointe , City , State , United States Tax Course"),
        "2020-01",
      ).map((e) => [e.level, e.institution]),
    ).toEqual([["other", "Tax Pointe"]]);
  });
});

describe("a school read up to the builder's place placeholder", () => {
  it("leaves the placeholder's 'City' out of the school's name", () => {
    const schools = extractEducation(
      splitLines(
        [
          "Bachelor of Science : Biology 2010 Harbour State University City , State",
          "Master of Science : Chemistry 2012 University of Lakeside City , State , US",
        ].join("\n"),
      ),
      "2020-01",
    ).map((entry) => entry.institution);
    expect(schools).toEqual(["Harbour State University", "University of Lakeside"]);
  });
});

describe("what a builder's row leaves of its neighbours", () => {
  it("reads a school and a degree without the country that closed the row above or a date range's end", () => {
    const entries = extractEducation(
      splitLines(
        [
          "Bachelor of Science : Biology 2010 Harbour State University City , State , US",
          "US Master of Science : Chemistry 2012 University of Lakeside City , State",
          "Present Kestrel Community College City , State",
        ].join("\n"),
      ),
      "2020-01",
    ).map((entry) => [entry.degree?.startsWith("US ") ?? false, entry.institution]);
    expect(entries).toEqual([
      [false, "Harbour State University"],
      [false, "University of Lakeside"],
      [false, "Kestrel Community College"],
    ]);
  });
});

describe("extractEducation on a CV builder's rows that name the school after the date", () => {
  const read = (text: string) =>
    extractEducation(splitLines(text), "2020-01").map((entry) => [
      entry.level,
      entry.institution,
      entry.field,
    ]);

  it("parts the subject before the date from the school after it", () => {
    expect(
      read(
        "Master of Science , Industrial Engineering Dec 2014 Northgate University, The State University of Ohio GPA: 3.35/4.0\nBachelor of Engineering , Chemical Engineering Aug 2011 University of Lakeside \ufffd City , India",
      ),
    ).toEqual([
      ["master", "Northgate University", "Industrial Engineering"],
      ["bachelor", "University of Lakeside", "Chemical Engineering"],
    ]);
  });

  it("leaves out the subject restated after the school, a grade and the 'City' placeholder", () => {
    expect(
      read(
        "Bachelor of Science , Business Administration August 2015 Kestrel University Business Administration\nGraduate : Marine Engineering course 1973 HARBOR UNIVERSITY City , Philippines\nInformation Systems 2014 Orchard University GPA: 3.5",
      ),
    ).toEqual([
      ["bachelor", "Kestrel University", "Business Administration"],
      ["bachelor", "HARBOR UNIVERSITY", "Marine Engineering course"],
      [null, "Orchard University", null],
    ]);
  });

  it("takes no school named before the date for the row's school", () => {
    expect(
      read("High School Diploma , College Prep May 2005 Elmwood High School \ufffd City , State"),
    ).toEqual([["secondary", "Elmwood High School", "College Prep"]]);
  });
});

const readRows = (text: string) =>
  extractEducation(splitLines(text), "2020-01").map((entry) => [
    entry.degree,
    entry.level,
    entry.institution,
    entry.field,
  ]);

describe("extractEducation on a CV builder's rows that name the school before the degree", () => {
  it("parts the school from the degree after it", () => {
    expect(
      readRows(
        "Harbor Institute of Lakeside Bachelor of Arts : Media Arts and Animation City , State Media Arts and Animation\nOrchard Valley High School High School Diploma City , State\nKestrel C. Lane University Bachelor Of Science : Business Administration City , State",
      ),
    ).toEqual([
      [
        "Bachelor of Arts : Media Arts and Animation",
        "bachelor",
        "Harbor Institute of Lakeside",
        "Media Arts and Animation",
      ],
      ["High School Diploma", "secondary", "Orchard Valley High School", null],
      [
        "Bachelor Of Science : Business Administration",
        "bachelor",
        "Kestrel C. Lane University",
        "Business Administration",
      ],
    ]);
  });

  it("reads no school in the subject the row restates after the builder's place", () => {
    expect(
      readRows(
        "Northgate State University May 2015 Masters of Education : School Administration City , State School Administration",
      ),
    ).toEqual([
      [
        "Masters of Education : School Administration",
        "master",
        "Northgate State University",
        "School Administration",
      ],
    ]);
  });

  it("keeps a school the row names after the degree's colon once", () => {
    expect(
      readRows("Bachelors of Arts : Kestrel Hall University City , State").map(([, level, school]) => [
        level,
        school,
      ]),
    ).toEqual([["bachelor", "Kestrel Hall University"]]);
  });
});

describe("extractEducation on a CV builder's rows that restate the subject after the place", () => {
  it("ends the subject where the restated words end and reads the rest as the school", () => {
    expect(
      readRows(
        "Bachelor of Arts : Psychology Kestrel University \ufffd City , State Psychology\nMasters of Business Administration : Finance Northgate University \ufffd State Finance",
      ),
    ).toEqual([
      ["Bachelor of Arts : Psychology", "bachelor", "Kestrel University", "Psychology"],
      ["Masters of Business Administration : Finance", "master", "Northgate University", "Finance"],
    ]);
  });

  it("reads an HS diploma as a school-leaving one and no school as its subject", () => {
    expect(
      readRows(
        "HS Diploma : General Studies Orchard High School \ufffd City , State\nAssociate of Arts : Lakeside College",
      ),
    ).toEqual([
      ["HS Diploma : General Studies", "secondary", "Orchard High School", "General Studies"],
      ["Associate of Arts", "associate", "Lakeside College", null],
    ]);
  });
});

describe("extractEducation on a builder's school rows", () => {
  it("reads the school given as the subject or after the date, and no place as a subject", () => {
    expect(
      readRows(
        "High School : Saraswati Vidya Mandir - City , India\nHigh School Diploma : 1996 Colegio Liceo Santander\nHigh School Diploma Orchard Senior High School \ufffd State , United States",
      ),
    ).toEqual([
      ["High School", "secondary", "Saraswati Vidya Mandir", null],
      ["High School Diploma", "secondary", "Colegio Liceo Santander", null],
      ["High School Diploma", "secondary", "Orchard Senior High School", null],
    ]);
  });
});
