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
const OR_MORE_WORDS = "(?:\\s*\\+|\\s+or more|\\s+oder mehr|\\s+ou plus|\\s+o más)";
const OR_MORE = `${OR_MORE_WORDS}?`;
// a minimum by its own wording, anywhere in a stated stretch ("2+ yrs", "four or more years")
const STATED_OR_MORE = new RegExp(OR_MORE_WORDS, "iu");
const UNIT = "(?:years?|yrs?|jahren?|jahre|ans?|años?)";
const YEARS = new RegExp(
  `(?<![\\p{L}\\p{N}])${NUMBER}${OR_MORE}${RANGE}${OR_MORE}\\s*(?:\\(\\w+\\)\\s*)?${UNIT}(?![\\p{L}])(?!\\s+(?:ago|old|alt|of (?:history|growth|age)))`,
  "giu",
);
function toNumber(token: string): number {
  const word = NUMBER_WORDS[token.toLowerCase()];
  return word ?? Number(token.replace(",", "."));
}

// What says a stretch of years is something other than the candidate's experience: the employer's own ("our 40
// years", "in only 9 years on the market", "remote-first for 5 years", "within the next 5 years") or the post's
// term ("The period of employment is 3 years", "a 3-year PhD scholarship", "a fixed term position of 4 to 6 years")
const NOT_EXPERIENCE_BEFORE =
  /(?:\b(?:our|its|their|for|in|within|over|during|next|past|last|only)\s+(?:the\s+)?(?:only\s+|next\s+|past\s+|last\s+)?|\b(?:position|period|term|duration|contract|appointment|scholarship|fellowship|employment|funding|grant)\b[^.;,]{0,30})$/iu;
const NOT_EXPERIENCE_AFTER =
  /^[\s-]*(?:phd|scholarship|fellowship|contract|position|term|appointment|grant|project|programme|program)\b/iu;
// experience named right after the years ("5 years of relevant experience", "+5 years knowledge of")
const EXPERIENCE_AFTER =
  /^['’]?[\s\p{L}/'’-]{0,40}?(?<![\p{L}])(?:experience|knowledge|background|track record|erfahrung|berufserfahrung|expérience|experiencia)(?![\p{L}])/iu;
// more than this is the employer's history or an age, never a minimum a job asks for
const MOST_YEARS = 20;

/** every "N years" stated in a clause, as the lower bound of its range */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(YEARS)].map((m) => toNumber(m[1]));
}

/** the years of experience a clause states: not the employer's, not the post's term */
function experienceYearsIn(text: string, role: boolean): number[] {
  return [...text.matchAll(YEARS)].flatMap((m) => {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const experience = EXPERIENCE_AFTER.test(after);
    // (the employer's own years; a ceiling, "less than 4 years research experience", sets no minimum)
    if (
      /\b(?:our|its|their|less than|fewer than|no more than|not more than|up to|maximum(?: of)?)\s+$/iu.test(
        before,
      ) ||
      NOT_EXPERIENCE_AFTER.test(after)
    )
      return [];
    if (NOT_EXPERIENCE_BEFORE.test(before) && !experience) return [];
    // plain role description counts only the years it says are experience, or a minimum by its wording
    // ("2+ yrs in procurement", "+5 years", "four or more years", "at least three years")
    const stated =
      STATED_OR_MORE.test(m[0]) ||
      /(?:minimum|at least|mindestens|au moins|al menos|\+)(?:\s+of)?\s*$/iu.test(before);
    if (role && !experience && !stated) return [];
    return [toNumber(m[1])];
  });
}

/** the largest minimum stated as a requirement; wishes ("ideally 7 years") set no minimum */
export function minYearsOf(clauses: JobClause[]): number | null {
  let minYears: number | null = null;
  for (const clause of clauses) {
    if (clause.intent === "preferred" || clause.intent === "company") continue;
    for (const years of experienceYearsIn(clause.text, clause.intent === "role")) {
      if (years > 0 && years <= MOST_YEARS && (minYears === null || years > minYears)) minYears = years;
    }
  }
  return minYears;
}
