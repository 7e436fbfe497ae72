// Header lines of a work history: which lines read as an entry's header (title, organisation, place) rather
// than a duty, in the bulleted and plain forms CVs use.

import { educationLevel, namesInstitution } from "./degrees.ts";
import { namesJobPart } from "./experienceFields.ts";
import { bare, isProperName } from "./experienceNames.ts";
import { looksLikeLocation } from "./places.ts";
import { companyScore, titleScore } from "./roles.ts";
import { endsLikeTitle } from "./titles.ts";

// the levels of a degree row; a certificate's ("other") may be a job's own word: "Certified Welder"
const DEGREE_LEVELS = new Set(["secondary", "associate", "bachelor", "master", "doctorate"]);

// "•", "1.", "2)", and the lettered or roman items of a sub-list: "(a)", "iv)"
// ("•Supervise": a round or square glyph is a bullet even where no space follows it)
export const BULLET = /^\s*(?:[•●▪■◦○‣⁃]\s*|(?:[·*–—-]|\d{1,2}[.)]|\(?(?:[ivx]{1,4}|[a-h])\))\s+)/;
export const DURATION_ONLY =
  /^\(?\s*(?:\d+\s*(?:years?|yrs?|months?|mos?|jahre?|monate?|ans?|mois|años?|meses|anni|mesi|jaar|maanden)\s*)+\)?$/i;

export function isBullet(line: string): boolean {
  return BULLET.test(line);
}

export function isHeaderLike(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === "" || isBullet(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length > 12) return false;
  // "Compiled research material for pilot projects": a duty whose bullet glyph was lost, not a header
  // (words, not the marks between them: "Experienced Associate – Assurance & Advisory" is a title and its unit)
  if (
    words.filter((word) => /\p{L}/u.test(word)).length >= 6 &&
    /^\p{Lu}\p{Ll}+ed$/u.test(words[0]) &&
    companyScore(trimmed) === 0
  )
    return false;
  // "B.E. Mechanical, Anna University, 2008": an education row over a work history heads no job
  if (
    /\b(?:19|20)\d{2}\b/.test(trimmed) &&
    namesInstitution(trimmed) &&
    DEGREE_LEVELS.has(educationLevel(trimmed) ?? "")
  )
    return false;
  // A final dot is a sentence's, unless it closes a legal form ("Inc.", "S.L.", "S.p.A.") or a place after a
  // comma ("Ranga Controls, Chennai, INDIA.")
  return (
    !/[.!?;]$/.test(trimmed) ||
    // "Employer : Acme Ltd Company India.": a keyed field, whatever its end
    namesJobPart(trimmed) ||
    /(?:\b\p{L}{1,2}\.){2,}$|\b(inc|ltd|co|corp|pvt)\.$/iu.test(trimmed) ||
    // (its region in brackets: "Acme Hydraulics, Ludhiana (Punjab).")
    (/,[^,]+\.$/.test(trimmed) &&
      looksLikeLocation(
        trimmed
          .slice(trimmed.lastIndexOf(",") + 1, -1)
          .replace(/\s*\(([^()]+)\)$/, ", $1")
          .trim(),
      )) ||
    // or a place after an organisation's name: "Tidewater Contracting Co. W.L.L Doha-Qatar."
    (companyScore(trimmed) > 0 && endsWithPlace(trimmed.slice(0, -1))) ||
    titleWithStop(trimmed)
  );
}

const MONTH_ABBREVIATION_AT_END = /\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/i;

/**
 * "Sales Officer.", "Teller -Main Branch.", "Collection Supervisor – Branch Affairs Department.": a title (and the
 * unit it was held in) in title case, closed by a full stop as some writers close every line; a duty in sentence
 * case ("Trained new sales staff.") or opening with a verb's form is not one.
 */
function titleWithStop(trimmed: string): boolean {
  // ("... Accounts Sep.": a month's abbreviation, the start of dates a table cell wrapped)
  if (!trimmed.endsWith(".") || trimmed.endsWith("..") || MONTH_ABBREVIATION_AT_END.test(trimmed))
    return false;
  const text = trimmed.slice(0, -1);
  const words = text.split(/\s+/);
  return (
    words.length <= 6 &&
    titleScore(text) > 0 &&
    !/^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(words[0]) &&
    words.every((word) => word.length < 4 || !/^\p{Ll}/u.test(word))
  );
}

const endsWithPlace = (text: string) => {
  const last = text.split(/\s+/).pop() ?? "";
  const parts = last.split(/[-–]/).filter(Boolean);
  return parts.length > 0 && parts.every((part) => /^\p{Lu}/u.test(part) && looksLikeLocation(part));
};

