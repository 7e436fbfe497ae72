import { describe, expect, it } from "vitest";
import { splitJobClauses } from "./_sections.ts";
import { minYearsOf } from "./_years.ts";

const cases: [string, number | null][] = [
  ["Requirements:\n- 5+ years of experience with Go", 5],
  ["You have at least 3 years of professional experience.", 3],
  ["3-5 years of experience in a similar role.", 3],
  ["3 to 5 years' experience building APIs", 3],
  ["A minimum of two years of experience is required.", 2],
  ["Two or more years of experience with Python", 2],
  ["Mindestens 3 Jahre Berufserfahrung in der Softwareentwicklung", 3],
  ["Du hast drei Jahre Erfahrung mit Java", 3],
  ["Vous avez 3 ans d'expérience minimum", 3],
  ["Profil recherché\n- 2 à 4 ans d'expérience en développement", 2],
  ["Requisitos\n- 3 años de experiencia como desarrollador", 3],
  ["Al menos dos años de experiencia con SQL", 2],
  ["Requirements\n- 3+ years with Python\n- 5+ years of software engineering", 5],
  // phrases of real ads, where the minimum stands alone in the role description
  ["Purchase Executive (1-4 years experience)", 1],
  ["Minimum of 2 years in a similar role", 2],
  ["2+ yrs in procurement", 2],
  ["at least three years of vendor management", 3],
  // a wish sets no minimum; the employer's history is not a requirement
  ["Requirements\n- Python\n\nNice to have\n- ideally 7+ years of experience", null],
  ["About us\nWe have been building software for 10 years.", null],
  ["We were founded 12 years ago and serve 3 continents.", null],
  ["Experience with Kubernetes", null],
  // the employer's years, the post's term, an age or a ceiling are no minimum; the candidate's years are
  [
    "We want an experienced developer in a team remote-first for 5 years.\nRequirements:\n- 3+ years experience with JavaScript",
    3,
  ],
  ["With your +5 years knowledge of TypeScript you keep our code clean.", 5],
  ["Requirements:\n- PhD in biology\n- The period of employment is 3 years.", null],
  ["A 3-year PhD scholarship is available in our group.", null],
  ["Requirements:\n- The duration of the position is 2 years.", null],
  ["We bring our 40 years of experience operating drilling rigs.", null],
  ["Requirements:\n- Applicants must be at least 25 years of age", null],
  ["Requirements:\n- The candidate must have less than 4 years research experience", null],
  ["Over the past 25 years the centre has grown into a leader.", null],
  ["In only 9 years on the market we have grown to 250 million users.", null],
];

describe("minYearsOf", () => {
  it.each(cases)("%j → %s", (description, expected) => {
    expect(minYearsOf(splitJobClauses(description))).toBe(expected);
  });
});
