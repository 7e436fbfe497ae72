// Education lines put back together where a layout broke them: a school name wrapped in a narrow column, a
// sentence or a table cell continued on the next line; and a degree named without its key or sentence.
import { educationLevel, INSTITUTION_WORDS } from "./degrees.ts";
import { cleanPiece, columnWordsOnly, GRADE, isEducationColumnRow } from "./educationInstitutions.ts";
import { isBullet } from "./experienceHeaders.ts";
import { looksLikeLocation } from "./places.ts";
import { degreeLevelOf } from "./schoolNames.ts";
import type { TextLine } from "./sections.ts";

/**
 * A long school name wraps in a narrow column ("Pontifícia Universidade Católica do Rio / Grande do Sul · 2017"):
 * a school line followed by a capitalised fragment that is no degree, school, place or date continues it.
 */
export function joinWrappedSchoolNames(lines: string[]): string[] {
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
      // "National Council for" under a school is the examining body's column, not the name's end
      !/\b(?:council|board)\b/i.test(fragment) &&
      educationLevel(fragment) === null &&
      !looksLikeLocation(fragment) &&
      !/\d/.test(fragment);
    if (continues) joined[joined.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    else joined.push(line);
  }
  return joined;
}

const OPEN_END = /(?:\b(?:in|at|from|of|and|the|with|for|to|under)|[&,-])\s*$/i;
// "from TECHNICAL", "from Board of Secondary Education Uttar": capitalised words (with "of", "and", "for" between
// them) up to the line's end
const OPEN_SCHOOL =
  /\bfrom(?:\s+\p{Lu}[\p{L}.&]*){1,3}$|\bfrom\s+\p{Lu}[\p{L}.&]*(?:\s+(?:of|and|for|&|\p{Lu}[\p{L}.&]*)){1,5}$/u;
const HEAD_START = /^(?:university|college|institute|school|academy|polytechnic)\b/i;
// "... in St. Marks Matric Higher" / "Secondary School, Vellore ...": a name cut inside its kind words
const KIND_END =
  /\b(?:higher|senior|sr\.|hr\.|sec\.|secondary|matric(?:ulation)?|inter|junior|public|model|engineering)$/i;
const KIND_HEAD_START =
  /^(?:(?:higher|senior|sr\.?|hr\.?|sec\.?|secondary|matric(?:ulation)?|high|public|engineering|arts|science|&|and)\s+)+(?:school|college|institute|polytechnic|academy|vidyalaya)\b/i;

/**
 * A sentence wrapped in a narrow column goes on on the next line: "... from Rajasthan Technical" / "University
 * Kota", "... Anna University, during" / "the period 2007-2011 ...". Such lines are put back together.
 */
/** a line that opens with a short key and its colon ("Year of Passing :") */
const FIELD_KEY = /^\p{L}[\p{L} .'/&-]{0,28}[:：]/u;
// "Institute - Acme College" under "Qualification - Diploma in Mechanical Engg.": keys set off by a dash, line
// after line (a block of such fields, not a name wrapped before its place)
const DASH_FIELD = /^\p{L}[\p{L}.'/&]*(?: [\p{L}.'/&]+){0,3} {1,40}[-–—] {1,40}\S/u;

// a line that states a degree and a year is an entry of its own ("University of X | B.Sc. Y | 2013 – 2017" under
// "Z University | M.Sc. W | 2017 – 2020"), never the rest of the one above
const YEAR = /\b(?:19|20)\d{2}\b/;
const wholeEntry = (text: string) => YEAR.test(text) && degreeLevelOf(text) !== null;

