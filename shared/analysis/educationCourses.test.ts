import { describe, expect, it } from "vitest";
import { extractEducation } from "./education.ts";
import {
  courseLinesElsewhere,
  coursesFromCertifications,
  degreeLinesElsewhere,
  newEntries,
  trainingAt,
} from "./educationCourses.ts";
import { analyzeText } from "./index.ts";
import { splitLines } from "./sections.ts";
import type { Certification, EducationEntry } from "./types.ts";

const cert = (name: string, issuer: string | null = null): Certification => ({
  name,
  issuer,
  date: null,
  confidence: 0.6,
});

const degree: EducationEntry = {
  degree: "Diploma in Welding Technology",
  level: "associate",
  field: null,
  institution: "Harbourside Polytechnic",
  start: null,
  end: "2014-01",
  grade: null,
  confidence: 0.8,
};

describe("coursesFromCertifications", () => {
  it("reads certificate courses as qualifications of the level 'other', with a school as their institution", () => {
    const found = coursesFromCertifications(
      [
        cert("Certification in Pipe Stress Analysis"),
        cert("Course on Drone Surveying", "Northfield Survey Academy"),
        cert("Certificate in Tropical Horticulture", "Greenleaf Nurseries Ltd"),
      ],
      [],
    ).map((entry) => [entry.degree, entry.level, entry.institution]);
    expect(found).toEqual([
      ["Certification in Pipe Stress Analysis", "other", null],
      ["Course on Drone Surveying", "other", "Northfield Survey Academy"],
      ["Certificate in Tropical Horticulture", "other", null],
    ]);
  });

  it("reads credentials as qualifications of the level 'other' too, with their issuer when it is a school", () => {
    const found = coursesFromCertifications(
      [
        cert("Certified Kiln Operator"),
        cert("Harbour Pilot Certification", "Northfield Maritime Academy"),
        cert("NEBOSH IGC"),
        cert("AWS Certified Developer – Associate", "AWS"),
      ],
      [],
    ).map((entry) => [entry.degree, entry.level, entry.institution]);
    expect(found).toEqual([
      ["Certified Kiln Operator", "other", null],
      ["Harbour Pilot Certification", "other", "Northfield Maritime Academy"],
      ["NEBOSH IGC", "other", null],
      ["AWS Certified Developer – Associate", "other", null],
    ]);
  });

  it("reads an item a known certifying body issued as a credential, though it names no course", () => {
    const found = coursesFromCertifications(
      [cert("IBM Database Associate", "IBM"), cert("Harbour Swim Team", "Harbour Club")],
      [],
    ).map((entry) => [entry.degree, entry.level]);
    expect(found).toEqual([["IBM Database Associate", "other"]]);
  });

  it("keeps the level a course names itself", () => {
    expect(coursesFromCertifications([cert("Post Graduate Diploma in Port Logistics")], [])[0].level).toBe(
      "master",
    );
  });

  it("skips trainings given, licences, memberships, placeholders and what education already holds", () => {
    expect(
      coursesFromCertifications(
        [
          cert("Training to branch staff on deposit products course"),
          cert("Attended a certification workshop on kiln safety"),
          cert("Driving Licence"),
          cert("Certified [Job Title]"),
          cert("First Aid"),
          cert("Diploma in Welding Technology"),
        ],
        [degree],
      ),
    ).toEqual([]);
  });
});

describe("courseLinesElsewhere", () => {
  it("takes the lines that open with a course followed, and nothing else of a skills list", () => {
    const lines = [
      "• Diploma in Office Automation from Lakeview Institute",
      "6 Months Certificate in Tally Accounting",
      "ITI Diploma 2 Years",
      "Completed Web Design course from Brightpath Computers",
      "Certified in Solar Plant Design from Sunridge Group.",
      "Certified for completing AutoCAD from Northgate Computer Solutions, Bhopal",
      "Knowledge of course planning and scheduling",
      "Certified Scrum Master",
      "MS Office, Tally, AutoCAD",
    ].map((text, i) => ({ text, start: i * 100 }));
    const found = extractEducation(courseLinesElsewhere(lines), "2020-01").map((entry) => [
      entry.level,
      entry.institution,
    ]);
    expect(found).toEqual([
      ["other", "Lakeview Institute"],
      ["other", null],
      ["other", null],
      ["other", "Brightpath Computers"],
      ["other", "Sunridge Group"],
      ["other", "Northgate Computer Solutions"],
    ]);
  });

  it("reads a course behind a word processor's 'o' bullet, and no word that opens with an o", () => {
    const lines = [
      "o Hold a Diploma in Tally.",
      "o Have good knowledge of LV panels",
      "omit Diploma in Tally",
    ].map((text, i) => ({ text, start: i * 100 }));
    expect(courseLinesElsewhere(lines).map((line) => line.text)).toEqual(["Hold a Diploma in Tally."]);
  });

  it("leaves out what the education entries already hold", () => {
    const again = { ...degree, level: "other" as const, degree: "Diploma in Welding Technology." };
    const other = { ...degree, level: "other" as const, degree: "Certificate in Rigging" };
    expect(newEntries([again, other], [degree])).toEqual([other]);
  });
});