/** A bulleted line that reads as "Title - Organisation" (or the other way round), not as a sentence. */
export function isBulletedHeader(line: string): boolean {
  if (!isBullet(line)) return false;
  const text = line.replace(BULLET, "").trim();
  const sides = text.split(/\s[-–—|]\s/);
  if (!isHeaderLike(text) || sides.join(" ").split(/\s+/).length > 12) return false;
  return (
    sides.length >= 2 &&
    sides.some((side) => titleScore(side) > 0) &&
    sides.some((side) => companyScore(side) > 0)
  );
}

/**
 * "(ii) MILES Engineering and Construction Solutions LLC.": a short enumerated line that names an organisation
 * heads the dated role below it.
 */
export function isBulletedOrganisation(line: string): boolean {
  if (!isBullet(line)) return false;
  const text = line.replace(BULLET, "").trim().replace(/\.$/, "");
  // "2. Harbourline Infratech, Chennai": a numbered item that is a proper name and no title heads its entry too
  const numbered = /^\s*\d{1,2}[.)]\s/.test(line);
  const [name] = text.split(/\s*,\s*|\s+[-–—]\s+/);
  return (
    text.split(/\s+/).length <= 14 &&
    // (the organisation's word in the name itself: "• Meetings with clients, Consultants and contractors" is a duty)
    (companyScore(name) > 0 ||
      (numbered && name.split(/\s+/).length <= 6 && titleScore(text) === 0 && isProperName(name))) &&
    // "• Company : Acme Ltd" is a field, read with the others of its entry
    !/[;:!?\t]/.test(text) &&
    // "• Liaising with Clients & Consultants": a duty's preposition, which no organisation's name holds
    !/\s(?:with|to|by|from|as)\s/.test(name) &&
    !/^\p{Ll}/u.test(text)
  );
}

/**
 * "• Marigold Infra" over "Duration : 2012 - 2014": a short list item that is a proper name and no title heads the
 * keyed fields of its entry.
 */
export function isBulletedName(line: string): boolean {
  const text = line.replace(BULLET, "").trim().replace(/\.$/, "");
  return (
    isBullet(line) &&
    text.split(/\s+/).length <= 6 &&
    titleScore(text) === 0 &&
    !/[;:!?\t]/.test(text) &&
    isProperName(text.split(/\s*,\s*/)[0])
  );
}

export function isBulletedTitle(line: string): boolean {
  const text = line.replace(BULLET, "").trim().replace(/\.$/, "");
  return (
    isBullet(line) &&
    text.split(/\s+/).length <= 6 &&
    titleScore(text) > 0 &&
    companyScore(text) === 0 &&
    !/[,;:]/.test(text)
  );
}

/**
 * "• Site Engineer" / "• Acme Pumps Ltd" / "• Jan 2015 – Mar 2018": every line of the entry a list item, the line
 * above a listed organisation being its title, or "• Acme, Pune" / "• Site Engineer" / "• Jan 2015 – Mar 2018",
 * the line above a listed title (the entry's only header line so far) a name with no organisation's word.
 */
export function listedAbove(above: string, line: string, found: number): boolean {
  return (
    (isBulletedOrganisation(line) && isBulletedTitle(above)) ||
    (found === 1 && isBulletedTitle(line) && isBulletedName(above) && titleScore(above) === 0)
  );
}

/** "• Site Engineer" over "Acme Pumps Ltd" (over the dates): a listed title over the organisation */
export const listedTitleOver = (line: string, organisation: string) =>
  isBulletedTitle(line) && companyScore(organisation) > 0 && titleScore(organisation) === 0;

/**
 * A line at the history's start or after a blank line; not one right under the entry above's dates, which is that
 * entry's ("Period: 2015 - 2018" / "Position: Site Engineer" / "" / "Next Company Ltd").
 */
const opensParagraph = (texts: string[], j: number, floor: number) =>
  floor < 0 ? j === 0 || texts[j - 1].trim() === "" : j - 1 > floor && texts[j - 1].trim() === "";

/**
 * "Project Manager" / "" / "Rawabi Contracting" / "April 2015 – Till now": a short title set apart as a paragraph
 * of its own (a blank line or the history's start above it) right above an entry's organisation.
 */
export function standsAsTitle(texts: string[], j: number, floor: number): boolean {
  return (
    j > floor &&
    texts[j].trim() !== "" &&
    opensParagraph(texts, j, floor) &&
    texts[j].trim().split(/\s+/).length <= 6 &&
    isHeaderLike(texts[j]) &&
    titleScore(texts[j]) > 0 &&
    companyScore(texts[j]) === 0
  );
}

/**
 * "Acme Contracting Company – Oman" / "" / "Electrical Supervisor" / "May 2017 to July 2018": an organisation set
 * apart as a paragraph of its own above the title (no keyed field: "Client: Acme Ltd" is the work's, not the job's).
 */
