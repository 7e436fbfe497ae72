// Which school a piece of an education row names: a table's column labels, boards, affiliations and the words
// around a name ("from X", "(Affiliated to Y)") are told apart from the school itself.
import { findSkill, findSkillMentions } from "../taxonomy/index.ts";
import { INSTITUTION_WORDS } from "./degrees.ts";
import { headingKind } from "./headings.ts";
import { isHeadingVocabulary } from "./headingWords.ts";
import { looksLikeLocation } from "./places.ts";
import { degreeLevelOf, isGenericSchoolName, schoolNameSpan, withoutLeadingSubjects } from "./schoolNames.ts";

export const GRADE =
  /(?:\b(?:gpa|grade|note|abschlussnote|gesamtnote|mention|nota|voto|cijfer|final grade|classification)\s*[:：]?\s*([\w.,/+ ]{1,24}?)(?=$|[;|\t)]|\s{2}|,\s))|\b(summa cum laude|magna cum laude|cum laude|first[- ]class honours|first class|2:1|upper second|with distinction|with honou?rs|mention (?:très bien|bien|assez bien)|110\/110(?: e lode)?|\d{2,3}\/110|\d{1,2}[.,]\d\s*\/\s*\d{1,2}(?:[.,]\d)?|matrícula de honra|sobresaliente)\b/i;

export function cleanPiece(piece: string): string {
  return piece.replace(/^[\s,;:|–—-]+|[\s,;:|–—-]+$/g, "").trim();
}

// biome-ignore format: compact word list
const COLUMN_WORDS = new Set([
  "qualification", "qualifications", "degree", "degrees", "course", "courses", "examination", "examinations",
  "exam", "class", "standard", "board", "university", "universities", "institute", "institution", "college",
  "school", "name", "of", "the", "year", "years", "passing", "passed", "pass", "percentage", "marks", "aggregate",
  "cgpa", "gpa", "grade", "division", "stream", "specialization", "specialisation", "subject", "subjects",
  "duration", "s", "no", "sr", "sl", "sno", "result", "score", "obtained", "educational", "academic", "tech",
  "technical", "details", "discipline", "branch", "and", "month", "session", "batch", "medium", "level",
  "universiy", "univercity", "institue", "institutes", "colleges", "schools", "boards", "may", "remarks",
  "awarded", "yop", "out", "total", "certificate", "certificates", "certification", "certifications", "passout", "percent", "univ", "sem", "period", "time",
  "bord", "collage", "collge", "universty",
]);

/** A table's label row ("Qualification | Board/University | Year | %") names columns; it is no school. */
export function columnWordsOnly(text: string): string[] | null {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\s]+/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  return words.every((word) => COLUMN_WORDS.has(word)) ? words : null;
}

export function isEducationColumnRow(line: string): boolean {
  // "Year of Passing : 2016" is a field with its value, not a label row
  return (columnWordsOnly(line)?.length ?? 0) >= 2 && !/\b(?:19|20)\d{2}\b/.test(line);
}

/** A marks table's label row: tabbed cells of column words only, naming what was studied and where. */
export function opensMarksTable(text: string): boolean {
  return (
    text.split("\t").filter((cell) => cell.trim() !== "").length >= 3 &&
    isEducationColumnRow(text) &&
    /\b(?:qualifications?|degree|course|examination|board|universit\p{L}*|institut\p{L}*|college|school)\b/iu.test(
      text,
    )
  );
}

const AFTER_PREPOSITION =
  /\b(?:[Ff]rom|FROM|[Aa]t|AT|[Bb]y|BY|of)\.?\s+((?:the\s+)?\p{Lu}[^,;()]*?)(?=\s*(?:[,;(]|\bwith\b|\bin\s*(?:\d|(?:the\s+)?year\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\.|$)|\.\s+(?:[Pp]assed|[Ss]ecured|[Cc]ompleted|[Oo]btained|[Ww]ith|[Gg]rade|[Pp]ercentage|[Aa]ggregate|CGPA|[Mm]arks)\b|\baffiliated\b|\bsecuring\b|\bhaving\b|\band\s+secured\b|\s-\s|\d{2,}\s*%|\.?$))/u;

/** A school's name without what surrounds it in a row: "(Mechanical) X University Graduated", "X ( 71 % )". */
export function tidyInstitution(name: string): string {
  return cleanPiece(
    name
      .replace(/^\([^)]*\)\s*/, "")
      .replace(/\s*\([^)]*\d[^)]*\)?\s*$/, "")
      .replace(/\s+(?:graduated|passed|pursuing|completed|appearing|in|with)\s*$/i, "")
      // a row's status before the name: "Appear Govt. Poly. Karnal", "Pursuing X College"
      .replace(/^(?:appear(?:ing|ed)?|pursuing|passed|completed|studying)\s+(?=\p{Lu})/iu, "")
      // a DOCX that lost its spaces: "X Islamiawith 65%", "CCS universitymeerut"
      .replace(/(?<=\p{Ll}\p{Lu}\p{Ll}+)with$/u, "")
      .replace(/\b(universit(?:y|ies))(?=\p{Ll}{3})/giu, "$1 "),
  );
}

