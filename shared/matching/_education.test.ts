import { describe, expect, it } from "vitest";
import type { EducationLevel } from "../analysis/types.ts";
import { educationFieldOf, educationLevelOf } from "./_education.ts";
import { splitJobClauses } from "./_sections.ts";

const cases: [string, EducationLevel | null][] = [
  ["Bachelor's degree in Computer Science or related field", "bachelor"],
  ["BSc in Mathematics", "bachelor"],
  ["Degree in Computer Science or equivalent experience", "bachelor"],
  ["Master's degree in Statistics", "master"],
  ["MSc or PhD in Physics", "master"],
  ["PhD in Machine Learning", "doctorate"],
  ["BS/MS in Computer Science", "bachelor"],
  ["Bachelor's degree required, Master's preferred", "bachelor"],
  ["Associate degree in IT", "associate"],
  ["High school diploma or GED", "secondary"],
  ["MUST HAVE – Computer Science Undergrad / BS", "bachelor"],
  ["B.Tech in Electronics and Communication", "bachelor"],
  ["Graduate in Commerce (B.Com) or BBA", "bachelor"],
  ["MBA or post-graduate in Finance", "master"],
  ["Abgeschlossenes Studium der Informatik", "bachelor"],
  ["Masterabschluss in Wirtschaftsinformatik", "master"],
  ["Bac+5 en informatique (Master ou diplôme d'ingénieur)", "master"],
  ["Licence en informatique", "bachelor"],
  ["Grado en Ingeniería Informática", "bachelor"],
  ["Doctorado en Física", "doctorate"],
  // wishes and everyday words set no level
  ["A PhD is a plus", null],
  ["You will be a Scrum Master for two teams", null],
  ["Valid driving licence", null],
  ["360 degree feedback culture", null],
  // the post's own study, the papers to send and the levels it teaches at are not asked of the candidate
  [
    "A 3-year PhD scholarship is available in our group.\nApplicants should hold a Master's degree in Chemistry",
    "master",
  ],
  ["There are two PhD students in the department.", null],
  ["Requirements:\n- The file must include: cover letter, CV and BSc/MSc diploma", null],
  [
    "Requirements:\n- Curriculum vitae, grade transcripts and BSc/MSc diploma\n- The applicant must hold a PhD",
    "doctorate",
  ],
  ["Commitment to teaching at both undergraduate and graduate levels is expected.", null],
  ["PhD candidates must hold a master's degree in Physics", "master"],
  // a list of short degree names, and "be in" is no B.E.
  ["Requirements:\n- BS MS or PhD in a quantitative discipline", "bachelor"],
  ["Requirements:\n- MS or PhD in Statistics", "master"],
  ["The role will be in our Applied AI organization.", null],
];

describe("educationLevelOf", () => {
  it.each(cases)("%j → %s", (description, expected) => {
    expect(educationLevelOf(splitJobClauses(description))).toBe(expected);
  });
});

const fields: [string, string | null][] = [
  ["MUST HAVE – Computer Science Undergrad / BS", "Computer Science"],
  ["Bachelor's degree in Computer Science or related field", "Computer Science"],
  ["BS/MS in Computer Science", "Computer Science"],
  ["MSc or PhD in Physics", "Physics"],
  ["Computer Science degree required", "Computer Science"],
  ["B.Tech in Electronics and Communication", "Electronics and Communication"],
  ["A Bachelor's degree in Business Administration", "Business Administration"],
  ["Graduate in Commerce (B.Com) or BBA", "Commerce"],
  // no field named, or only wished for
  ["Bachelor's degree required, Master's preferred", null],
  ["Requirements: Python\nNice to have: MSc in Statistics", null],
  ["360 degree feedback culture", null],
  // the degree's own name is no field; a field after "in" comes first
  ["Applicants should hold a Master of Science degree in Pharmaceutical Sciences", "Pharmaceutical Sciences"],
  ["You hold a Master of Science Degree or a PhD Degree in Engineering", "Engineering"],
  ["Master of Science or equivalent required", null],
  ["The applicants should hold a PhD degree in a relevant field", null],
  ["Requirements:\n- The application must be in English and include a CV and degree certificate", null],
];

describe("educationFieldOf", () => {
  it.each(fields)("%j → %s", (description, expected) => {
    expect(educationFieldOf(splitJobClauses(description))).toBe(expected);
  });
});