export function joinWrappedSentences<L extends TextLine>(lines: L[]): L[] {
  const joined: L[] = [];
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
      !(wholeEntry(text) && wholeEntry(before) && HEAD_START.test(text) && !OPEN_END.test(before)) &&
      // "Institute : X" under "Degree : Diploma in Electrical Engineering" is a field of its own
      !FIELD_KEY.test(text) &&
      !(DASH_FIELD.test(text) && DASH_FIELD.test(before)) &&
      // (a dot that ends an abbreviated word does not end the sentence when "of", "and" or a school's head word
      // goes on below it: "... from FUTURE INSST." / "OF ENGG. AND TECH. , BAREILLY.", "... from M.S." / "University")
      (!/[.;:!?)]$/.test(before) ||
        (/\b\p{L}{1,6}\.$/u.test(before) && (/^(?:of|and|&)\s/i.test(text) || HEAD_START.test(text)))) &&
      (/^\p{Ll}/u.test(text) ||
        /^(?:of|and|&)\s/i.test(text) ||
        HEAD_START.test(text) ||
        (KIND_END.test(before) && KIND_HEAD_START.test(text)) ||
        OPEN_END.test(before) ||
        // "Diploma ... from TECHNICAL" / "BOARD OF KARNATAKA": a school's name cut after its first words
        (OPEN_SCHOOL.test(before) && /^\p{Lu}/u.test(text) && degreeLevelOf(text) === null));
    // "Engi-" / "neering": a word broken at the line's end is mended
    const mended = /\p{L}-$/u.test(before) && /^\p{Ll}/u.test(text) ? `${before.slice(0, -1)}${text}` : null;
    if (continues) joined[joined.length - 1] = { ...previous, text: mended ?? `${before} ${text}` };
    else joined.push(line);
  }
  return joined;
}

// "College", "Secondary School,", "Hr. Sec. School": a school's head words alone, with the kind words before them
const HEAD_ONLY =
  /^(?:(?:higher|senior|sr\.?|hr\.?|sec\.?|secondary|matric(?:ulation)?|high|public|engineering|arts|science|&|and)\s+)*(?:school|college|institute|university|polytechnic|academy|vidyalaya)[,.]?$/i;
const HEAD_WORD = /\b(?:school|college|institute|university|polytechnic|academy|vidyalaya)\b/i;

/**
 * A table cell wrapped in a narrow column leaves a school's head words alone at the start of the next line
 * ("Thirumalai Engineering\t2014" / "College", "Govt Higher Secondary" / "School,\t2008-2009"): they end the
 * last cell of the line above that has letters only and no head word of its own.
 */