/** The school named in a piece: the words after "from"/"at" in a sentence, else the piece itself. */
export function institutionIn(piece: string): string | null {
  if (!INSTITUTION_WORDS.test(piece) || columnWordsOnly(piece)) return null;
  const after = AFTER_PREPOSITION.exec(piece);
  // "Gulzar Group of Institute": a lone head word after "of" is the name's end, not the name
  const named = after && INSTITUTION_WORDS.test(after[1]) && /\s/.test(after[1].trim()) ? after[1] : piece;
  const words = named.split(/\s+/);
  if (words.length <= 5) return tidyInstitution(withoutLeadingSubjects(words).join(" "));
  const span = schoolNameSpan(words);
  return span ? tidyInstitution(span) : words.length <= 12 ? tidyInstitution(named) : null;
}

/** "Diploma from KVG P Sullia; 66%": after a degree, "from" names the school even without a school word. */
export function institutionAfterDegree(piece: string): string | null {
  // a DOCX that lost a space: "B.Tech fromGiani Zail Singh College"
  const degreePiece = piece.replace(/\b(from|FROM)(?=\p{Lu}\p{Ll})/u, "$1 ");
  const rest = degreePiece.replace(/^.*?\b(?=from|at|by)\b/i, "");
  const named = institutionIn(rest) ?? (rest !== degreePiece ? institutionIn(degreePiece) : null);
  // "High school from X Vidhya Mandir": a level's own school words name no school; the words after "from" do
  if (named && !isGenericSchoolName(named)) return named;
  const after = /^(?:from|by|at)\.?\s+/i.test(rest) ? AFTER_PREPOSITION.exec(rest) : null;
  return after && couldBeInstitution(tidyInstitution(after[1])) ? tidyInstitution(after[1]) : null;
}

/**
 * The school an education row names, checked: a row whose whole text was read as both its degree and its school
 * names none where the degree opens with its level ("ITI 10+2 – in 2006", "High School Diploma"), only the
 * examining board it names ("Matriculation (C.B.S.E Board) in the year of"); a skill's or a course's words are
 * no school.
 */
export function schoolOfRow(found: string | null, degree: string | null | undefined): string | null {
  if (found === null) return null;
  if (found === degree) return schoolOfWholeRow(found);
  // "Mechanical Software Autocad", "Marketing Strategy": a course's or a skill's words, no school's (a body's
  // initials beside a trade stay: "Electrician NCVT")
  const mentions = findSkillMentions(found);
  const initials = [...found.matchAll(/\b\p{Lu}{3,}\b/gu)].some(
    (word) => !mentions.some((m) => m.start <= word.index && word.index < m.end),
  );
  if (INSTITUTION_WORDS.test(found) || initials) return found;
  const letters = (text: string) => text.replace(/[^\p{L}]/gu, "").length;
  return mentions.reduce((sum, m) => sum + letters(m.surface), 0) * 2 >= letters(found) ? null : found;
}