export function standsAsOrganisation(texts: string[], j: number, floor: number, title: string): boolean {
  return (
    titleScore(title) > 0 &&
    companyScore(title) === 0 &&
    j > floor &&
    texts[j].trim() !== "" &&
    opensParagraph(texts, j, floor) &&
    texts[j].trim().split(/\s+/).length <= 10 &&
    !/[:：]/.test(texts[j]) &&
    isHeaderLike(texts[j]) &&
    companyScore(texts[j]) > 0 &&
    titleScore(texts[j]) === 0
  );
}

/**
 * "Site Engineer, Acme Pumps Ltd", "Junior Engineer - Harbourline Infratech": a few words that part into a title
 * and an organisation (a name that names itself as one, or a proper name), not a duty.
 */
export function titleAndOrganisation(text: string): boolean {
  const sides = bare(text)
    .split(/\s*,\s*|\s+[-–—|]\s+|\s+at\s+/)
    .map((side) => side.trim())
    .filter(Boolean);
  if (sides.length < 2 || sides.join(" ").split(/\s+/).length > 10) return false;
  // ("Software Developer", "Media Planner": an organisation's word before a title's head word is the title's)
  const title = sides.findIndex(
    (side) =>
      titleScore(side) > 0 &&
      (companyScore(side) === 0 || (companyScore(side) < 4 && endsLikeTitle(side, 20))),
  );
  return (
    title >= 0 &&
    sides.some(
      (side, index) =>
        index !== title && titleScore(side) === 0 && (companyScore(side) > 0 || isProperName(side)),
    )
  );
}

/**
 * A place alone above the first dates ("City") heads nothing (the anonymised template's place field split over
 * lines leaves a lone "City").
 */
export const placeOnly = (text: string) =>
  /^\s*city\s*$/i.test(text) ||
  (looksLikeLocation(text) &&
    titleScore(text) === 0 &&
    companyScore(text) === 0 &&
    text.trim().split(/\s+/).length <= 4);

/** The line ends with its dates, in brackets or not ("Acme, Pune (2012 to 2015):"). */
export function closingDates(text: string, range: { index: number; length: number }): boolean {
  return /^[\s).:,]*$/.test(withoutLength(text.slice(range.index + range.length)));
}

// a job's length after its dates: "(Jan 2017 to May 2017) 5 Months", "(Jul 2011 – Jul 2013, 2 years)", or its figure alone where the line wraps
const LENGTH = String.raw`\d{1,2}(?:\.\d)?\s*(?:years?|yrs?|months?|mos?)\b\.?(?:\s*(?:&|and|,)?\s*\d{1,2}\s*(?:months?|mos?)\b\.?)?`;
const LENGTH_AFTER_DATES = new RegExp(
  String.raw`^(\s*\)?)\s*(?:\(\s*${LENGTH}\s*\)|[-–,]?\s*${LENGTH}|\d{1,2}\s*$)`,
  "i",
);

/** what follows a job's dates without the job's length */
const withoutLength = (after: string) => after.replace(LENGTH_AFTER_DATES, "$1");

/** a dated line without its dates and the job's length after them */
export const besideDates = (text: string, range: { index: number; length: number }) =>
  text.slice(0, range.index) + withoutLength(text.slice(range.index + range.length));

/** The text of a date line beside its dates, with what the dates leave behind them removed. */
export function anchorRemainder(text: string, range: { index: number; length: number }): string {
  return (
    besideDates(text, range)
      .replace(BULLET, "")
      .replace(/\(\s*(?:\d+\s*\p{L}+\s*(?:[&,]|and)?\s*)+\)/gu, "")
      // the brackets or quotes a removed date leaves: "Branch Manager ( )", "From “”"
      .replace(/\(\s*[-–,.]?\s*\)|[“"]\s*[-–,.]?\s*[”"]/g, "")
      // and a quote left at either end ("From “")
      .replace(/^\s*[“”"]|[“”"]\s*$/g, "")
      // "ACME RESEARCH INSTITUTEFrom": the word opening the dates, glued to a name in capitals by the PDF
      .replace(/(?<=\p{Lu}{2})(?:From|Since)\s*$/u, "")
      // the label of the dates alone ("Duration :", "Period -") names nothing
      .replace(/^(?:duration|period|tenure|time|dates?|from|since)\s*[:：\-–.]*\s*$/i, "")
      .trim()
  );
}

/**
 * "Acme Pumps Ltd" / "July 2015 – Present" / "Sales Executive": a short title on the line right under the dates,
 * a department perhaps after it ("Sales Executive – Industrial Pumps").
 * A duty is no title: it runs longer, opens in lower case, ends on a stop or names an organisation.
 */
