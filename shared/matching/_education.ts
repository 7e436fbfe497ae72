// Education levels: their order, and how job ads name them ("Bachelor's degree", "MSc", "PhD", "Abitur").
import type { EducationLevel } from "../analysis/types.ts";
import type { JobClause } from "./_sections.ts";

/** secondary < associate < bachelor < master < doctorate; "other" has no place on the ladder */
export const EDUCATION_RANK: Record<EducationLevel, number> = {
  secondary: 1,
  associate: 2,
  bachelor: 3,
  master: 4,
  doctorate: 5,
  other: 0,
};

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const APOS = "['’]";

const LEVEL_PATTERNS: [EducationLevel, RegExp][] = [
  [
    "doctorate",
    new RegExp(
      `${B}(?:ph\\.?\\s?d\\.?|doctorate|doctoral|doktor(?:grad|at)?|promoviert|doctorat|doctorado)${E}`,
      "iu",
    ),
  ],
  [
    "master",
    new RegExp(
      `${B}(?:master(?:${APOS}s|s)?(?=\\s+(?:degree|of|in|en|de|abschluss|or|oder|ou|o)${E}|\\s*/)|master${APOS}s|master(?:abschluss|studium)|m\\.?\\s?sc\\.?|msc|m\\.?s\\.?(?=\\s+(?:in|degree)${E})|mba|m\\.?\\s?eng|diplom(?:-?(?:ingenieur|informatiker))?|bac\\s*\\+\\s*5|máster|maestría|diplôme d${APOS}ingénieur)${E}`,
      "iu",
    ),
  ],
  [
    "bachelor",
    new RegExp(
      `${B}(?:bachelor(?:${APOS}s|s)?|b\\.?\\s?sc\\.?|bsc|b\\.?s\\.?(?=\\s*(?:(?:in|degree|or)${E}|/))|b\\.?a\\.?(?=\\s+in${E})|undergraduate degree|licence(?=\\s+(?:en|professionnelle|universitaire))|licenciatura|grado en|bac\\s*\\+\\s*3)${E}`,
      "iu",
    ),
  ],
  ["associate", new RegExp(`${B}associate(?:${APOS}s)?\\s+degree${E}`, "iu")],
  [
    "secondary",
    new RegExp(
      `${B}(?:high school|ged|abitur|baccalauréat|bachillerato|secondary school|a-levels)${E}`,
      "iu",
    ),
  ],
];

// A degree named without its level ("degree in Computer Science", "abgeschlossenes Studium") means a bachelor's.
const ANY_DEGREE = new RegExp(
  `${B}(?:degree in|(?:university|college|academic|bachelor|computer science) degree|hochschulabschluss|hochschulstudium|abgeschlossenes studium|studium (?:der|in|im)|diplôme (?:universitaire|d${APOS}études supérieures)|título universitario|titulación universitaria)${E}`,
  "iu",
);

/** levels a text names; a bare "degree" counts as bachelor only when no specific level is named */
export function educationLevelsIn(text: string): EducationLevel[] {
  const levels = LEVEL_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([level]) => level);
  if (levels.length === 0 && ANY_DEGREE.test(text)) levels.push("bachelor");
  return levels;
}

/** the lowest level a job accepts ("Bachelor's or Master's" → bachelor); wishes ("PhD a plus") don't count */
export function educationLevelOf(clauses: JobClause[]): EducationLevel | null {
  let lowest: EducationLevel | null = null;
  for (const clause of clauses) {
    if (clause.intent === "preferred" || clause.intent === "company") continue;
    for (const level of educationLevelsIn(clause.text)) {
      if (lowest === null || EDUCATION_RANK[level] < EDUCATION_RANK[lowest]) lowest = level;
    }
  }
  return lowest;
}

/** the highest level among several, ignoring "other" unless nothing else is known */
export function highestLevel(levels: (EducationLevel | null)[]): EducationLevel | null {
  let highest: EducationLevel | null = null;
  for (const level of levels) {
    if (level === null) continue;
    if (highest === null || EDUCATION_RANK[level] > EDUCATION_RANK[highest]) highest = level;
  }
  return highest;
}
