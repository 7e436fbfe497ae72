// Splits the reading-order text into sections by their headings, with character spans into the text.
import { opensWorkTable } from "./columnLabels.ts";
import { columnWordsOnly, isEducationColumnRow, opensMarksTable } from "./educationInstitutions.ts";
import { headingKind, isWorkOrStudyHeading, withHeadingCellParted } from "./headings.ts";
import { endsWrappedName, isHeadingVocabulary } from "./headingWords.ts";
import { degreeLevelOf } from "./schoolNames.ts";
import { repeatsJobHeaders } from "./sectionShapes.ts";
import type { Section, SectionKind } from "./types.ts";

export interface TextLine {
  text: string;
  /** offset of the line's first character in the full text */
  start: number;
}

export interface SectionBlock extends Section {
  /** the lines under the heading (the heading itself excluded) */
  lines: TextLine[];
}

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    lines.push({ text: raw, start });
    start += raw.length + 1;
  }
  return lines;
}

function isUpperCaseLine(line: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed.length > 1 && trimmed.length <= 40 && /\p{Lu}/u.test(trimmed) && trimmed === trimmed.toUpperCase()
  );
}

const HEADING_VALUE = /^([^:：\t]{2,40}?)\s*[:：]\s*(\S.*)$/u;
// a heading's value that states a job ("3 years working as ...", "Presently working with ..."), not a total
const JOB_STATEMENT =
  /^(?:\d{1,2}(?:\.\d)?\+?\s*(?:years?|yrs?|months?)\s+)?(?:working|worked|employed|serving|presently|currently)\s+\S+\s+\S+/i;

/** A heading line stands alone: its neighbours are blank or it is short and set apart by its shape. */
function isHeadingLine(line: TextLine): SectionKind | null {
  return headingKind(line.text);
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
const NUMBERED = /^\s*([IVX]{1,4}|\d{1,2})[.)]\s*(\p{Lu}[^\t]{1,50})$/u;

/** The number a numbered heading line carries ("IV. Experience" is 4), or null. */
function headingNumber(line: string): number | null {
  const match = NUMBERED.exec(line);
  if (!match || match[2].split(/\s+/).length > 6 || /[.:;,]$/.test(match[2].trim())) return null;
  const roman = ROMAN.indexOf(match[1]);
  return roman >= 0 ? roman + 1 : /^\d+$/.test(match[1]) ? Number(match[1]) : null;
}

const isLabelOnly = (text: string) => (columnWordsOnly(text)?.length ?? 0) > 0;

/** A row whose first cell is an education heading and whose other cells name a degree: the heading and the row. */
function headingBesideRow(line: TextLine): { heading: string; row: TextLine } | null {
  const tab = line.text.indexOf("\t");
  if (tab < 0 || tab > 40) return null;
  const heading = line.text.slice(0, tab).trim();
  const rest = line.text.slice(tab + 1);
  // "Qualification\t:\tM.Sc." is a personal detail's key and value, not a heading
  if (/^\s*[:：]/u.test(rest) || headingKind(heading) !== "education" || degreeLevelOf(rest) === null)
    return null;
  return { heading, row: { text: rest, start: line.start + tab + 1 } };
}

/**
 * The first tab cell of a line, when it is a short upper-case word or two ("WORK", "PERSONAL"), or words of
 * headings each capitalised ("Career History", "Professional", "Experience :").
 */
function headingCell(line: TextLine, only?: "capitals" | "capitalised"): string | null {
  const cell = line.text.split("\t", 1)[0].trim();
  if (cell.length <= 1 || cell.length > 24) return null;
  if (/^\p{Lu}[\p{Lu}&\s]*$/u.test(cell)) return only === "capitalised" ? null : cell;
  if (only === "capitals") return null;
  const words = cell.replace(/\s*[:：]$/u, "").split(/\s+/);
  return words.every((word) => /^(?:\p{Lu}\p{Ll}+|&|and|of)$/u.test(word)) && isHeadingVocabulary(cell)
    ? cell
    : null;
}

/**
 * A work or education heading in capitals beside a line, alone or over the word that completes it ("EXPERIENCE",
 * "WORK" over "EXPERIENCE"): after a table's row too, where other capitals in a first cell ("CERTIFICATE",
 * "SSC") are the table's own.
 */