export function titleUnderDates(line: string): boolean {
  const text = line.trim();
  return (
    isHeaderLike(text) &&
    !/[.;:,]$/.test(text) &&
    text.split(/\s+/).length <= 6 &&
    // (a department may follow the title: "Experienced Associate – Assurance & Advisory")
    endsLikeTitle(text.replace(/\s*\([^()]*\)$/, "").split(/\s[–—-]\s|,\s/)[0]) &&
    /^\p{Lu}/u.test(text) &&
    companyScore(text) === 0
  );
}

/** A title under the dates that stands alone: the line after it is blank, a sub-heading ("Duties:"), a bullet, or none. */
export function titleAlone(texts: string[], at: number, end: number): boolean {
  const after = at + 1 < end ? texts[at + 1].trim() : "";
  return titleUnderDates(texts[at]) && (after === "" || /[:：]$/.test(after) || isBullet(after));
}

/**
 * A narrow column wraps "Engenheiro de dados — Pampa / Agrodados": a line that already holds a separated
 * title and company, followed by a word or two that is no place, is one header line; one that ends on a place
 * ("Kharafi National – Abu Dhabi" / "Electrical Supervisor") is complete.
 */
export function joinWrappedHeaders(lines: string[]): string[] {
  const joined: string[] = [];
  const SEPARATED = /\s[—–|@]\s|\s(?:at|bei|chez)\s/;
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    const fragment = line.trim();
    if (
      previous !== undefined &&
      SEPARATED.test(previous) &&
      !looksLikeLocation(previous.split(SEPARATED).pop()?.trim() ?? "") &&
      fragment.split(/\s+/).length <= 2 &&
      !looksLikeLocation(fragment) &&
      !/[—–|@,]/.test(fragment)
    ) {
      joined[joined.length - 1] = `${previous.trimEnd()} ${fragment}`;
    } else joined.push(line);
  }
  return joined;
}

// words a header piece may hold in lower case: "Site Engineer with Acme Ltd", "as a Trainee"
const HEAD_SMALL = /^(?:a|an|the|of|and|&|for|in|at|as|with|de|du|la|y)$/i;
const headPiece = (piece: string) => {
  const words = piece.trim().split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 8 &&
    words.every((word) => HEAD_SMALL.test(word) || /^[\p{Lu}\d(&]/u.test(word)) &&
    words.some((word) => !HEAD_SMALL.test(word))
  );
};

/**
 * "• Aug 2016 – Present: Site Engineer with Acme Ltd, Pune, responsible for ...", "Aug 2016 to Present – Acme Ltd,
 * Pune – Site Engineer – Execution of ...": a dated line too long for a header whose opening pieces (capitalised
 * words, apart by commas or dashes) name a title and an organisation, before the work's description in lower case;
 * those pieces, or null.
 */
export function datedLineHead(text: string, range: { index: number; length: number }): string | null {
  const rest = anchorRemainder(text, range).replace(/^[\s,;:–—-]+/, "");
  if (rest.split(/\s+/).length <= 14) return null;
  const separators = /\s*[,;:]\s+|\s+[–—-]\s+/g;
  let end = 0;
  let from = 0;
  for (const match of [...rest.matchAll(separators), { index: rest.length, 0: "" }]) {
    const piece = rest.slice(from, match.index);
    if (!headPiece(piece)) break;
    end = match.index ?? rest.length;
    from = end + match[0].length;
  }
  const head = rest.slice(0, end).trim();
  if (head === "" || head.split(/\s+/).length > 14) return null;
  const parted = head.replace(/\s+(?:with|as|at|in)\s+(?:an?\s+)?(?=\p{Lu})/gu, ", ");
  // (read with "with" and "as" as the separators they are here)
  return titleAndOrganisation(parted) || (titleScore(head) > 0 && companyScore(head) > 0) ? parted : null;
}

/**
 * A line's cells: "Acme Investments<TAB>Boston, MA" as written, or "Harbor Trading LLC, Dubai" (one cell) parted
 * at its last comma where the name before it says it is an organisation.
 */
export function nameAndPlaceCells(line: string): string[] {
  const cells = line
    .split("\t")
    .map((cell) => cell.trim())
    .filter(Boolean);
  const comma = cells.length === 1 ? cells[0].lastIndexOf(", ") : -1;
  return comma > 0 && companyScore(cells[0].slice(0, comma)) > 0
    ? [cells[0].slice(0, comma), cells[0].slice(comma + 2)]
    : cells;
}

/** "Northgate Bank – Muscat, Oman": a job's one header line that is its organisation (and place), not its title. */
export function organisationHeader(
  headerTexts: string[],
  role: { title: string | null; company: string | null },
): boolean {
  return (
    headerTexts.length === 1 &&
    role.company !== null &&
    headerTexts[0].trim().startsWith(role.company) &&
    !headerTexts[0].includes(role.title ?? "\n")
  );
}