describe("trainingAt", () => {
  it("reads the body after a training's last 'from', 'by' or 'at' and the training before it", () => {
    expect(trainingAt("• Lead Assessor Training on ISO 9001:2015 & ISO 45001 from QUALIVEX.")).toEqual({
      course: "Lead Assessor Training on ISO 9001:2015 & ISO 45001",
      body: "QUALIVEX",
    });
    expect(
      trainingAt(
        "• Completed training from EDP on Small Business, Tax & Audit from Directorate of Small Industries, Pune.",
      ),
    ).toEqual({
      course: "training from EDP on Small Business, Tax & Audit",
      body: "Directorate of Small Industries",
    });
  });

  it("reads no internship, place or plain sentence as a training at a school", () => {
    expect(trainingAt("• Industrial Training from Sunrise Builders, Pune.")).toBe(null);
    expect(trainingAt("• Safety training at Pune.")).toBe(null);
    expect(trainingAt("• Worked at Sunrise Builders from 2010")).toBe(null);
  });

  it("gives each training line in an education section its own entry", () => {
    expect(
      extractEducation(
        splitLines(
          "• Fire & Safety diploma from SAFEX, Pune.\n• Lead Assessor Training on ISO 9001:2015 from QUALIVEX.\n• Scaffolding Inspection Training by SCAFFEX.",
        ),
        "2020-01",
      ).map((e) => [e.level, e.institution]),
    ).toEqual([
      ["other", "SAFEX"],
      ["other", "QUALIVEX"],
      ["other", "SCAFFEX"],
    ]);
  });
});

describe("degree rows under a heading not read as one", () => {
  it("takes rows that open with a degree and name a school or a year, not sentences", () => {
    const lines = splitLines(
      [
        "• B.E. Mechanical Engineering, Anna University, 2012",
        "HSC | Kendriya Vidyalaya, Chennai | 2008",
        "B.E. graduate with five years of site work on pumps and pipelines",
        "Site Engineer, Kestrel Pumps Ltd, 2015",
      ].join("\n"),
    );
    expect(degreeLinesElsewhere(lines).map((line) => line.text)).toEqual([
      "B.E. Mechanical Engineering, Anna University, 2012",
      "HSC | Kendriya Vidyalaya, Chennai | 2008",
    ]);
  });

  it("reads them when no education section was found", () => {
    const text = [
      "Dana Whitfield",
      "dana@example.com",
      "",
      "Experience",
      "Site Engineer",
      "Kestrel Pumps Ltd, Pune",
      "Jan 2015 – Mar 2018",
      "",
      "Learning",
      "",
      "B.E. Mechanical Engineering, Anna University, 2012",
      "HSC, Kendriya Vidyalaya, Chennai, 2008",
    ].join("\n");
    const { education } = analyzeText(text, { asOf: "2026-11", defaultRegion: "US" }).analysis;
    expect(education.map((entry) => [entry.level, entry.institution])).toEqual([
      ["bachelor", "Anna University"],
      ["secondary", "Kendriya Vidyalaya"],
    ]);
  });
});

describe("courses a summary states", () => {
  it("reads a course the summary says was completed or is held, beside the education section's degrees", () => {
    const text = [
      "Dana Whitfield",
      "dana@example.com",
      "",
      "Summary",
      "• Completed a Certificate course in Software Testing from Brightpath Computers, Kochi",
      "• Hold a Diploma in Tally.",
      "• Analytical, good at problem solving.",
      "",
      "Education",
      "B.E. Mechanical Engineering, Anna University, 2012",
    ].join("\n");
    const { education } = analyzeText(text, { asOf: "2026-11", defaultRegion: "US" }).analysis;
    expect(education.map((entry) => [entry.level, entry.institution])).toEqual([
      ["bachelor", "Anna University"],
      ["other", "Brightpath Computers"],
      ["other", null],
    ]);
  });
});

describe("an honour under an education heading", () => {
  it("is no course: 'Certificate of Appreciation', 'Certificate of Merit' name what was won, not followed", () => {
    const read = (lines: string[]) =>
      extractEducation(splitLines(lines.join("\n")), "2020-01").map((e) => [e.level, e.degree]);
    expect(
      read([
        "Certificate course in AutoCAD from Kestrel CAD Centre, 2014",
        "",
        "Certificate of Appreciation awarded on behalf of Northgate Marine for the hull survey",
        "",
        "Certificate of Merit in the state science olympiad",
      ]),
    ).toEqual([["other", "Certificate course in AutoCAD"]]);
  });
});

describe("a list of 'X from Y' lines without marks", () => {
  // a Word PDF draws its list bullets in the Symbol font, whose glyphs the text drops: the list reaches the
  // engine as plain lines, each a qualification and the school it was had from
  const read = (lines: string[]) =>
    extractEducation(splitLines(lines.join("\n")), "2020-01").map((e) => [e.degree, e.institution]);

  it("reads each line as an entry, not a college under the university of the line before", () => {
    expect(
      read([
        " B.A. with History Honors from Northgate University (undergoing).",
        " Civil Draftsmanship (CAD) from Harbor Training Institute, Pune.",
      ]),
    ).toEqual([
      ["B.A. with History Honors", "Northgate University"],
      ["Civil Draftsmanship (CAD)", "Harbor Training Institute"],
    ]);
  });

  it("gives a school named after 'from' to its own line's course, not to the diploma over it", () => {
    expect(
      read([
        " Fire & Safety diploma from KESTREL. Pune.",
        " IOSH Managing safety from Orchard Institute (P.) Ltd.",
      ]),
    ).toEqual([
      ["Fire & Safety diploma", "KESTREL. Pune"],
      ["IOSH Managing safety", "Orchard Institute"],
    ]);
  });

  it("keeps 'Passed out from' with the degree it completes", () => {
    expect(
      read([
        " B.E. in Civil Engineering from Elmwood College of Engineering",
        " Passed out from Northgate University in 2012",
      ]),
    ).toHaveLength(1);
  });
});