function workOrStudyCell(line: TextLine, next: TextLine | undefined): string | null {
  const cell = headingCell(line, "capitals");
  if (cell === null) return null;
  const nextCell = next ? headingCell(next, "capitals") : null;
  const named = headingKind(cell) !== null ? cell : nextCell === null ? "" : `${cell} ${nextCell}`;
  return isWorkOrStudyHeading(named) ? cell : null;
}

/**
 * Two-column layouts set the heading in the left column beside the section's first lines: "WORK\tAcme Ltd\tMay
 * 2018 - Present" over "EXPERIENCE\tProduction Engineer". The heading cells become lines of their own, before
 * the lines they stood beside.
 */
function splitHeadingColumn(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = { ...lines[i], text: withHeadingCellParted(lines[i].text) };
    const cells = (l: TextLine | undefined) => l?.text.split("\t").filter((c) => c.trim() !== "").length ?? 0;
    // a table's row ("CERTIFICATE\tCBSE\t2011\t78%") between rows of the same shape is no heading column
    // ("Career History\tOct 2019 - Present\tProject Engineer" after a marks table's row is a heading beside a job)
    const history = headingKind(headingCell(line) ?? "") === "experience";
    const inTable = !history && cells(line) >= 3 && (cells(lines[i - 1]) >= 3 || cells(lines[i + 1]) >= 3);
    // a heading column's cell opens a block: a blank line (or the start) comes before it
    const opensBlock = i === 0 || lines[i - 1].text.trim() === "";
    // nor is a table's label row ("COURSE\tINSTITUTION\tYEAR"), nor a key and its value ("Languages\t:\tTamil")
    const labels = isEducationColumnRow(line.text) || isLabelOnly(line.text);
    const keyed = /^[^\t]*\t+\s*[:：\-–]/u.test(line.text);
    // in capitals a heading cell opens a block or follows a line of one cell (a marks table's "CERTIFICATE\t
    // NAGAR" follows its row), or, naming work or education, any line; with capitalised words ("Career
    // History") it may follow any line; neither as a key before its colon
    const next = lines[i + 1];
    const afterCells = !opensBlock && lines[i - 1].text.includes("\t");
    const cell =
      !line.text.includes("\t") || inTable || labels
        ? null
        : opensBlock
          ? headingCell(line, keyed ? "capitals" : undefined)
          : keyed
            ? null
            : (headingCell(line, afterCells ? "capitalised" : undefined) ??
              (afterCells ? workOrStudyCell(line, next) : null));
    if (!cell) {
      out.push(line);
      continue;
    }
    const nextCell = next ? headingCell(next) : null;
    // every word heading vocabulary: "MINISTRY OF LABOUR &" over "EMPLOYMENT" is an address, not a heading; a
    // heading over a word that keeps its kind ("EXPERIENCE" over "SUMMARY") is one heading too
    const pairKind = nextCell === null ? null : headingKind(`${cell} ${nextCell}`);
    const pair =
      nextCell !== null &&
      isHeadingVocabulary(`${cell} ${nextCell}`) &&
      pairKind !== null &&
      (headingKind(cell) === null || headingKind(cell) === pairKind);
    if (!pair && headingKind(cell) === null) {
      out.push(line);
      continue;
    }
    const rest = (l: TextLine, c: string): TextLine[] => {
      const at = l.text.indexOf(c) + c.length;
      const text = l.text.slice(at).replace(/^\t+/, "");
      return text.trim() === "" ? [] : [{ text, start: l.start + l.text.length - text.length }];
    };
    const cellLine = (l: TextLine, c: string): TextLine => ({ text: c, start: l.start + l.text.indexOf(c) });
    if (pair && next && nextCell) {
      // a heading and the word that keeps its kind read as the heading alone ("SUMMARY" under "EXPERIENCE" is
      // no summary heading of its own)
      const heading = headingKind(cell) === null ? [cellLine(next, nextCell)] : [];
      out.push(cellLine(line, cell), ...heading, ...rest(line, cell), ...rest(next, nextCell));
      i++;
    } else out.push(cellLine(line, cell), ...rest(line, cell));
  }
  return out;
}

const WORK_HEADING = /\b(?:experiences?|employ\p{L}*|work history|career history)\b/iu;
const INLINE_HEADING = /^(\W*)(\p{L}[\p{L} &/]{3,38}?)\s*[:：]\s*(\S.*)$/u;

