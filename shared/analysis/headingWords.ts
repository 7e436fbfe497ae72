// English section headings built from a head word and modifiers ("Academic Qualification Details",
// "Organisational Experience", "Languages Known"), with one-letter misspellings ("Acadmic Qualifcation").
// The exact lexicon in headings.ts is tried first; this catches the many spellings real CVs use.
import { organisationWord } from "./roles.ts";
import type { SectionKind } from "./types.ts";

// biome-ignore format: one kind per line
const HEAD_WORDS: [SectionKind, string[]][] = [
  ["experience", ["experience", "experiences", "employment", "employments", "appointments", "assignments", "assignment", "positions", "internship", "internships", "employer", "employers", "jobs"]],
  ["education", ["education", "educational", "academics", "academic", "academia", "scholastic", "scholastics", "scholastics", "qualification", "qualifications", "schooling", "studies", "credentials", "degrees"]],
  ["skills", ["skills", "skill", "proficiency", "proficiencies", "competencies", "competency", "competences", "expertise", "knowledge", "strengths", "strength", "literacy", "awareness"]],
  ["languages", ["languages", "language", "linguistic"]],
  ["certifications", ["certifications", "certification", "certificates", "certificate", "courses", "trainings", "licenses", "licences", "seminars", "workshops"]],
  ["projects", ["projects", "project"]],
  ["publications", ["publications", "publication"]],
  ["contact", ["dossier", "particulars", "vitae", "vitea", "resume", "biodata", "passport"]],
  ["interests", ["hobbies", "hobby", "interests", "interest", "activities", "pastimes"]],
  ["awards", ["achievements", "achievement", "awards", "honours", "honors", "recognitions", "rewards", "accomplishments"]],
  ["references", ["references", "referees", "reference"]],
  ["other", ["declaration", "decleration", "undertaking", "information", "info", "memberships", "membership", "affiliations", "affiliation", "societies", "associations", "coursework"]],
];

/** Words that qualify a head word without changing the section ("work", "details", "held", "known"). */
// biome-ignore format: compact word list
const MODIFIERS = new Set([
  "work", "working", "professional", "career", "job", "employment", "organisational", "organizational",
  "relevant", "previous", "teaching", "industrial", "industry", "summer", "held", "record", "records",
  "history", "details", "detail", "summary", "synopsis", "profile", "background", "overview", "and", "&",
  "of", "the", "my", "in", "total", "overall", "years", "year", "other", "additional", "technical",
  "computer", "software", "it", "personal", "key", "core", "basic", "known", "capabilities", "undergone",
  "undertaken", "attended", "academic", "educational", "extra", "curricular", "co", "extracurricular",
  "cocurricular", "area", "areas", "field", "fields", "special", "major", "professional", "clinical",
  "research", "recent", "curriculum", "bio", "data", "done", "completed", "acquired", "gained",
  "highlights", "highlight", "qualities", "profile", "strengths", "accomplishments", "present", "past",
  "current", "earlier", "prior", "latest", "former", "worked", "practical", "site", "overseas", "abroad",
  "gulf", "international", "domestic", "attainment", "attainments", "organizations", "organisations", "technological", "subjects",
  "india", "indian", "foreign", "local", "national", "uae", "gcc", "service", "graph", "chronicle", "journey",
  "path", "contour", "scan", "formal", "university", "track", "excellence", "performance", "aspects", "aspect",
  "snapshot", "status", "milestones", "sketch", "facts", "exposure", "chronology", "progression", "brief",
  "diploma", "selected", "sample", "journal", "conference",
]);

/**
 * What was done with a section's things ("Projects Handled", "Awards Received", "Languages Spoken"): modifiers
 * matched exactly, never with a slip ("Project Manager" is a title, not "Projects Managed").
 */
// biome-ignore format: compact word list
const DONE_WORDS = new Set([
  "handled", "executed", "managed", "obtained", "received", "earned", "pursued", "spoken", "secured",
  "achieved", "won", "delivered", "implemented", "accomplished", "carried", "out",
]);

// "Career Graph", "Work Record", "Professional Chronicle", "Service Record": a working life named by a word of work
// and a word of its record, with no head word
const WORK_WORDS = new Set([
  "career",
  "work",
  "working",
  "professional",
  "employment",
  "job",
  "service",
  "organisational",
  "organizational",
]);
const RECORD_WORDS = new Set([
  "record",
  "records",
  "history",
  "details",
  "graph",
  "chronicle",
  "journey",
  "path",
  "contour",
  "scan",
  "exposure",
  "chronology",
  "progression",
]);

/** Personal-details headings map to the contact kind: their lines are name, birth date, address. */
const PERSONAL = new Set([
  "details",
  "detail",
  "profile",
  "information",
  "info",
  "data",
  "particulars",
  "dossier",
]);

/** Head words that name a section only by its being details ("particulars", "information"). */
const GENERAL_HEADS = new Set(["particulars", "information", "info"]);

const KIND_OF_WORD = new Map<string, SectionKind>();
for (const [kind, words] of HEAD_WORDS) for (const word of words) KIND_OF_WORD.set(word, kind);
const VOCABULARY = [...KIND_OF_WORD.keys(), ...MODIFIERS];

// Two rows of the edit-distance table, reused: heading words are short, and no call allocates.
const ROWS = [new Int32Array(64), new Int32Array(64)];

function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (b.length >= ROWS[0].length) return false;
  let previous = ROWS[0];
  let row = ROWS[1];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cell = Math.min(
        previous[j] + 1,
        row[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      row[j] = cell;
      if (cell < least) least = cell;
    }
    if (least > max) return false;
    [previous, row] = [row, previous];
  }
  return previous[b.length] <= max;
}

