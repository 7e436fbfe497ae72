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
      `${B}(?:master(?:${APOS}s|s)?(?=\\s+(?:degree|of|in|en|de|abschluss|or|oder|ou|o)${E}|\\s*/)|master${APOS}s|master(?:abschluss|studium)|m\\.?\\s?sc\\.?|msc|m\\.?s\\.?(?=\\s+(?:in|degree)${E}|\\s*(?:,|or)?\\s*ph\\.?\\s?d${E})|mba|mca|m\\.?\\s?com|post[\\s-]?graduat(?:e|ion)|m\\.?\\s?eng|diplom(?:-?(?:ingenieur|informatiker))?|bac\\s*\\+\\s*5|máster|maestría|diplôme d${APOS}ingénieur)${E}`,
      "iu",
    ),
  ],
  [
    "bachelor",
    new RegExp(
      `${B}(?:bachelor(?:${APOS}s|s)?|b\\.?\\s?sc\\.?|bsc|b\\.?s\\.?(?=\\s*(?:(?:in|degree|or)${E}|/|[)]|$|,?\\s*(?:m\\.?s|ph\\.?\\s?d)${E}))|(?<=/\\s*)bs${E}|b\\.?a\\.?(?=\\s+in${E})|undergrad(?:uate)?(?:\\s+degree)?|b\\.?\\s?tech|b\\.?\\s?com|bba|bca|(?<!post[\\s-]?)graduat(?:e|ion)(?=\\s+in${E})|b\\.e\\.?(?=\\s+in${E})|licence(?=\\s+(?:en|professionnelle|universitaire))|licenciatura|grado en|bac\\s*\\+\\s*3)${E}`,
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

// A clause about the post's own study ("A 3-year PhD scholarship is available", "two PhD students in the
// department", "undergraduate, masters and PhD programmes") or the papers to send ("The file must include: CV,
// BSc/MSc diploma") names a level it does not ask for; one that also asks ("PhD candidates must hold a master's
// degree") still counts
const STUDY_OF_THE_POST = new RegExp(
  `${B}(?:ph\\.?\\s?d\\.?|doctoral|master${APOS}?s?|bachelor${APOS}?s?|degree|msc|bsc|undergraduate)\\s+(?:students?|scholarships?|stipends?|programmes?|programs?|projects?|positions?|fellows?(?:hips?)?|candidates?|regulations|studies|courses?|thesis|theses|supervision)${E}`,
  "iu",
);
const ASKS = new RegExp(
  `${B}(?:hold|holds|have|has|must|should|requires?|required|obtained|obtaining|completed|degree in|background in)${E}`,
  "iu",
);
const PAPERS = new RegExp(
  `${B}(?:attach(?:ed)?|enclosed?|accompanied|upload(?:ed)?|includes?|submit(?:ted)?)${E}.*${B}(?:diplomas?|certificates?|transcripts?)${E}`,
  "iu",
);
// a list of the papers themselves: "Curriculum vitae, Grade transcripts and BSc/MSc diploma"
const PAPERS_LISTED = new RegExp(
  `${B}(?:diplomas?|transcripts?|certificates?)${E}[^]*${B}(?:curriculum vitae|cv|cover letter|publications)${E}|${B}(?:curriculum vitae|cv|cover letter|publications)${E}[^]*${B}(?:diplomas?|transcripts?|certificates?)${E}`,
  "iu",
);

// the levels the post teaches at: "teaching at both undergraduate and graduate levels"
const TEACHING_LEVELS = new RegExp(
  `${B}(?:undergraduate|graduate|bachelor|master|ph\\.?\\s?d)\\s+(?:and\\s+\\p{L}+\\s+)?(?:levels?|teaching)${E}`,
  "iu",
);

/** true when a clause's levels are asked of the candidate (see STUDY_OF_THE_POST and PAPERS) */
function asksForLevel(text: string): boolean {
  if (PAPERS.test(text) || PAPERS_LISTED.test(text)) return false;
  return !(STUDY_OF_THE_POST.test(text) || TEACHING_LEVELS.test(text)) || ASKS.test(text);
}

/** levels a text names; a bare "degree" counts as bachelor only when no specific level is named */
export function educationLevelsIn(text: string): EducationLevel[] {
  const levels = LEVEL_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([level]) => level);
  if (levels.length === 0 && ANY_DEGREE.test(text)) levels.push("bachelor");
  return levels;
}

// The field of a degree: "degree in Computer Science", "BS/MS in Physics", "Computer Science Undergrad / BS",
// "Computer Science degree". Capitalised words after the level, or before "degree"/"undergrad".
const FIELD_WORDS = "\\p{Lu}[\\p{L}&-]*(?:\\s+(?:and\\s+|&\\s+)?\\p{Lu}[\\p{L}&-]*){0,3}";
const LEVEL_THEN_FIELD = new RegExp(
  `${B}(?:degree|bachelor${APOS}?s?|master${APOS}?s?|b\\.?\\s?sc?\\.?|m\\.?\\s?sc?\\.?|ph\\.?\\s?d\\.?|b\\.?\\s?tech|m\\.?\\s?tech|b\\.?e\\.?|undergrad(?:uate)?|diploma|graduate)(?:\\s*/\\s*[\\p{L}.]+)?(?:\\s+degree)?\\s+(?:in|of)\\s+`,
  "giu",
);
const FIELD_THEN_LEVEL = new RegExp(`${B}(?:degree|undergrad(?:uate)?|graduate)${E}`, "giu");
// case-sensitive: a field is named in capitals ("Computer Science"), unlike the words around it
const FIELD_AT = new RegExp(FIELD_WORDS, "uy");
const FIELD_BEFORE = new RegExp(`(${FIELD_WORDS})\\s+$`, "u");
const NOT_A_FIELD =
  /^(?:bachelor|master|university|college|academic|associate|a|an|the|must|have|any|bachelors|masters|ph\.?d\.?|msc|bsc|mba|degree)$/i;
// a degree's own name after "of", no field: "Master of Science", "Bachelor of Arts"
const DEGREE_NAME_ONLY = /^(?:science|sciences|arts|philosophy)(?:\s+degree)?$/i;

function cleanField(field: string): string | null {
  // "MUST HAVE – Computer Science": keep the words after the last one that cannot be part of a field name
  const words = field.split(/\s+/);
  let from = 0;
  words.forEach((word, i) => {
    if (NOT_A_FIELD.test(word) || /^\p{Lu}{2,}$/u.test(word)) from = i + 1;
  });
  const kept = words.slice(from).join(" ");
  return kept.length > 0 ? kept : null;
}

function fieldIn(text: string): string | null {
  // "Master of Science degree in Pharmaceutical Sciences": a field after "in" first, then one after "of"
  const matches = [...text.matchAll(LEVEL_THEN_FIELD)].sort(
    (a, b) => Number(/\sof\s+$/i.test(a[0])) - Number(/\sof\s+$/i.test(b[0])),
  );
  for (const m of matches) {
    FIELD_AT.lastIndex = m.index + m[0].length;
    const field = FIELD_AT.exec(text);
    const cleaned = field !== null ? cleanField(field[0]) : null;
    if (cleaned !== null && !(/\sof\s+$/i.test(m[0]) && DEGREE_NAME_ONLY.test(cleaned))) return cleaned;
  }
  for (const m of text.matchAll(FIELD_THEN_LEVEL)) {
    const field = FIELD_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
    const cleaned = field ? cleanField(field[1]) : null;
    if (cleaned !== null) return cleaned;
  }
  return null;
}

/** the field of study a requirement names ("Computer Science"); wishes are skipped */
export function educationFieldOf(clauses: JobClause[]): string | null {
  for (const clause of clauses) {
    if (clause.intent === "preferred" || clause.intent === "company" || !asksForLevel(clause.text)) continue;
    if (educationLevelsIn(clause.text).length === 0) continue;
    const field = fieldIn(clause.text);
    if (field !== null) return field;
  }
  return null;
}

/** the lowest level a job accepts ("Bachelor's or Master's" → bachelor); wishes ("PhD a plus") don't count */
export function educationLevelOf(clauses: JobClause[]): EducationLevel | null {
  let lowest: EducationLevel | null = null;
  for (const clause of clauses) {
    if (clause.intent === "preferred" || clause.intent === "company" || !asksForLevel(clause.text)) continue;
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
