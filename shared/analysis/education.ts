// Education entries: degree, level, field, institution, dates and grade, from the education section's lines.

import { findSkill } from "../taxonomy/index.ts";
import { findDateRanges, findSingleDates, toMonth } from "./dates.ts";
import { educationLevel, INSTITUTION_WORDS } from "./degrees.ts";
import { isBullet } from "./experience.ts";
import { headingKind } from "./headings.ts";
import { isHeadingVocabulary } from "./headingWords.ts";
import { looksLikeLocation } from "./places.ts";
import { degreeLevelOf, isGenericSchoolName, schoolNameSpan, withoutLeadingSubjects } from "./schoolNames.ts";
import type { TextLine } from "./sections.ts";
import type { EducationEntry, ExperienceEntry, Month } from "./types.ts";

const GRADE =
  /(?:\b(?:gpa|grade|note|abschlussnote|gesamtnote|mention|nota|voto|cijfer|final grade|classification)\s*[:：]?\s*([\w.,/+ ]{1,24}?)(?=$|[;|\t)]|\s{2}|,\s))|\b(summa cum laude|magna cum laude|cum laude|first[- ]class honours|first class|2:1|upper second|with distinction|with honou?rs|mention (?:très bien|bien|assez bien)|110\/110(?: e lode)?|\d{2,3}\/110|\d{1,2}[.,]\d\s*\/\s*\d{1,2}(?:[.,]\d)?|matrícula de honra|sobresaliente)\b/i;

const FIELD_AFTER_DEGREE =
  /\b(?:in|of|en|em|in der|im|für|fur|di|de|della|van|der)\s+((?:[\p{L}&'’-]+\s?){1,6})/u;

function cleanPiece(piece: string): string {
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
  "awarded", "yop", "out", "total", "certificate", "certificates", "passout", "percent",
]);

/** A table's label row ("Qualification | Board/University | Year | %") names columns; it is no school. */
function columnWordsOnly(text: string): string[] | null {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\s]+/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
  return words.every((word) => COLUMN_WORDS.has(word)) ? words : null;
}

export function isEducationColumnRow(line: string): boolean {
  return (columnWordsOnly(line)?.length ?? 0) >= 2;
}

const AFTER_PREPOSITION =
  /\b(?:[Ff]rom|FROM|[Aa]t|AT|of)\s+((?:the\s+)?\p{Lu}[^,;()]*?)(?=\s*(?:[,;(]|\bwith\b|\bin\s*(?:\d|(?:the\s+)?year\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\.|$)|\baffiliated\b|\bsecuring\b|\bhaving\b|\band\s+secured\b|\s-\s|\d{2,}\s*%|\.?$))/u;

/** A school's name without what surrounds it in a row: "(Mechanical) X University Graduated", "X ( 71 % )". */
function tidyInstitution(name: string): string {
  return cleanPiece(
    name
      .replace(/^\([^)]*\)\s*/, "")
      .replace(/\s*\([^)]*\d[^)]*\)?\s*$/, "")
      .replace(/\s+(?:graduated|passed|pursuing|completed|appearing|in|with)\s*$/i, ""),
  );
}

