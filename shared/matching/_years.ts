// Reads the minimum years of experience a job asks for: "5+ years", "3-5 years" (3), "minimum of two years",
// "mindestens 3 Jahre", "3 ans d'expérience", "3 años de experiencia".
import type { JobClause } from "./_sections.ts";

// Number words one to ten in English, German, French and Spanish (position + 1 is the value), and a few more.
const ONE_TO_TEN = [
  "one two three four five six seven eight nine ten",
  "ein zwei drei vier fünf sechs sieben acht neun zehn",
  "un deux trois quatre cinq six sept huit neuf dix",
  "uno dos tres cuatro cinco seis siete ocho nueve diez",
];
const NUMBER_WORDS: Record<string, number> = { eins: 1, einem: 1, einen: 1, twelve: 12, fifteen: 15 };
for (const words of ONE_TO_TEN) {
  for (const [i, word] of words.split(" ").entries()) NUMBER_WORDS[word] = i + 1;
}

const NUMBER = `(\\d{1,2}(?:[.,]5)?|${Object.keys(NUMBER_WORDS).join("|")})`;
const RANGE = `(?:\\s*(?:-|–|—|to|bis|à|a)\\s*(?:\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")}))?`;
const OR_MORE = "(?:\\s*\\+|\\s+or more|\\s+oder mehr|\\s+ou plus|\\s+o más)?";
const UNIT = "(?:years?|yrs?|jahren?|jahre|ans?|años?)";
const YEARS = new RegExp(
  `(?<![\\p{L}\\p{N}])${NUMBER}${OR_MORE}${RANGE}${OR_MORE}\\s*(?:\\(\\w+\\)\\s*)?${UNIT}(?![\\p{L}])(?!\\s+(?:ago|old|alt|of (?:history|growth)))`,
  "giu",
);
// Plain role description counts only when it talks about experience, not "10 years of company history".
// A stated minimum ("minimum of 2 years", "2+ yrs") is a requirement by its wording alone.
const EXPERIENCE_WORD =
  /experience|erfahrung|expérience|experiencia|track record|background|berufserfahrung|minimum|at least|\d\s*\+\s*(?:years?|yrs?)|mindestens|au moins|al menos/iu;

function toNumber(token: string): number {
  const word = NUMBER_WORDS[token.toLowerCase()];
  return word ?? Number(token.replace(",", "."));
}

/** every "N years" stated in a clause, as the lower bound of its range */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(YEARS)].map((m) => toNumber(m[1]));
}

/** the largest minimum stated as a requirement; wishes ("ideally 7 years") set no minimum */
export function minYearsOf(clauses: JobClause[]): number | null {
  let minYears: number | null = null;
  for (const clause of clauses) {
    if (clause.intent === "preferred" || clause.intent === "company") continue;
    if (clause.intent === "role" && !EXPERIENCE_WORD.test(clause.text)) continue;
    for (const years of yearsIn(clause.text)) {
      if (years > 0 && years <= 40 && (minYears === null || years > minYears)) minYears = years;
    }
  }
  return minYears;
}
