import { describe, expect, it } from "vitest";
import { coursesFromCertifications } from "./educationCourses.ts";
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
          cert("Certified Kiln Operator"),
          cert("Harbour Pilot Certification"),
          cert("Diploma in Welding Technology"),
        ],
        [degree],
      ),
    ).toEqual([]);
  });
});