function schoolOfWholeRow(text: string): string | null {
  const level = text.split(/\s+/)[0];
  if (degreeLevelOf(level) === null && !/^high\s+school\s+diploma\b/i.test(text)) return text;
  return /[\s(]((?:\p{Lu}[\p{L}.]*\s+){1,3}[Bb]oard)\b/u.exec(text.slice(level.length))?.[1] ?? null;
}

/** An examining board ("CBSE", "U.P. Board", "State Board of Technical Education") rather than a school. */
export function isExaminingBoard(name: string): boolean {
  return /\b(?:board|council)\b|^(?:cbse|icse|isc|rbse|bseb|pseb|wbbse|wbchse|ncvt|scvt)\b/i.test(name);
}

/** "XII from U.P. Board (V.M.K. Inter College, Allahabad)": the school named in brackets after its examining board */
export function schoolAfterBoard(line: string): string | null {
  for (const m of line.matchAll(/\(([^()]+)/g)) {
    const before = line.slice(0, m.index).trim().split(/\s+/).slice(-4).join(" ");
    const inside = tidyInstitution(m[1].split(/,\s|\s[-–—]\s/)[0]);
    if (isExaminingBoard(before) && !isExaminingBoard(inside) && COLLEGE_HEAD.test(inside)) return inside;
  }
  return null;
}

const STATUS_WORD =
  /^(?:passed|pursuing|completed|appearing|graduated|distinction|first|second|division|class)$/i;

// a personal detail beside a date is no school and no course ("Nationality | Indian", "Date of Birth | 1987")
export const PERSONAL_LABEL =
  /^(?:nationality|date of birth|d\.?o\.?b|gender|sex|marital|religion|father|mother|member)\b/i;

// "Father's Name : ...", "Languages Known : ...", "Permanent Address : Vill.+Post- ...": a personal detail's key
// and its value, under a heading the reader did not know ("PERSONEL SYNOPSIS"), is no part of a school's entry
const PERSONAL_FIELD =
  /^\s*(?:[•●▪■◦○·*‣⁃–—-]\s*)?(?:(?:father|mother|husband|spouse|guardian)['’]?s?\s+name|name of (?:the )?(?:father|mother)|date of birth|d\.?o\.?b\.?|nationality|marital status|gender|sex|religion|caste|languages?(?:\s+known)?|(?:permanent|present|postal|correspondence|current)\s+address|passport(?:\s+no\.?)?|hobbies|blood group)\s*[:：\t]/iu;
export const isPersonalField = (text: string) => PERSONAL_FIELD.test(text);

// what is left of a date range once its years are cut out: "Jun- to May", "Sept. - till"
const DATE_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|to|till|until|present|now|date|since|from)$/i;
const isDateResidue = (piece: string) =>
  piece.split(/[\s,.'’–—-]+/).every((w) => w === "" || DATE_WORD.test(w));

/** A row's other cell may name a school without a school word ("Jetking", "NIBM"), but not a place or a skill. */
export function couldBeInstitution(piece: string): boolean {
  return (
    !GRADE.test(piece) &&
    !/^\(?\s*\)?$|%|\d|:$/.test(piece) &&
    // a sentence's full stop, not the one closing an examining board's initials ("P.S.E.B.")
    !(/\.$/.test(piece) && !isExaminingBoard(piece.replace(/\.(?=\p{Lu}|$)/gu, ""))) &&
    /^\p{Lu}/u.test(piece) &&
    piece.split(/\s+/).length <= 8 &&
    // a PDF that lost its spaces runs a whole row into one word ("DIPLOMAINWELDINGTECHNOLOGY"): no name
    !/\p{L}{26}/u.test(piece) &&
    !STATUS_WORD.test(piece) &&
    !isDateResidue(piece) &&
    !PERSONAL_LABEL.test(piece) &&
    !isGenericSchoolName(piece) &&
    [null, "other"].includes(degreeLevelOf(piece)) &&
    // a CV builder's placeholders for the school's place
    !/^(?:city|state|country|location)$/i.test(piece) &&
    !columnWordsOnly(piece) &&
    !looksLikeLocation(piece) &&
    headingKind(piece) === null &&
    !isHeadingVocabulary(piece) &&
    findSkill(piece) === undefined
  );
}

// "(Affiliated to Anna University)", "approved by AICTE": the body over a school is not the school
const AFFILIATION =
  /(?:\(\s*)?\b(?:affiliated|affiliation|approved|recogni[sz]ed)\b(?:\s+(?:to|by|with|under))?[^)\t;]*\)?/giu;

export function withoutAffiliation(line: string): string {
  return line.replace(AFFILIATION, " ");
}

/** "Lakshmi Ammal Polytechnic-Department of Technical Education", "Anna University-The Raja's College": two cells. */
export function splitAtSchoolHyphen(piece: string): string[] {
  // "Electronics Engineering -SNS College of Technology": a dash glued to a school's name that follows a degree
  const dashed = /\s[-–—](?=\p{Lu})/u.exec(piece);
  if (
    dashed &&
    INSTITUTION_WORDS.test(piece.slice(dashed.index + 2)) &&
    !INSTITUTION_WORDS.test(piece.slice(0, dashed.index))
  )
    return [piece.slice(0, dashed.index), ...splitAtSchoolHyphen(piece.slice(dashed.index + 2))];
  // only after a school's head word, so compound names stay whole (Ludwig-Maximilians-Universität, Paris-Dauphine)
  const at = /\b(?:university|college|institute|polytechnic|school|academy)-(?=\p{Lu}\p{L}{2})/iu.exec(piece);
  if (!at) return [piece];
  const cut = at.index + at[0].length - 1;
  return [piece.slice(0, cut), ...splitAtSchoolHyphen(piece.slice(cut + 1))];
}

export const COLLEGE_HEAD =
  /\b(?:(?:college|collegiate|institute|school|polytechnic|academy|vidyalaya|mahavidyalaya|collage|collge|colege|institue|insitute|intitute)\b|(?:instt?|poly)\.)(?!\s+of\s+(?:the\s+)?university)/i;

// a run of two or more words in capitals ("UC SANTA BARBARA", "ITT TECH")
const CAPITALS_AT_END = /(?:^|\s)((?:[\p{Lu}&][\p{Lu}&.'’-]*\s+){1,5}\p{Lu}[\p{Lu}.'’-]+)$/u;
const CAPITALS_AT_START =
  /^((?:[\p{Lu}&][\p{Lu}&.'’-]*\s+){1,5}\p{Lu}[\p{Lu}.'’-]+)\s+(?=\d{4}\b|\p{Lu}\p{Ll})/u;

/**
 * "Bachelor of Arts : English Literature UC SANTA BARBARA", "ITT TECH 2013 Bachelor of Science : X": in a
 * degree written in mixed case, a name in capitals at either end is the school's, school word or not.
 */
export function capitalsBesideDegree(degreePiece: string): string | null {
  const text = degreePiece.replace(/\s*\ufffd.*$/u, "").trim();
  if (!/\p{Ll}/u.test(text)) return null;
  const run = (CAPITALS_AT_END.exec(text) ?? CAPITALS_AT_START.exec(text))?.[1].trim();
  return run && degreeLevelOf(run) === null && couldBeInstitution(run) ? run : null;
}

/** A table's school cell is a school's name, not a wrapped row's place or subject ("Kanpur (Uttar Pradesh)"). */
export function plausibleSchoolCell(cell: string): boolean {
  return (
    /\p{L}{2}/u.test(cell) &&
    !isGenericSchoolName(cell) &&
    !columnWordsOnly(cell) &&
    degreeLevelOf(cell) === null &&
    !looksLikeLocation(cell.replace(/\s*\(.*$/, "")) &&
    (INSTITUTION_WORDS.test(cell) || couldBeInstitution(cell))
  );
}

// biome-ignore format: compact word list
const GREEK = [
  "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu",
  "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
].join("|");
// societies and honours listed under education: "Phi Alpha Theta", "X Counselors Association", "Chapter Historian"
export const SOCIETY = new RegExp(
  `\\b(?:association|society|sorority|fraternity|chapter|(?:${GREEK})\\s+(?:${GREEK}))\\b`,
  "i",
);

// where a degree's name begins in a row: "Bachelor of Arts", "Masters of Education", "High School Diploma", "GED"
const DEGREE_START =
  /(?<=\s)(?:(?:Bachelor|Master|Doctor|Associate|BACHELOR|MASTER|DOCTOR|ASSOCIATE)(?:'?[sS])?\s+(?:[Oo]f|[Ii]n|[Dd]egree|OF|IN)\b|High\s+School\s+Diploma\b|GED\b|MBA\b|B\.?\s?[AS]\.?\s|M\.?\s?[AS]\.?\s)/u;

/**
 * "Art Institute of X Bachelor of Arts : Media Arts", "Y High School High School
 * Diploma": a builder's row that names the school before the degree, two pieces.
 */
export function splitSchoolBeforeDegree(piece: string): string[] {
  const at = DEGREE_START.exec(piece);
  if (!at) return [piece];
  const school = piece.slice(0, at.index).trim();
  const degree = piece.slice(at.index);
  return institutionIn(school) === school && degreeLevelOf(degree) !== null ? [school, degree] : [piece];
}