/** Words already looked up with their slip allowed; bounded, since each CV brings its own words. */
const SLIPS = new Map<string, string | null>();
const MAX_SLIPS = 20_000;

/** The vocabulary word a heading word stands for, allowing one slip in words of five letters or more. */
function known(word: string): string | null {
  if (KIND_OF_WORD.has(word) || MODIFIERS.has(word) || DONE_WORDS.has(word)) return word;
  if (word.length < 5) return null;
  const seen = SLIPS.get(word);
  if (seen !== undefined) return seen;
  const max = word.length >= 9 ? 2 : 1;
  const found = VOCABULARY.find((v) => v.length >= 5 && withinEdits(word, v, max)) ?? null;
  if (SLIPS.size >= MAX_SLIPS) SLIPS.clear();
  SLIPS.set(word, found);
  return found;
}

/** One lower-case word is heading vocabulary exactly as written, with no slip allowed. */
export function isExactHeadingWord(word: string): boolean {
  return KIND_OF_WORD.has(word) || MODIFIERS.has(word);
}

/** One word is heading vocabulary ("credentials", "experiance" with its slip). */
export function isHeadingWord(word: string): boolean {
  return known(word.toLowerCase().replace(/[^\p{L}&]/gu, "")) !== null;
}

// "Software's": the possessive's apostrophe goes, so the word is read as one ("softwares")
const POSSESSIVE = /(?<=\p{L})['’]s\b/gu;

/** Every word of the line is heading vocabulary ("Skill Highlights", "Career Overview"): no person's name. */
export function isHeadingVocabulary(line: string): boolean {
  const words = line
    .toLowerCase()
    .replace(POSSESSIVE, "s")
    .replace(/[^\p{L}&\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => known(w) !== null);
}

/** Some word of the text is a head word, one that names a section's kind ("Education", not "Industry"). */
export function namesHeadWord(text: string): boolean {
  return text
    .toLowerCase()
    .replace(POSSESSIVE, "s")
    .split(/[^\p{L}&]+/u)
    .some((word) => word !== "" && KIND_OF_WORD.has(known(word) ?? ""));
}

const namesOtherKind = (word: string) => KIND_OF_WORD.has(word) && !GENERAL_HEADS.has(word);

/**
 * The kind a short heading names by its words, or null. The last head word decides ("Academic Projects" is
 * projects); "Personal Details/Profile/Information" is contact; a line of modifiers only is no heading.
 */
export function headingKindByWords(normalized: string): SectionKind | null {
  const words = normalized
    .replace(/\([^)]*\)/g, " ")
    .replace(POSSESSIVE, "s")
    .replace(/[^\p{L}&\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 6) return null;
  const vocabulary: string[] = [];
  for (const word of words) {
    const resolved = known(word);
    if (resolved === null) return null;
    vocabulary.push(resolved);
  }
  if (vocabulary[0] === "personal" && vocabulary.slice(1).some((w) => PERSONAL.has(w))) return "contact";
  // "Educational Particulars", "Academic Information": a word that says only "details" after another kind's head
  // word leaves that kind
  const heads = vocabulary.filter(
    (w, i) => KIND_OF_WORD.has(w) && !(GENERAL_HEADS.has(w) && vocabulary.slice(0, i).some(namesOtherKind)),
  );
  if (heads.length === 0) {
    if (vocabulary.some((w) => WORK_WORDS.has(w)) && vocabulary.some((w) => RECORD_WORDS.has(w)))
      return "experience";
    // "Software's Known", "Softwares Known": what a person knows of software is a skills list
    return vocabulary.includes("known") && vocabulary.includes("software") ? "skills" : null;
  }
  // "Work Experience & Trainings", "Experience and Achievements": a heading that names work experience with
  // something else holds the work history, whose entries matter most.
  if (heads.length > 1 && heads.some((w) => KIND_OF_WORD.get(w) === "experience")) return "experience";
  return KIND_OF_WORD.get(heads[heads.length - 1]) ?? null;
}

/**
 * "Sep 2022 - Mar 2023\tMechanical Engineer, BLUEWAVE" over "TECHNOLOGIES": capitals that end an organisation's
 * name, wrapped under a job's dated line that breaks off in capitals, are the name's end and no heading.
 */
export function endsWrappedName(previous: string | undefined, line: string): boolean {
  const text = line.trim();
  const last = previous?.trimEnd().split(/\s+/).pop() ?? "";
  // "Team" / "Management" / "skills": a narrow column's phrase wrapped a word a line ends on a heading word
  // in lower case, which goes on from the short line above
  if (/^\p{Ll}[\p{L} ]*[,;]?$/u.test(text) && wrappedFragment(previous ?? "")) return true;
  // "DEGREE/\tBOARD/COLLEGE\tYEAR" / "CERTIFICATE": a table's label cut after its slash goes on below
  if (
    /^[^\t]*\p{L}\/\s*\t/u.test(previous ?? "") &&
    /\b(?:degree|course|qualification|exam|board|university|college|school|institut\p{L}*|year|class)\b/iu.test(
      previous ?? "",
    ) &&
    /^\p{L}+$/u.test(text)
  )
    return true;
  return (
    /\d/.test(previous ?? "") &&
    /^\p{Lu}{2,}$/u.test(last) &&
    /^[\p{Lu}\s&]+$/u.test(text) &&
    text.split(/\s+/).every(organisationWord)
  );
}

/** A line that is a fragment of a wrapped phrase: three words or fewer, no figure, no closing punctuation. */
function wrappedFragment(line: string): boolean {
  const text = line.trim();
  return text !== "" && !/[\d\t]/.test(text) && /\p{L}$/u.test(text) && text.split(/\s+/).length <= 3;
}
