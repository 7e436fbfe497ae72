// Education entries: degree, level, field, institution, dates and grade, from the education section's lines.

import { namesAnHonour } from "./certificationItems.ts";
import { findDateRanges, findSingleDates, toMonth } from "./dates.ts";
import { INSTITUTION_WORDS } from "./degrees.ts";
import { namesStudyFrom, trainingAt } from "./educationCourses.ts";
import { fieldOf } from "./educationFields.ts";
import {
  COLLEGE_HEAD,
  capitalsBesideDegree,
  cleanPiece,
  columnWordsOnly,
  couldBeInstitution,
  GRADE,
  institutionAfterDegree,
  institutionIn,
  isEducationColumnRow,
  isExaminingBoard,
  isPersonalField,
  PERSONAL_LABEL,
  plausibleSchoolCell,
  SOCIETY,
  schoolAfterBoard,
  schoolOfRow,
  splitAtSchoolHyphen,
  splitSchoolBeforeDegree,
  tidyInstitution,
  withoutAffiliation,
} from "./educationInstitutions.ts";
import {
  degreeKeyed,
  degreeName,
  joinCentredSchoolCells,
  joinCutSchoolCells,
  joinWrappedSchoolHeads,
  joinWrappedSchoolNames,
  joinWrappedSentences,
  SCHOOL_KEY,
  splitSharedSchool,
  withoutWrappedLabels,
  withTabbedKeys,
} from "./educationLines.ts";
import {
  courseBesidePlaceholder,
  type DatedSchool,
  hasPlacePlaceholder,
  isSubjectNamed,
  partedAtPlace,
  partedAtSingleDates,
  schoolAsSubject,
  schoolBeforePlace,
  withoutPlaceholder,
  withoutSubject,
  withRestatedSubject,
} from "./educationPlaceholders.ts";
import { withoutRepeats, withoutRestatements } from "./educationRestated.ts";
import { type EducationLine, withColumnRoles } from "./educationTables.ts";
import { isBullet } from "./experienceHeaders.ts";
import { looksLikeLocation, US_STATE_CODES } from "./places.ts";
import { degreeLevelOf, isGenericSchoolName, schoolYearAtStart } from "./schoolNames.ts";
import type { TextLine } from "./sections.ts";
import type { EducationEntry, Month } from "./types.ts";
import { isWorkSentence } from "./workSentence.ts";

// cells, " - ", ", Capital", the CV builder's "�" before a place (and "Polytechnic-Department" joins, split apart)
const PIECE_BREAK = /\t|\s+[|·•–—]\s+|\s+-\s+|,\s+(?=\p{Lu})|\s*\ufffd\s*/u;
const piecesOfLine = (line: string) =>
  line.split(PIECE_BREAK).flatMap(degreeKeyed).flatMap(splitAtSchoolHyphen).flatMap(splitSchoolBeforeDegree);

interface Block {
  lines: string[];
  /** a marks table's cells under its "School/College" and "Board/University" labels */
  schoolCell?: string;
  boardCell?: string;
  /** the school whose line opened the block before, for a degree row under it that names no school */
  heldSchool?: string;
}

