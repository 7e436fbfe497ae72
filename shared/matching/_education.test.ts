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
];

describe("educationFieldOf", () => {
  it.each(fields)("%j → %s", (description, expected) => {
    expect(educationFieldOf(splitJobClauses(description))).toBe(expected);
  });
});