export function joinWrappedSchoolHeads<L extends TextLine>(lines: L[]): L[] {
  const out = [...lines];
  for (let i = 1; i < out.length; i++) {
    const cells = out[i].text.trim().split("\t");
    if (!HEAD_ONLY.test(cells[0].trim())) continue;
    // the line above, past one blank line
    const above = out[i - 1].text.trim() === "" && i >= 2 ? i - 2 : i - 1;
    const aboveCells = out[above].text.split("\t");
    let target = aboveCells.length - 1;
    while (target >= 0 && !/^\s*\p{L}[\p{L}.'’&\s-]*$/u.test(aboveCells[target])) target--;
    if (target < 0) continue;
    const cell = aboveCells[target].trim();
    const words = cell.split(/\s+/);
    // "High school" or "Secondary School" alone name a level: only a name cut inside its kind words takes them
    const head = cells[0].trim();
    const cutInKind = /\b(?:higher|hr\.?|sr\.?|senior|sec\.?|matric(?:ulation)?)$/i.test(cell);
    if (
      words.length < 2 ||
      HEAD_WORD.test(cell) ||
      !/^\p{Lu}/u.test(words[words.length - 1]) ||
      /[,;:.]$/.test(cell) ||
      (educationLevel(head) !== null && !cutInKind)
    )
      continue;
    aboveCells[target] = aboveCells[target].replace(/\s*$/, ` ${head}`);
    out[above] = { ...out[above], text: aboveCells.join("\t") };
    out[i] = { ...out[i], text: cells.slice(1).join("\t") };
  }
  return out;
}

// the start of a school's name set alone on a line: a few capitalised words with no head word, degree or figure
const NAME_START = /^\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3}$/u;
// and its end: a few words that end with a school's head word ("DEGREE COLLEGE", "HIGH SCHOOL")
const NAME_END =
  /^(?:[\p{L}.'’&-]+\s+){0,3}(?:school|college|institute|university|polytechnic|academy|vidyalaya)[,.]?$/iu;

/** "DEGREE/\tBOARD/COLLEGE\tYEAR" over "CERTIFICATE": a label row's first cell cut after its slash goes on below */
export function withoutWrappedLabels<L extends TextLine>(lines: L[]): L[] {
  return lines.map((line, i) =>
    i > 0 &&
    /^\s*\p{L}+\/\s*\t/u.test(lines[i - 1].text) &&
    isEducationColumnRow(lines[i - 1].text) &&
    /^\s*\p{L}+\s*$/u.test(line.text) &&
    columnWordsOnly(line.text) !== null
      ? { ...line, text: "" }
      : line,
  );
}

/**
 * A table row set in the middle of a school cell that wrapped around it ("ANWAR-ULOOM" / "B.com\t2013" /
 * "DEGREE COLLEGE"): the two halves of the name join as a cell of that row, after its first.
 */
export function joinCentredSchoolCells<L extends TextLine>(lines: L[]): L[] {
  const out = [...lines];
  for (let i = 0; i + 2 < out.length; i++) {
    const [top, row, bottom] = [out[i].text.trim(), out[i + 1].text, out[i + 2].text.trim()];
    const cells = row.split("\t");
    if (
      !NAME_START.test(top) ||
      HEAD_WORD.test(top) ||
      educationLevel(top) !== null ||
      !NAME_END.test(bottom) ||
      cells.length < 2 ||
      educationLevel(cells[0]) === null ||
      // (the row has no name of its own: "SSLC\tAsan Memorial Senior\t2005" under "Chennai" is another wrap)
      cells.slice(1).some((cell) => /\p{L}/u.test(cell)) ||
      !/\b(?:19|20)\d{2}\b/.test(row)
    )
      continue;
    cells.splice(1, 0, `${top} ${bottom}`);
    out[i] = { ...out[i], text: "" };
    out[i + 1] = { ...out[i + 1], text: cells.join("\t") };
    out[i + 2] = { ...out[i + 2], text: "" };
    i += 2;
  }
  return out;
}

/**
 * "10th class (2007) and 12th class (2009) passed from X School", "SSC and HSC from X": two qualifications that
 * share one school are read as two lines, each with the school.
 */
export function splitSharedSchool<L extends TextLine>(lines: L[]): L[] {
  return lines.flatMap((line) => {
    const from = /\s(?:passed\s+)?from\s/i.exec(line.text);
    if (!from) return [line];
    const head = line.text.slice(0, from.index);
    const parts = head.split(/\s+and\s+/i);
    if (
      parts.length !== 2 ||
      parts.some((part) => degreeLevelOf(part) === null || INSTITUTION_WORDS.test(part))
    )
      return [line];
    const tail = line.text.slice(from.index);
    return parts.map((part) => ({ ...line, text: `${part}${tail}` }));
  });
}

// a school's name cut at a connector ("Rajiv Gandhi College Of") or inside its kind words ("St. Paul's Higher")
const CUT_AT_CONNECTOR = /\s(?:of|for|and|&)$/i;
const CUT_IN_KIND = /\s(?:higher|hr\.?|sr\.?|senior|matric(?:ulation)?)$/i;

/**
 * A table's school cell cut at its line's end ("Anna University\tRajiv Gandhi College Of" ... "Chennai\tEngineering")
 * goes on in the last cell of one of the next two lines: a capitalised cell of a few words, or for a name cut
 * inside its kind words ("... St. Paul's Higher"), the head words that end it ("Secondary School").
 */
export function joinCutSchoolCells<L extends TextLine>(lines: L[]): L[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const cells = out[i].text.split("\t");
    const cell = cells[cells.length - 1].trim();
    const connector = CUT_AT_CONNECTOR.test(cell);
    // a name cut at a connector has its head word already; one cut in its kind words has a name before them
    if (connector ? !HEAD_WORD.test(cell) : !CUT_IN_KIND.test(cell) || cell.split(/\s+/).length < 3) continue;
    for (const next of [i + 1, i + 2]) {
      const nextCells = out[next]?.text.split("\t") ?? [];
      const fits = (rest: string) =>
        connector
          ? /^\p{Lu}[\p{L}.&' -]*,?$/u.test(rest) &&
            rest.split(/\s+/).length <= 4 &&
            educationLevel(rest) === null
          : HEAD_ONLY.test(rest);
      // the cell in the same column, else the line's last
      const at = [cells.length - 1, nextCells.length - 1].find((k) => fits(nextCells[k]?.trim() ?? ""));
      if (at === undefined || nextCells.length < 2) continue;
      cells[cells.length - 1] = `${cell} ${nextCells[at].trim()}`;
      out[i] = { ...out[i], text: cells.join("\t") };
      out[next] = { ...out[next], text: nextCells.filter((_, k) => k !== at).join("\t") };
      break;
    }
  }
  return out;
}

/** a line keyed as its school's ("Institute : Government Polytechnic"), whatever degree word the name holds */
export const SCHOOL_KEY =
  /^(?:name\s+of\s+(?:the\s+)?)?(?:institute|institution|college|school|university|board|board\s*\/\s*university)\s*[:：]/i;

/**
 * The degree as a reader names it: without its key ("Degree : BCA"), and out of a sentence ("Completed MBA
 * (Finance) from X College in 2018 with 63% marks" is "MBA (Finance)"); the school and year are read apart.
 */
/** "B.E. Electrical Engineering in Kingston Engineering College": the degree without the school its sentence names */
/** Where the school starts in a degree's text: its whole name, or its opening words that end the text. */
function schoolAt(degree: string, institution: string): number {
  const at = degree.indexOf(institution);
  if (at >= 0) return at;
  // "BACHELOR OF SCIENCE Elmwood University" beside "Elmwood University at New Orleans"
  const words = institution.split(/\s+/);
  for (let n = words.length - 1; n >= 2; n--) {
    const head = words.slice(0, n).join(" ");
    if (degree.endsWith(` ${head}`) && INSTITUTION_WORDS.test(head)) return degree.length - head.length;
  }
  return -1;
}

function withoutSchool(degree: string, institution: string | null): string {
  const at = institution ? schoolAt(degree, institution) : -1;
  if (at <= 0) return degree;
  const before = degree.slice(0, at).replace(/(?:\s+(?:in|at|from|of)\s*|[\s,(–—-]+)$/i, "");
  return before !== "" && degreeLevelOf(before) !== null ? cleanPiece(before) : degree;
}

export function degreeName(piece: string, institution: string | null = null): string {
  let name = piece
    .replace(DEGREE_KEY, "")
    .replace(SENTENCE_VERB, "")
    // the school after "from" or "at", the marks after "with" ("with History Honors" is the degree's)
    .split(
      /\s+(?:from|at)\.?\s+|\s+with\s+(?=[^\s]*\d|[A-D][+-]?(?:\s|$)|(?:first|second|third|distinction|merit|aggregate|cgpa|gpa|an?\s)\b)/i,
    )[0]
    .replace(/(?:\s+(?:in|on|during|passed|completed|pursuing))+\s*[.,]?$/i, "");
  // a bracket the cut left open ("Post Diploma in Safety (Passed in Batch -14") goes with what it held
  const open = name.lastIndexOf("(");
  if (open > 0 && !name.slice(open).includes(")")) name = name.slice(0, open);
  // (a grade's label whose value went with it: "Master of Business Administration Accounting GPA: GPA: 3.67")
  const graded = (text: string) =>
    cleanPiece(text.replace(GRADE, "").replace(/(?:\s+(?:C?GPA|grade)\s*:?)+\s*$/i, ""));
  return withoutSchool(graded(name) || graded(piece), institution);
}
const DEGREE_KEY =
  /^(?:academic\s+|name\s+of\s+(?:the\s+)?)?(?:degree|qualification|course|examination|exam|program(?:me)?)(?:\s+name)?\s*[:：]\s*/i;
const SENTENCE_VERB =
  /^(?:i\s+(?:have\s+)?)?(?:completed|passed|pursuing|did|done|finished|obtained|cleared|received|earned|awarded|graduated\s+with|qualified)\s+(?:my\s+|the\s+|a\s+|an\s+)?/i;

// "Academics: - B.Tech. in X from Y", "Qualification : M.Sc., M.Phil." outside an education section
const EDUCATION_LABEL =
  /^\s*(?:[•●▪■◦○·*‣⁃–—-]\s*)?(?:academics?|(?:academic|educational|technical|professional) qualifications?|education|qualifications?|highest qualification)\s*[:：]\s*[-–]?\s*\*?\s*(.+)$/i;

/**
 * Lines elsewhere that state an education after a label: their value, as education lines; a value listing
 * several degrees ("M.Sc., M.Phil. (CS)") gives one line each.
 */
export function labelledEducationLines(lines: TextLine[]): TextLine[] {
  return lines.flatMap((line) => {
    const value = EDUCATION_LABEL.exec(line.text)?.[1];
    if (!value || degreeLevelOf(value) === null) return [];
    const degrees = value.split(/,\s*(?=\p{L})/u).filter((part) => degreeLevelOf(part) !== null);
    const parts =
      degrees.length >= 2 && degrees.length === value.split(/,\s*(?=\p{L})/u).length ? degrees : [value];
    return parts.map((text) => ({ text, start: line.start }));
  });
}

// "Institute<tab>-<tab>Acme College", "Session<tab>:<tab>2010-2013": a PDF's field whose key a tab stop aligns before
// its dash or colon (the DOCX of the same block aligns it with spaces: "Institute      -      Acme College")
const TABBED_KEY =
  /^(\s*(?:name of (?:the )?)?(?:qualification|course|degree|examination|exam|class|stream|speciali[sz]ation|discipline|institute|institution|college|school|university|board(?:\s*\/\s*university)?|session|year(?: of passing)?|passing year|duration|period|percentage|% of marks|marks|grade|cgpa|result|division)) *\t *([:：\-–—])[ \t]*/iu;
export const withTabbedKeys = (lines: TextLine[]) =>
  lines.map((line) =>
    TABBED_KEY.test(line.text) ? { ...line, text: line.text.replace(TABBED_KEY, "$1 $2 ") } : line,
  );

// "Diploma in civil engineering : Government polytechnic college": a degree keying its school, typed with spaces (the
// degree names its field after "in", and the value opens with the school's name, ended by its school word: a CV
// builder's "Bachelor of Arts : Psychology Kestrel University" or "Masters of Education : School Administration"
// key a field)
const SCHOOL_WORD_END = /\b(?:college|university|polytechnic|institute|academy|vidyalaya|mahavidyalaya)$/iu;
export const degreeKeyed = (piece: string) => {
  const keyed = /^(.+?)\s+:\s+(.+)$/u.exec(piece);
  const name = keyed?.[2].split(/\s+[-–—(]|,/)[0].trim() ?? "";
  return keyed &&
    degreeLevelOf(keyed[1]) !== null &&
    /\sin\s+\p{L}/u.test(keyed[1]) &&
    name.split(/\s+/).length <= 5 &&
    SCHOOL_WORD_END.test(name)
    ? [keyed[1], keyed[2]]
    : [piece];
};
