// A CV builder's "Degree : Subject , Year School" rows: short US degree names, the subject restated where the
// school stands, and a degree whose text the school was read into. Invented rows in the builder's layout.
import { describe, expect, it } from "vitest";
import { educationLevel } from "./degrees.ts";
import { extractEducation } from "./education.ts";
import { withoutSubject } from "./educationPlaceholders.ts";
import { splitLines } from "./sections.ts";

const read = (text: string) =>
  extractEducation(splitLines(text), "2020-01").map((e) => [e.level, e.degree, e.institution]);

describe("associate degrees as US CVs write them", () => {
  const cases: [string, string | null][] = [
    ["A.S : Paralegal Studies", "associate"],
    ["A.A : General Studies", "associate"],
    ["A.A.S : Nursing", "associate"],
    ["Associates Degree : Business Management", "associate"],
    ["Associate's Degree in Nursing", "associate"],
    ["Associates of Applied Science", "associate"],
    ["Associates In Arts", "associate"],
    ["General Associates : General", "associate"],
    ["Associate : Computer Science Technology", "associate"],
    ["B.B.A : Management", "bachelor"],
    ["M.C.A from Kestrel University", "master"],
    // a post, or associates at work, is no degree
    ["Sales Associate, 2015", null],
    ["Sales Associate : Harbor Foods", null],
    ["Associate Director of Sales", null],
    ["Supervised 12 associates in the store", null],
  ];
  it.each(cases)("%s", (text, level) => {
    expect(educationLevel(text)).toBe(level);
  });

  it("reads the row of a short associate degree as one entry at its school", () => {
    expect(
      read(
        "A.S : Paralegal Studies , 2012 Kestrel College \ufffd City , State Paralegal Studies\nB.S : Biology , 2008 Elmwood University \ufffd City , State",
      ),
    ).toEqual([
      ["associate", "A.S : Paralegal Studies", "Kestrel College"],
      ["bachelor", "B.S : Biology", "Elmwood University"],
    ]);
  });
});

describe("the subject restated where the school stands", () => {
  it("takes the school apart from the subject before or after it", () => {
    expect(withoutSubject("Harbor College Paralegal Studies", "A.S : Paralegal Studies")).toBe(
      "Harbor College",
    );
    expect(withoutSubject("Liberal Arts", "A.A : Liberal Arts")).toBeNull();
    expect(
      withoutSubject(
        "Public Relations The University of Harbor",
        "Bachelor of Science : Public Relations The University of Harbor",
      ),
    ).toBe("The University of Harbor");
    // a school named for its subject keeps its name; a high school's diploma names its school after the colon
    expect(withoutSubject("Institute of Hotel Management", "Diploma : Hotel Management")).toBe(
      "Institute of Hotel Management",
    );
    expect(
      withoutSubject("Northgate Vocational Tech", "High School Diploma : Northgate Vocational Tech"),
    ).toBe("Northgate Vocational Tech");
  });

  it("reads the school of rows that restate their subject", () => {
    expect(
      read(
        "Bachelor of Arts : Elementary Education Kestrel University Elementary Education\nA.A : Liberal Arts , 2002 Liberal Arts\nMBA : Social Media Marketing , 2014 Harbor University Social Media Marketing",
      ),
    ).toEqual([
      ["bachelor", "Bachelor of Arts : Elementary Education", "Kestrel University"],
      ["associate", "A.A : Liberal Arts", null],
      ["master", "MBA : Social Media Marketing", "Harbor University"],
    ]);
  });
});

describe("the place that closed the row above", () => {
  it("leaves the degree's name", () => {
    expect(
      read(
        "The University of Harbor \ufffd City , State , Zambia Bachelor's degree : Agriculture\nKestrel University City , State , El Paso Bachelor : Psychology",
      ),
    ).toEqual([
      ["bachelor", "Bachelor's degree : Agriculture", "The University of Harbor"],
      ["bachelor", "Bachelor : Psychology", "Kestrel University"],
    ]);
  });
});

describe("a course restated on both sides of its school", () => {
  it("reads the school after the year, not the course before it", () => {
    expect(
      read(
        "Business Management 1997 Harbor Community College City , State Business Management\nHealth Education 2015 Kestrel State University City , State Health Education",
      ),
    ).toEqual([
      ["other", "Business Management", "Harbor Community College"],
      ["other", "Health Education", "Kestrel State University"],
    ]);
  });
});

describe("a school named apart from a degree that holds a school word", () => {
  it("reads the university after a high school diploma's subject", () => {
    expect(read("High School Diploma : Psychology , 1990 Orchard University \ufffd City , State")).toEqual([
      ["secondary", "High School Diploma : Psychology", "Orchard University"],
    ]);
  });

  it("reads a Spanish colegio as a school", () => {
    expect(read("High School Diploma :   Colegio Harbor \ufffd City , State")).toEqual([
      ["secondary", "High School Diploma", "Colegio Harbor"],
    ]);
  });

  it("leaves the school out of the degree's name, and a grade's empty label", () => {
    expect(
      read(
        "BACHELOR OF SCIENCE Elmwood University at New Orleans \ufffd City , State\nMaster of Business Administration Accounting GPA: GPA: 3.67 Kestrel University",
      ).map(([level, degree]) => [level, degree]),
    ).toEqual([
      ["bachelor", "BACHELOR OF SCIENCE"],
      ["master", "Master of Business Administration Accounting"],
    ]);
  });
});
