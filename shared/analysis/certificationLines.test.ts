import { describe, expect, it } from "vitest";
import { extractCertifications } from "./credentials.ts";
import { coursesFromCertifications } from "./educationCourses.ts";

// what a certifications section's lines give as qualifications: [course, school]
const courses = (text: string) =>
  coursesFromCertifications(extractCertifications(text.split("\n")), []).map((entry) => [
    entry.degree,
    entry.institution,
  ]);

describe("certificate courses and the schools they were followed at", () => {
  it("reads a keyed block as one course at its school", () => {
    expect(
      courses(
        "Institute Name : Regional Welding Institute, Pune\nCourse Title : Certificate in TIG Welding\nDuration : 3 months",
      ),
    ).toEqual([["Certificate in TIG Welding", "Regional Welding Institute"]]);
    expect(
      courses(
        "Institute Name\t: Northgate Institute of Electronics, Kochi\nTraining title\t: PG Diploma in Embedded Systems\n\nInstitute Name\t: Lakeview College\nTraining title\t: Certificate in Tally",
      ),
    ).toEqual([
      ["PG Diploma in Embedded Systems", "Northgate Institute of Electronics"],
      ["Certificate in Tally", "Lakeview College"],
    ]);
  });

  it("goes on with the school's name when the line after a parted course wraps it", () => {
    expect(
      courses(
        "1) Achieved Safety and Quality management certificate From ORCHARD BUILDING SYSTEMS\nINDIA LTD\n• Diploma in Fire Safety from Kestrel Institute of Fire and\nSafety Engineering, Pune",
      ),
    ).toEqual([
      ["Achieved Safety and Quality management certificate", "ORCHARD BUILDING SYSTEMS INDIA LTD"],
      ["Diploma in Fire Safety", "Kestrel Institute of Fire and Safety Engineering"],
    ]);
  });

  it("parts a course from the school it was followed in or at", () => {
    expect(
      courses(
        "• Advanced Diploma in Industrial Automation in Central Institute of Tool Design, Hyderabad (2016)",
      ),
    ).toEqual([["Advanced Diploma in Industrial Automation", "Central Institute of Tool Design"]]);
    expect(courses("*Fire Safety ITI Trade in NCVT Bhopal(2017)")).toEqual([
      ["Fire Safety ITI Trade", "NCVT Bhopal"],
    ]);
    expect(courses("Tejas Certification Program in Telecom Technology, At Sagar Shikshan Kendra.")).toEqual([
      ["Tejas Certification Program in Telecom Technology", "Sagar Shikshan Kendra"],
    ]);
  });

  it("takes the school that certified a course, also over a wrapped line", () => {
    expect(courses("• Pipeline Integrity Management certified by Delta Training Academy, Mumbai.")).toEqual([
      ["Pipeline Integrity Management", "Delta Training Academy"],
    ]);
    expect(
      courses("Honors Diploma in Computer Applications certified by NIIT\ncomputer education , Nagpur."),
    ).toEqual([["Honors Diploma in Computer Applications", "NIIT computer education"]]);
  });

  it("gives a school named alone at a paragraph's head to the courses under it", () => {
    expect(
      courses(
        "NORTHSTAR FIRE AND SAFETY TRAINING CENTRE (Jan 2016 - Mar 2016) (Kochi)\n\n BASIC FIRE FIGHTING\n FIRST AID AT WORK",
      ),
    ).toEqual([
      ["BASIC FIRE FIGHTING", "NORTHSTAR FIRE AND SAFETY TRAINING CENTRE"],
      ["FIRST AID AT WORK", "NORTHSTAR FIRE AND SAFETY TRAINING CENTRE"],
    ]);
  });

  it("takes the body a course was followed from, a table's school column, and a diploma's issuer in capitals", () => {
    expect(courses("Certificate in Tally ERP from Arun Computers, Pune (2014)")).toEqual([
      ["Certificate in Tally ERP", "Arun Computers"],
    ]);
    expect(courses("• NEBOSH IGC from British Safety Council, 2016")).toEqual([
      ["NEBOSH IGC", "British Safety Council"],
    ]);
    expect(
      courses(
        "Course\tInstitute\tYear\nCertificate in Tally ERP\tArun Computers\t2014\nDiploma in Web Design\tLarkspur Infotech\t2015",
      ),
    ).toEqual([
      ["Certificate in Tally ERP", "Arun Computers"],
      ["Diploma in Web Design", "Larkspur Infotech"],
    ]);
    // the course's own initials are no issuer
    expect(courses("• Diploma in Computer Applications (DCA) – NIIT, Pune – 2012")).toEqual([
      ["Diploma in Computer Applications", "NIIT"],
    ]);
  });

  it("leaves subjects, trainings done, seminars and licences without a school", () => {
    expect(courses("Diploma in Computer Applications")).toEqual([["Diploma in Computer Applications", null]]);
    expect(courses("Foundation Course in Human Rights")).toEqual([
      ["Foundation Course in Human Rights", null],
    ]);
    expect(courses("Major Training: Done from Western Railway Workshop Kota for 30 days.")).toEqual([]);
    expect(
      courses("• Attended a seminar on solar power\nGENERATION held at Greenfield College of Engineering."),
    ).toEqual([]);
    expect(courses("• License: C33282 Issued BY Electrical Licensing Board in Kerala, India.")).toEqual([]);
    // a school line that ends a wrapped sentence is no school over the items below it
    expect(
      courses(
        "Training at The Sunrise Vocational Training & Research\nInstitute Sikar(Raj)\n*Basic wiring and accessory connecting.",
      ),
    ).toEqual([]);
    // a school row of the education a section lists first
    expect(courses(" Primary/Secondary school /– Sharjah /UAE\n Course in computer maintenance")).toEqual([
      ["Course in computer maintenance", null],
    ]);
  });
});