/** The school named in a piece: the words after "from"/"at" in a sentence, else the piece itself. */
function institutionIn(piece: string): string | null {
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
function institutionAfterDegree(degreePiece: string): string | null {
  const rest = degreePiece.replace(/^.*?\b(?=from|at)\b/i, "");
  const named = institutionIn(rest) ?? (rest !== degreePiece ? institutionIn(degreePiece) : null);
  if (named) return named;
  const after = /^from\s+/i.test(rest) ? AFTER_PREPOSITION.exec(rest) : null;
  return after && couldBeInstitution(tidyInstitution(after[1])) ? tidyInstitution(after[1]) : null;
}

/** An examining board ("CBSE", "U.P. Board", "State Board of Technical Education") rather than a school. */
export function isExaminingBoard(name: string): boolean {
  return /\b(?:board|council)\b|^(?:cbse|icse|isc|rbse|bseb|pseb|wbbse|wbchse|ncvt|scvt)\b/i.test(name);
}

const STATUS_WORD =
  /^(?:passed|pursuing|completed|appearing|graduated|distinction|first|second|division|class)$/i;

/** A row's other cell may name a school without a school word ("Jetking", "NIBM"), but not a place or a skill. */
function couldBeInstitution(piece: string): boolean {
  return (
    !GRADE.test(piece) &&
    !/^\(?\s*\)?$|%|\d|[.:]$/.test(piece) &&
    /^\p{Lu}/u.test(piece) &&
    piece.split(/\s+/).length <= 8 &&
    !STATUS_WORD.test(piece) &&
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
  /\(?\s*\b(?:affiliated|affiliation|approved|recogni[sz]ed)\b(?:\s+(?:to|by|with|under))?[^)\t;]*\)?/giu;

function withoutAffiliation(line: string): string {
  return line.replace(AFFILIATION, " ");
}

interface Block {
  lines: string[];
}

/** Groups lines into one block per school entry: a new block starts at a degree or institution line after a date. */
function blocksOf(lines: TextLine[], asOf: Month): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let hasDate = false;
  let hasDegree = false;
  let hasInstitution = false;
  let hasRow = false;
  for (const { text } of lines) {
    // Bulleted education lists ("• MSc ..., University (2018)") carry one entry per bullet.
    const bulleted = isBullet(text);
    const line = text.replace(/^\s*(?:[•●▪■◦○·*‣⁃–—-])\s*/, "").trim();
    if (line === "") continue;
    const dated = findDateRanges(line, asOf).length > 0 || findSingleDates(line).length > 0;
    const degree = degreeLevelOf(line) !== null;
    const institution = INSTITUTION_WORDS.test(withoutAffiliation(line));
    // a table's rows ("B.Tech | X College | 2015 | 72%") are one entry each
    const row = line.split("\t").length >= 3;
    const startsNew =
      !current ||
      (row && hasRow) ||
      (degree && hasDegree) ||
      (institution && hasInstitution && !degree) ||
      (dated && hasDate && !degree && !institution && line.length < 40) ||
      (bulleted && (degree || institution));
    if (startsNew) {
      current = { lines: [] };
      blocks.push(current);
      hasDate = hasDegree = hasInstitution = hasRow = false;
    }
    current?.lines.push(line);
    hasDate ||= dated;
    hasRow ||= row;
    hasDegree ||= degree;
    hasInstitution ||= institution;
  }
  return blocks;
}

/**
 * A long school name wraps in a narrow column ("Pontifícia Universidade Católica do Rio / Grande do Sul · 2017"):
 * a school line followed by a capitalised fragment that is no degree, school, place or date continues it.
 */
function joinWrappedSchoolNames(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    const fragment = line.split(/\t|\s[|·•–—-]\s|,\s/)[0].trim();
    const continues =
      previous !== undefined &&
      INSTITUTION_WORDS.test(previous) &&
      degreeLevelOf(previous) === null &&
      !/[|·•–—,;:.)]\s*$/.test(previous) &&
      /^\p{Lu}/u.test(fragment) &&
      fragment.split(/\s+/).length <= 4 &&
      !INSTITUTION_WORDS.test(fragment) &&
      educationLevel(fragment) === null &&
      !looksLikeLocation(fragment) &&
      !/\d/.test(fragment);
    if (continues) joined[joined.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    else joined.push(line);
  }
  return joined;
}

/** "Lakshmi Ammal Polytechnic-Department of Technical Education", "Anna University-The Raja's College": two cells. */
function splitAtSchoolHyphen(piece: string): string[] {
  // only after a school's head word, so compound names stay whole (Ludwig-Maximilians-Universität, Paris-Dauphine)
  const at = /\b(?:university|college|institute|polytechnic|school|academy)-(?=\p{Lu}\p{L}{2})/iu.exec(piece);
  if (!at) return [piece];
  const cut = at.index + at[0].length - 1;
  return [piece.slice(0, cut), ...splitAtSchoolHyphen(piece.slice(cut + 1))];
}

const COLLEGE_HEAD =
  /\b(?:college|collegiate|institute|school|polytechnic|academy|vidyalaya|mahavidyalaya)\b(?!\s+of\s+(?:the\s+)?university)/i;

