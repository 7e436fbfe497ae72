import { describe, expect, it } from "vitest";
import type { EducationLevel } from "../analysis/types.ts";
import { educationLevelOf } from "./_education.ts";
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