const STUDY_DETAIL =
  /^(?:(?!(?:in|of)\b)[\p{L}.'’]+\s+){0,2}(?:thesis|dissertation|project|paper)(?:[:/]|\s*$|\s+(?:on|title|work|report|presented|entitled)\b)/iu;

/** Groups lines into one block per school entry: a new block starts at a degree or institution line after a date. */
function blocksOf(lines: EducationLine[], asOf: Month): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let hasDate = false;
  let hasDegree = false;
  let hasInstitution = false;
  let hasRow = false;
  let hasPlacedRow = false;
  let collegeSeen = false;
  let universitySeen = false;
  // a school's own line with no degree, opening its block: "Orchard University<TAB>Medford, MA"
  let schoolHead: string | undefined;
  for (const { text, schoolCell, boardCell } of lines) {
    // Bulleted education lists ("• MSc ..., University (2018)") carry one entry per bullet.
    const bulleted = isBullet(text);
    const line = text.replace(/^\s*(?:[•●▪■◦○·*‣⁃–—-])\s*/, "").trim();
    if (line === "") continue;
    const dated = findDateRanges(line, asOf).length > 0 || findSingleDates(line).length > 0;
    // "Institute : Government Polytechnic": a school's key says the line names the school, not a diploma
    const degree = degreeLevelOf(line) !== null && !SCHOOL_KEY.test(line);
    // "Secondary School SSLC" names a qualification, not a school: the board on the next line is its own
    const institution =
      INSTITUTION_WORDS.test(withoutAffiliation(line)) && !(degree && isGenericSchoolName(line));
    const studyFrom = namesStudyFrom(line);
    // "X College, Kottayam" / "M G University": before any year, the university under a college is its own
    // and a college under the university that a table's board column named first ("B.E | Anna University" over
    // "Thirumalai Engineering College | 2014") is the same row's (a school's name alone, no "X from Y")
    const affiliating =
      institution &&
      !(degree || hasDate || studyFrom) &&
      (collegeSeen ? !COLLEGE_HEAD.test(line) : universitySeen && COLLEGE_HEAD.test(line));
    // a table's rows ("B.Tech | X College | 2015 | 72%") are one entry each
    const row = line.split("\t").length >= 3;
    // a CV builder's rows each end at the school's "City , State" placeholder
    const placedRow = hasPlacePlaceholder(line);
    const startsNew =
      !current ||
      (row && hasRow) ||
      (placedRow && hasPlacedRow) ||
      (degree && hasDegree) ||
      (institution && hasInstitution && !degree && !affiliating) ||
      (dated && hasDate && !degree && !institution && line.length < 40) ||
      // (and a list whose marks a PDF lost: "X from Y" under "Z from W")
      ((bulleted || (studyFrom && !!current?.lines.some(namesStudyFrom))) &&
        (degree || institution || trainingAt(line) !== null));
    if (startsNew) {
      // "Orchard University" / "1995 - 1997<TAB>MS ..." / "1990 - 1994<TAB>BS ...": a further dated degree row that
      // names no school is of the school over the rows
      const held = schoolHead !== undefined && degree && dated && !institution && hasDegree && !bulleted;
      current = held ? { lines: [], heldSchool: schoolHead } : { lines: [] };
      // (not a keyed field: "College :- X" over "Course :- B.Tech" is a record of its own)
      if (!held) schoolHead = institution && !degree && !dated && !line.includes(":") ? line : undefined;
      blocks.push(current);
      hasDate = hasDegree = hasInstitution = hasRow = hasPlacedRow = collegeSeen = universitySeen = false;
      // (a block under a held school has its school: another school's line opens a block of its own)
      hasInstitution = held;
    }
    current?.lines.push(line);
    if (current && current.schoolCell === undefined && current.boardCell === undefined)
      Object.assign(current, { schoolCell, boardCell });
    hasDate ||= dated;
    hasRow ||= row;
    hasPlacedRow ||= placedRow;
    hasDegree ||= degree;
    hasInstitution ||= institution;
    collegeSeen ||= institution && COLLEGE_HEAD.test(line);
    universitySeen ||= institution && !COLLEGE_HEAD.test(line);
  }
  return blocks;
}

const DURATION_ONLY = /^\d{1,2}\s*(?:years?|yrs?|months?)\.?$/i;

// a school whose degrees may be of any level: without a degree word its level is unknown
const DEGREE_SCHOOL =
  /\b(?:universi\p{L}*|univ\.|college|collegiate|school|vidyalaya|mahavidyalaya|vidyapee?th|polytechnic|h\.?s\.?s)\b/iu;
/**
 * "AUTO-CAD from CADD Centre", "Training Provider (X UK) / Health and Safety at Work": without a degree word, a
 * course named beside a training body (no university, college or school) is a certificate course; its name.
 */
function courseAt(pieces: string[], institution: string): string | null {
  if (pieces.some((piece) => DEGREE_SCHOOL.test(piece))) return null;
  for (const piece of pieces) {
    const before = piece.includes(institution)
      ? /^(.+?)\s+(?:from|at|by)\s+/i.exec(piece.slice(0, piece.indexOf(institution) + 1))?.[1]
      : piece;
    const name = before ? cleanPiece(before) : "";
    if (
      /\p{L}{3}/u.test(name) &&
      !/\d{2}|%|^\(/.test(name) &&
      !PERSONAL_LABEL.test(name) &&
      !INSTITUTION_WORDS.test(name) &&
      !columnWordsOnly(name) &&
      !GRADE.test(name) &&
      !looksLikeLocation(name) &&
      !institution.includes(name) &&
      name.split(/\s+/).length <= 10
    )
      return name;
  }
  return null;
}

// "Berkner High School", "St. Xavier's Matric Hr. Sec. School", "Kendriya Vidyalaya": schools that teach no degree
const SECONDARY_SCHOOL =
  /\b(?:(?:high|secondary|hr\.?\s?sec\.?|sr\.?\s?sec\.?|matric(?:ulation)?|charter)\s*school|h\.?s\.?s|vidyalaya)\b/i;

function entryOf(block: Block, asOf: Month): EducationEntry | null {
  const joined = block.lines.join("\n");
  const [range] = findDateRanges(joined, asOf);
  let start: Month | null = range?.start ?? null;
  let end: Month | null = range ? (range.current ? null : range.end) : null;
  if (!range) {
    // the year on the qualification's own line ("B.A, Journalism 1992 X University"), not one wrapped under it
    const own = findSingleDates(block.lines[0] ?? "");
    const singles = own.length > 0 ? own : findSingleDates(joined);
    if (singles.length > 0) end = toMonth(singles[singles.length - 1].date);
    if (singles.length > 1) start = toMonth(singles[0].date);
  }
  const datedSchools: DatedSchool[] = [];
  const withoutDates = joinWrappedSchoolNames(block.lines).map((line) => {
    let out = line;
    for (const found of findDateRanges(line, asOf))
      out = out.replace(line.slice(found.index, found.index + found.length), " ");
    out = partedAtSingleDates(out, datedSchools);
    out = withoutAffiliation(out);
    out = partedAtPlace(out);
    return (
      out
        .replace(/\b(19[5-9]\d|20[0-4]\d)\b/g, " ")
        .replace(/\(\s*[-–—,]?\s*\)/g, " ")
        // "Cambridge, MA", "Jackson, MS": a US state after its town is a place, no master's
        .replace(/(?<=\p{Ll}),\s*([A-Z]{2})(?=\s*(?:\t|$|\d{5}))/gu, (found, code: string) =>
          US_STATE_CODES.has(code) ? " ".repeat(found.length) : found,
        )
        // tabs separate a table's cells: only runs of spaces collapse
        .replace(/ {2,}/g, " ")
        .replace(/ *\t[ \t]*/g, "\t")
    );
  });
  const pieces = withRestatedSubject(
    withoutDates
      .flatMap(piecesOfLine)
      .map(cleanPiece)
      .filter((piece) => piece.length > 1 && /\p{L}/u.test(piece)),
  );
  const degreePiece =
    pieces.find((piece) => degreeLevelOf(piece) !== null && !INSTITUTION_WORDS.test(piece)) ??
    pieces.find((piece) => degreeLevelOf(piece) !== null);
  // Without a school word ("INSA Toulouse", "Audencia"), the line under or beside the degree is the school.
  // A school beats the board that examined it ("Class X | St. Mary's School | CBSE Board"); a board alone stays.
  const afterDegree = degreePiece ? institutionAfterDegree(degreePiece) : null;
  // "Course from Jetking." over "(Hardware & Networking Institute.)": an aside in brackets names no other school
  const aside = (piece: string) => afterDegree !== null && piece.startsWith("(");
  const namedAll = [
    ...pieces.flatMap((piece) =>
      piece !== degreePiece && !aside(piece) ? (institutionIn(piece) ?? []) : [],
    ),
    // "B.E IN MECHANICAL ENGINEERING (NAGPUR UNIVERSITY-NAGPUR-INDIA)": a school in brackets after the degree (the
    // piece may end inside the bracket, cut at the hyphen or comma before its place)
    // (not after a school named by "from" or "at", whose university it names, nor a degree's or board's own name
    // spelt out: "ISC (Indian School Certificate)")
    ...(degreePiece
      ? [...degreePiece.matchAll(/\(([^()]{3,80})(?:\)|$)/g)]
          .filter(
            (m) => !/\b(?:from|at)\b/i.test(degreePiece.slice(0, m.index)) && degreeLevelOf(m[1]) === null,
          )
          .map((m) => institutionIn(m[1]))
      : []),
    afterDegree,
    degreePiece ? schoolAsSubject(degreePiece) : null,
    ...block.lines.flatMap((line) => schoolAfterBoard(line) ?? []),
    // a sentence may name the university and then its college: "from Anna University ... in X College of Engineering"
    ...(degreePiece
      ? degreePiece
          .split(/\s+(?:from|at|in)\s+|,\s*/)
          .slice(1)
          .map((segment) => institutionIn(segment))
      : []),
  ]
    .filter((name) => !name || !isSubjectNamed(name, datedSchools, degreePiece, joined))
    .map((name) => datedSchools.find((d) => name?.startsWith(d.school))?.school ?? name)
    .filter(
      (name): name is string =>
        // "ITI Diploma 1 Year": what is left of a course's own words after its level is a duration, no school
        name !== null && name !== "" && !isGenericSchoolName(name) && !DURATION_ONLY.test(name),
    );
  // "High School Diploma : Psychology , 1990 Orchard University": a degree read whole as its school gives way to
  // a school the row names apart from it
  const apart = namedAll.filter((name) => name !== degreePiece);
  const named = apart.length > 0 ? apart : namedAll;
  // a college named beside the university that awards its degrees is the school ("X College, Anna University")
  // "Euro Safety Consultants, Pammal, Chennai": the school before its place
  const tableSchool = block.schoolCell ? tidyInstitution(block.schoolCell.split(/,\s/)[0]) : "";
  // a "Board/University" cell that names a school ("Govt. Girls H.S. School") is the school's, not a board's
  const board = block.boardCell && !COLLEGE_HEAD.test(block.boardCell) ? block.boardCell : null;
  const underBoard = (name: string) => board?.includes(name) === true;
  // a CV builder's row with no degree word names its course beside the "City , State" placeholder
  const placed = degreePiece
    ? null
    : (block.lines.map(courseBesidePlaceholder).find((found) => found) ?? null);
  // "Certification 2011 H&R Block , City , State": the builder's row names its school before the place
  const besidePlace = degreePiece
    ? (block.lines.map(schoolBeforePlace).find((found) => found) ?? null)
    : null;
  // "Internal Auditor Training on ISO 14001 from VEXIL.": a training followed at a body without a school word
  const trained = degreePiece || named.length > 0 ? null : trainingAt(joined.replace(/\n/g, " "));
  const heldSchool = block.heldSchool ? institutionIn(piecesOfLine(block.heldSchool)[0] ?? "") : null;
  const found =
    placed?.institution ??
    (plausibleSchoolCell(tableSchool) ? tableSchool : null) ??
    (named.length === 0 ? heldSchool : null) ??
    named.find((name) => !isExaminingBoard(name) && !underBoard(name) && COLLEGE_HEAD.test(name)) ??
    named.find((name) => !isExaminingBoard(name) && !underBoard(name)) ??
    besidePlace ??
    trained?.body ??
    (degreePiece ? capitalsBesideDegree(degreePiece) : null) ??
    // "Class X | CBSE Board | S.V.M. Rambag | 2008": in a table's row the cell beside the board is the school
    (block.lines.some((line) => line.includes("\t"))
      ? pieces.find((piece) => piece !== degreePiece && !isExaminingBoard(piece) && couldBeInstitution(piece))
      : undefined) ??
    pieces.find((piece) => piece !== degreePiece && !underBoard(piece) && couldBeInstitution(piece)) ??
    named.find((name) => !isExaminingBoard(name) && COLLEGE_HEAD.test(name)) ??
    named.find((name) => !isExaminingBoard(name)) ??
    pieces.find((piece) => piece !== degreePiece && couldBeInstitution(piece)) ??
    named[0] ??
    null;
  // a degree read whole as its school ("ITI 10+2 – in 2006") or a skill's words ("Marketing Strategy") name no school
  const institution = withoutSubject(
    withoutPlaceholder(schoolOfRow(found, degreePiece), block.lines),
    degreePiece,
  );
  if (!degreePiece && !institution) return null;
  // "Phi Alpha Theta", "American Counselors Association": a society or honour listed among the schools
  const schoolLine = institution ? block.lines.find((line) => line.includes(institution)) : undefined;
  if (!degreePiece && !placed && SOCIETY.test(schoolLine ?? joined)) return null;
  // "10\tS. I. College\t57.50": a school year by its number alone is a cell without letters, read from the row
  const schoolYear = degreePiece ? null : (block.lines.map(schoolYearAtStart).find((year) => year) ?? null);
  // a row with neither a degree nor a school word needs a year, of its date or its class ("10 | NIOS"), to be
  // an education row ("Nationality | Indian")
  if (
    !degreePiece &&
    !placed &&
    !schoolYear &&
    !trained &&
    named.length === 0 &&
    end === null &&
    start === null
  )
    return null;
  const course =
    degreePiece || schoolYear || !institution
      ? null
      : (placed?.degree ?? (trained?.body === institution ? trained.course : courseAt(pieces, institution)));
  const namedLevel = degreePiece
    ? degreeLevelOf(degreePiece)
    : schoolYear
      ? "secondary"
      : course
        ? (degreeLevelOf(course) ?? "other")
        : null;
  // a high school's own diploma, or a secondary school named with no degree, is a school-leaving qualification
  const level =
    institution &&
    SECONDARY_SCHOOL.test(institution) &&
    (namedLevel === null || (namedLevel === "other" && degreePiece?.includes(institution) === true))
      ? "secondary"
      : // "Diploma | Murugappa Polytechnic College": a diploma from a polytechnic is the polytechnic's own
        namedLevel === "other" && /\bpoly/i.test(institution ?? "") && /^\W*diplom/i.test(degreePiece ?? "")
        ? "associate"
        : namedLevel;
  const field = degreePiece ? fieldOf(degreePiece, pieces, institution) : null;
  const gradeMatch = GRADE.exec(joined);
  const grade = gradeMatch ? cleanPiece(gradeMatch[1] ?? gradeMatch[2] ?? "") || null : null;
  const degree = withoutPlaceholder(
    degreePiece ? degreeName(degreePiece, institution) : (schoolYear ?? course),
    block.lines,
  );
  const confidence = 0.3 + (degree ? 0.3 : 0) + (institution ? 0.25 : 0) + (end || start ? 0.15 : 0);
  return { degree, level, field, institution, start, end, grade, confidence: Number(confidence.toFixed(2)) };
}

export function extractEducation(lines: TextLine[], asOf: Month): EducationEntry[] {
  const rows = splitSharedSchool(
    joinCutSchoolCells(
      joinWrappedSchoolHeads(
        joinWrappedSentences(
          withColumnRoles(joinCentredSchoolCells(withoutWrappedLabels(withTabbedKeys(lines)))).map((line) =>
            // (a job stated after the degrees is no school of theirs; a study's thesis or project, "Graduation
            // thesis: ...", "DIPLOMA PROJECT", is no degree)
            isEducationColumnRow(line.text) ||
            isWorkSentence(line.text) ||
            isPersonalField(line.text) ||
            STUDY_DETAIL.test(line.text.replace(/^\s*[•●▪■◦○·*‣⁃–—-]?\s*/u, ""))
              ? { ...line, text: "" }
              : line,
          ),
        ),
      ),
    ),
  );
  return withoutRestatements(
    withoutRepeats(
      blocksOf(rows, asOf)
        .map((block) => entryOf(block, asOf))
        // "Certificate of Appreciation awarded by X": an honour, not a course followed
        .filter(
          (entry): entry is EducationEntry =>
            entry !== null && !(entry.level === "other" && namesAnHonour(entry.degree ?? "")),
        ),
    ),
  );
}