/**
 * "Work Experience: Currently working in Acme LLC as ...", "Technical Qualification: Diploma in ...": a heading
 * of two or more words that opens a block with its first line after the colon. Its kind and the first line.
 */
function inlineHeading(
  line: TextLine,
  previous: TextLine | undefined,
): { kind: SectionKind; heading: string; rest: TextLine } | null {
  if (line.text.includes("\t") || (previous && previous.text.trim() !== "")) return null;
  const match = INLINE_HEADING.exec(line.text);
  if (!match || match[2].trim().split(/\s+/).length < 2) return null;
  const kind = headingKind(`${match[2]}:`);
  if (kind !== "education" && kind !== "experience") return null;
  // a degree follows an education heading; a work heading names work ("Additional Qualification :- NSDL; AMFI"
  // and "Position:" are neither)
  if (kind === "education" ? degreeLevelOf(match[3]) === null : !WORK_HEADING.test(match[2])) return null;
  const at = line.text.length - match[3].length;
  return { kind, heading: match[2], rest: { text: match[3], start: line.start + at } };
}

export function detectSections(text: string): SectionBlock[] {
  const lines = splitHeadingColumn(splitLines(text));
  // Academic CVs number their headings ("I. Education", "II. Research projects"): once one numbered line is a
  // known heading, the next number in the sequence opens a section even when its words are unknown.
  let lastNumber: number | null = null;
  let numbered = 0;
  const blocks: SectionBlock[] = [];
  let current: SectionBlock | null = null;
  const close = (block: SectionBlock | null) => {
    if (!block) return;
    const last = block.lines.findLast((line) => line.text.trim() !== "");
    block.end = last ? last.start + last.text.length : block.end;
    blocks.push(block);
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    // Setext underlines and rules ("=====", "-----") decorate headings; they are not content.
    if (/^\s*[=\-_~*#]{3,}\s*$/.test(line.text)) continue;
    let kind = isHeadingLine(line);
    const number = headingNumber(line.text);
    if (kind && number !== null) {
      numbered += lastNumber !== null && number === lastNumber + 1 ? 1 : 0;
      lastNumber = number;
    } else if (!kind && number !== null && lastNumber !== null && number === lastNumber + 1) {
      kind = "other";
      lastNumber = number;
      numbered++;
    } else if (kind && number === null && numbered >= 1) {
      // where headings are numbered in sequence, an unnumbered line ("MARION" / "TECHNOLOGIES") is no heading
      kind = null;
    }
    if (kind && endsWrappedName(lines[index - 1]?.text, line.text)) kind = null;
    let headingEnd = line.start + line.text.trimEnd().length;
    let headingText = line.text.trim();
    const next = lines[index + 1];
    // Narrow heading columns (Europass) wrap a heading over two upper-case lines: "EXPERIENCIA / PROFESIONAL".
    if (
      !kind &&
      next &&
      !line.text.includes("\t") &&
      isUpperCaseLine(line.text) &&
      isUpperCaseLine(next.text)
    ) {
      kind = headingKind(`${line.text.trim()} ${next.text.trim()}`);
      if (kind) {
        headingEnd = next.start + next.text.trimEnd().length;
        headingText = `${line.text.trim()} ${next.text.trim()}`;
        index++;
      }
    }
    // "Course" / "Institution" / "Board/": a DOCX table's labels, one per line, under an education heading
    if (
      kind &&
      kind !== "education" &&
      current?.kind === "education" &&
      isLabelOnly(line.text) &&
      isLabelOnly(next?.text ?? "")
    )
      kind = null;
    // "EDUCATION\tDiploma in Civil Engineering\t2012 — 2015": a heading cell beside the section's first row
    const headed = kind ? null : headingBesideRow(line);
    if (headed) {
      close(current);
      current = {
        kind: "education",
        heading: headed.heading,
        start: line.start,
        end: headed.row.start,
        lines: [headed.row],
      };
      continue;
    }
    // "Qualification\tBoard/University\tYear\t%" with no heading above: a marks table opens the education section;
    // "Name of Organisation\tDesignation\tPeriod" a work history
    const under: SectionKind | undefined = (current as SectionBlock | null)?.kind;
    const table: SectionKind | null = kind
      ? null
      : under !== "education" && opensMarksTable(line.text)
        ? "education"
        : under !== "experience" && under !== "references" && opensWorkTable(line.text)
          ? "experience"
          : null;
    if (table) {
      close(current);
      current = { kind: table, heading: "", start: line.start, end: line.start, lines: [line] };
      continue;
    }
    const inline = kind || headed ? null : inlineHeading(line, lines[index - 1]);
    const open = current as SectionBlock | null;
    if (inline && inline.kind !== open?.kind) {
      close(current);
      const offset = line.start + line.text.indexOf(inline.heading);
      current = {
        kind: inline.kind,
        heading: inline.heading,
        start: offset,
        end: offset + inline.heading.length,
        lines: [inline.rest],
      };
      continue;
    }
    if (kind) {
      close(current);
      const offset = line.start + Math.max(0, line.text.indexOf(headingText.split(" ")[0]));
      // "Experience : 3 years working as a computer teacher in X School": the heading's value opens the section
      const value = kind === "experience" ? HEADING_VALUE.exec(line.text) : null;
      if (value && JOB_STATEMENT.test(value[2])) {
        const at = line.text.length - value[2].length;
        current = {
          kind,
          heading: value[1].trim(),
          start: offset,
          end: line.start + value[1].length,
          lines: [{ ...line, start: line.start + at, text: value[2] }],
        };
        continue;
      }
      current = { kind, heading: headingText, start: offset, end: Math.max(offset, headingEnd), lines: [] };
      continue;
    }
    if (!current) {
      if (line.text.trim() === "") continue;
      // Whatever precedes the first heading is the header block: name, title, contact details.
      current = { kind: "contact", heading: "", start: line.start, end: line.start, lines: [] };
    }
    current.lines.push(line);
  }
  close(current);
  return withJobsAfterSubheadings(blocks);
}

/** The anonymised template's organisation field on a job's header line ("Title Company Name � City , State"). */
const TEMPLATE_JOB = /\bCompany Name\b(?!\s*[:：\t])/;

/**
 * "projects:" or "RELEVANT COURSE PROJECTS" inside a job's description: the lines under it hold more jobs (a
 * template header with its organisation field), so they stay in the work history.
 */
function withJobsAfterSubheadings(blocks: SectionBlock[]): SectionBlock[] {
  const merged: SectionBlock[] = [];
  for (const block of blocks) {
    const previous = merged[merged.length - 1];
    if (
      previous?.kind === "experience" &&
      (((block.kind === "projects" || block.kind === "awards") &&
        block.lines.some((line) => TEMPLATE_JOB.test(line.text))) ||
        SUBHEADING.test(block.heading) ||
        (INTERRUPTING.has(block.kind) &&
          !MEMBERSHIPS.test(block.heading) &&
          repeatsJobHeaders(sectionsOf(merged, "experience"), block)))
    ) {
      const heading = { text: block.heading, start: block.start };
      merged[merged.length - 1] = {
        ...previous,
        end: block.end,
        lines: [...previous.lines, heading, ...block.lines],
      };
      continue;
    }
    merged.push(block);
  }
  return merged;
}

// a job's own sub-heading right under a work history, though elsewhere it heads a CV builder's skills ("Highlights")
const SUBHEADING = /^\W*(?:key\s+)?highlights\W*$/i;
// memberships' and affiliations' rows are dated as jobs are, but are no jobs: such a block never goes on with the history
const MEMBERSHIPS =
  /(?<!\p{L})(?:memberships?|affiliations?|societies|associations?|organi[sz]ations?)(?!\p{L})/iu;
/** Kinds whose heading a work history's side column or sub-heading puts between its jobs. */
const INTERRUPTING = new Set<SectionKind>(["awards", "references", "interests", "other", "volunteering"]);

/** The public view of the sections, without their line arrays. */
export function toSections(blocks: SectionBlock[]): Section[] {
  return blocks.map(({ kind, heading, start, end }) => ({ kind, heading, start, end }));
}

export function sectionsOf(blocks: SectionBlock[], kind: SectionKind): SectionBlock[] {
  return blocks.filter((block) => block.kind === kind);
}

export function sectionText(block: SectionBlock): string {
  return block.lines.map((line) => line.text).join("\n");
}