function entryOf(block: Block, asOf: Month): EducationEntry | null {
  const joined = block.lines.join("\n");
  const [range] = findDateRanges(joined, asOf);
  let start: Month | null = range?.start ?? null;
  let end: Month | null = range ? (range.current ? null : range.end) : null;
  if (!range) {
    const singles = findSingleDates(joined);
    if (singles.length > 0) end = toMonth(singles[singles.length - 1].date);
    if (singles.length > 1) start = toMonth(singles[0].date);
  }
  const withoutDates = joinWrappedSchoolNames(block.lines).map((line) => {
    let out = line;
    for (const found of findDateRanges(line, asOf))
      out = out.replace(line.slice(found.index, found.index + found.length), " ");
    for (const found of findSingleDates(out))
      out = out.replace(out.slice(found.index, found.index + found.length), " ");
    out = withoutAffiliation(out);
    return (
      out
        .replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, " ")
        .replace(/\(\s*[-–—,]?\s*\)/g, " ")
        // tabs separate a table's cells: only runs of spaces collapse
        .replace(/ {2,}/g, " ")
        .replace(/ *\t[ \t]*/g, "\t")
    );
  });
  const pieces = withoutDates
    // cells, " - ", ", Capital", the CV builder's "�" before a place, and "Polytechnic-Department" joins
    .flatMap((line) =>
      line.split(/\t|\s+[|·•–—]\s+|\s+-\s+|,\s+(?=\p{Lu})|\s*\ufffd\s*/u).flatMap(splitAtSchoolHyphen),
    )
    .map(cleanPiece)
    .filter((piece) => piece.length > 1 && /\p{L}/u.test(piece));
  const degreePiece =
    pieces.find((piece) => degreeLevelOf(piece) !== null && !INSTITUTION_WORDS.test(piece)) ??
    pieces.find((piece) => degreeLevelOf(piece) !== null);
  // Without a school word ("INSA Toulouse", "Audencia"), the line under or beside the degree is the school.
  // A school beats the board that examined it ("Class X | St. Mary's School | CBSE Board"); a board alone stays.
  const named = [
    ...pieces.flatMap((piece) => (piece !== degreePiece ? (institutionIn(piece) ?? []) : [])),
    ...(degreePiece ? [institutionAfterDegree(degreePiece)] : []),
    // a sentence may name the university and then its college: "from Anna University ... in X College of Engineering"
    ...(degreePiece
      ? degreePiece
          .split(/\s+(?:from|at|in)\s+|,\s*/)
          .slice(1)
          .map((segment) => institutionIn(segment))
      : []),
  ].filter((name): name is string => name !== null && name !== "" && !isGenericSchoolName(name));
  // a college named beside the university that awards its degrees is the school ("X College, Anna University")
  const institution =
    named.find((name) => !isExaminingBoard(name) && COLLEGE_HEAD.test(name)) ??
    named.find((name) => !isExaminingBoard(name)) ??
    pieces.find((piece) => piece !== degreePiece && couldBeInstitution(piece)) ??
    named[0] ??
    null;
  if (!degreePiece && !institution) return null;
  // a row with neither a degree nor a school word needs a year to be an education row ("Nationality | Indian")
  if (!degreePiece && named.length === 0 && end === null && start === null) return null;
  const level = degreePiece ? degreeLevelOf(degreePiece) : null;
  let field: string | null = null;
  if (degreePiece) {
    const match = FIELD_AFTER_DEGREE.exec(
      degreePiece.replace(
        /\b(bachelor|master|doctor)\s+of\s+(science|arts|engineering|business administration|laws)\b/i,
        "",
      ),
    );
    field = match ? cleanPiece(match[1]) : null;
    // "MSc Computer Science", "B.A. Economics": an abbreviated degree followed directly by its subject.
    const abbreviated =
      /^(?:[BM]\.?\s?(?:Sc|A|Eng|S)\.?|MBA|Ph\.?\s?D\.?|Dipl\.-?\s?\w+\.?|Diplom|Bachelor|Master|Licence|Laurea(?: magistrale| triennale)?|Grado|Máster|Mestrado|Licenciatura)\s+(?!in\b|of\b|en\b|em\b|di\b)(.+)$/iu.exec(
        degreePiece,
      );
    if (!field && abbreviated) field = cleanPiece(abbreviated[1]);
    if (!field) {
      const others = pieces.filter(
        (piece) => piece !== degreePiece && piece !== institution && !/\d/.test(piece),
      );
      const candidate = others.find((piece) => piece.split(/\s+/).length <= 5 && !GRADE.test(piece));
      field = candidate ?? null;
    }
  }
  const gradeMatch = GRADE.exec(joined);
  const grade = gradeMatch ? cleanPiece(gradeMatch[1] ?? gradeMatch[2] ?? "") || null : null;
  const degree = degreePiece ? cleanPiece(degreePiece.replace(GRADE, "")) : null;
  const confidence = 0.3 + (degree ? 0.3 : 0) + (institution ? 0.25 : 0) + (end || start ? 0.15 : 0);
  return { degree, level, field, institution, start, end, grade, confidence: Number(confidence.toFixed(2)) };
}

const OPEN_END = /(?:\b(?:in|at|from|of|and|the|with|for|to|under)|[&,-])\s*$/i;
const HEAD_START = /^(?:university|college|institute|school|academy|polytechnic)\b/i;

/**
 * A sentence wrapped in a narrow column goes on on the next line: "... from Rajasthan Technical" / "University
 * Kota", "... Anna University, during" / "the period 2007-2011 ...". Such lines are put back together.
 */
function joinWrappedSentences(lines: TextLine[]): TextLine[] {
  const joined: TextLine[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    const text = line.text.trim();
    const before = previous?.text.trim() ?? "";
    // "Diploma in\t2013\tD.E.I. Technical College" / "electronics Engg.": a row's first cell wrapped
    const firstCell = before.split("\t")[0];
    if (
      previous !== undefined &&
      before.includes("\t") &&
      !text.includes("\t") &&
      /^\p{Ll}/u.test(text) &&
      OPEN_END.test(firstCell)
    ) {
      joined[joined.length - 1] = {
        ...previous,
        text: `${firstCell} ${text}${before.slice(firstCell.length)}`,
      };
      continue;
    }
    const continues =
      previous !== undefined &&
      before.length >= 30 &&
      text !== "" &&
      !before.includes("\t") &&
      !text.includes("\t") &&
      !isBullet(line.text) &&
      !/[.;:!?)]$/.test(before) &&
      (/^\p{Ll}/u.test(text) || HEAD_START.test(text) || OPEN_END.test(before));
    // "Engi-" / "neering": a word broken at the line's end is mended
    const mended = /\p{L}-$/u.test(before) && /^\p{Ll}/u.test(text) ? `${before.slice(0, -1)}${text}` : null;
    if (continues) joined[joined.length - 1] = { ...previous, text: mended ?? `${before} ${text}` };
    else joined.push(line);
  }
  return joined;
}

export function extractEducation(lines: TextLine[], asOf: Month): EducationEntry[] {
  const rows = joinWrappedSentences(
    lines.map((line) => (isEducationColumnRow(line.text) ? { ...line, text: "" } : line)),
  );
  return withoutRepeats(
    blocksOf(rows, asOf)
      .map((block) => entryOf(block, asOf))
      .filter((entry): entry is EducationEntry => entry !== null),
  );
}

// "B.Sc. 1 Year", "B.E. 3rd Sem": one row per year or semester of the same degree
const YEAR_OF_COURSE =
  /\b(?:\d{1,2}(?:st|nd|rd|th)?|i{1,3}|iv|vi{0,3}|first|second|third|fourth|final)\s*(?:year|yr|sem(?:ester)?)\b/gi;

/** One entry per degree: a section repeated by the layout, or a row per year of one degree, is read once. */
function withoutRepeats(entries: EducationEntry[]): EducationEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    if (entry.level === null) return true;
    const degree = (entry.degree ?? "")
      .replace(YEAR_OF_COURSE, " ")
      .replace(/[^\p{L}\d]+/gu, " ")
      .trim();
    const key = `${entry.level}|${degree.toLowerCase()}|${(entry.institution ?? "").toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// "Academics: - B.Tech. in X from Y", "Qualification : M.Sc., M.Phil." outside an education section
const EDUCATION_LABEL =
  /^\s*(?:[•●▪■◦○·*‣⁃–—-]\s*)?(?:academics?|academic qualifications?|educational qualifications?|education|qualifications?|highest qualification)\s*[:：]\s*[-–]?\s*(.+)$/i;

/** Lines elsewhere that state an education after a label: their value, as education lines. */
export function labelledEducationLines(lines: TextLine[]): TextLine[] {
  return lines.flatMap((line) => {
    const value = EDUCATION_LABEL.exec(line.text)?.[1];
    return value && degreeLevelOf(value) !== null ? [{ text: value, start: line.start }] : [];
  });
}

/**
 * A "job" whose title is a degree at a school ("Ph.D" at "Indian Institute of Technology") is an education row
 * that a layout put among the jobs: it is read as education and never adds to years of experience.
 */
export function educationFromJob(entry: ExperienceEntry): EducationEntry | null {
  const title = entry.title?.trim() ?? "";
  const level = title.split(/\s+/).length <= 5 ? degreeLevelOf(title) : null;
  if (
    level === null ||
    level === "other" ||
    (entry.company !== null && !INSTITUTION_WORDS.test(entry.company))
  )
    return null;
  return {
    degree: title,
    level,
    field: null,
    institution: entry.company,
    start: entry.start,
    end: entry.end,
    grade: null,
    confidence: 0.5,
  };
}
