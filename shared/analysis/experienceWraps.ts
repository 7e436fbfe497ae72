// Lines of a work history that a narrow column wrapped inside a phrase, joined back: a bracket wrapped before its
// close, a stated job's dates wrapped away from the word that opens them, and a range wrapped in its date cell or
// date column.
import { findDateRanges, findSingleDates, parseDate } from "./dates.ts";
import { KEY_AT_END, keyedField } from "./experienceFields.ts";
import { BULLET, isBullet, isHeaderLike } from "./experienceHeaders.ts";
import { LEGAL_FORMS } from "./legalForms.ts";
import { looksLikeLocation } from "./places.ts";
import { companyScore, titleScore } from "./roles.ts";
import type { TextLine } from "./sections.ts";
import type { Month } from "./types.ts";

const opens = (text: string) => (text.match(/\(/g) ?? []).length - (text.match(/\)/g) ?? []).length;

/**
 * Whether `next` ends the bracket that `line` left open: "Shankar & Associates, Coimbatore, India (Jute Plant" /
 * "Construction at Kolkatta)", "Acme Gulf Co LLC, Oman (AN ISO - 9001" / "COMPANY)". Both parts of the bracket
 * are a few words in one cell, and the line below ends with it (a place or a full stop may follow), so it is
 * the bracket's wrapped end and not a line of its own; a table whose columns interleave leaves a tab or more words.
 */
function wrapsBracket(line: string, next: string): boolean {
  const open = line.lastIndexOf("(");
  if (open < 0 || opens(line) !== 1 || line.indexOf(")", open) >= 0) return false;
  const inside = line.slice(open + 1).trim();
  const close = next.indexOf(")");
  if (close < 0 || next.slice(0, close).includes("(")) return false;
  const rest = next.slice(close + 1).trim();
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  return (
    words(inside) <= 6 &&
    words(next.slice(0, close)) >= 1 &&
    words(next.slice(0, close)) <= 6 &&
    !/\t/.test(line.slice(open)) &&
    !/\t/.test(next) &&
    opens(next) === -1 &&
    /^(?:[,.;]?\s*(?:\p{Lu}[\p{L}.-]*\s*){0,2}[.,;]?)?$/u.test(rest)
  );
}

/** each line that `wraps` says the next one continues, joined with it onto one line (the first line's offsets) */
export function joinWrapped(lines: TextLine[], wraps: (line: string, next: string) => boolean): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1];
    if (next && wraps(lines[i].text, next.text)) {
      out.push({ ...lines[i], text: `${lines[i].text.trimEnd()} ${next.text.trim()}` });
      i++;
    } else out.push(lines[i]);
  }
  return out;
}

/** A bracket wrapped onto the line below (see wrapsBracket) is joined back onto its line. */
export const joinWrappedBrackets = (lines: TextLine[]) => joinWrapped(lines, wrapsBracket);

// the word that opens a job's dates, left at the end of its line: "Worked as an Electrician, Acme Engineering, New
// Delhi. from" / "04/11/2009 to 21/12/2011."
const OPENER_AT_END = /(?<=\S\s+)(?:from|since|w\.e\.f\.?)\s*$/iu;

/**
 * A line that ends with the word opening its dates, over a line that begins with a date range, is joined with it:
 * the range is the line's own, and without it the line above is a statement with no dates and the range a line
 * with no job.
 */
export const joinWrappedOpeners = (lines: TextLine[], asOf: Month) =>
  joinWrapped(lines, (line, next) => {
    const range = OPENER_AT_END.test(line) ? findDateRanges(next, asOf)[0] : undefined;
    return range !== undefined && next.slice(0, range.index).trim() === "";
  });

/** "Working with Acme Ltd. as Manager –": a header that opens as a statement of the job, a verb first */
export const STATEMENT_LEAD =
  /^\s*(?:(?:presently|currently|previously)\s+)?(?:work(?:ing|ed)|employed|serving|served)\s+(?:with|in|at|for|as)\s/i;

const DATES_GO_ON = /^\s*(?:from|since|during|between)\s/u;

/**
 * "Currently working in Acme Service Centre LLC. and Orchard Rent Car" / "Group, Dubai as a mechanic from
 * September 2013 to date": a statement of the job with no dates, its sentence going on (no stop at its end) on a
 * line that holds them, is one line; read apart, the line below would name the statement's last words.
 */
export const joinWrappedStatements = (lines: TextLine[], asOf: Month) =>
  joinWrapped(lines, (line, next) => {
    // (a stop ends the statement, unless the line below goes on in small letters with its dates: "... Doha,
    // Qatar." over "from June 2010 October 2016.")
    const stopped = /[.;:!?]\s*$/.test(line) && !DATES_GO_ON.test(next);
    if (!STATEMENT_LEAD.test(line.replace(BULLET, "")) || stopped || isBullet(next)) return false;
    if (next.includes("\t") || findDateRanges(line, asOf).length > 0) return false;
    const [range] = findDateRanges(next, asOf);
    return range !== undefined && next.slice(0, range.index).trim() !== "";
  });

// a phrase cut at its joining word: "05/2009 – 06/2013 Credit Officer - Loans &" / "Mortgages, PRIVATE BANKING"
const JOINER_AT_END = /\p{L}[.)]?\s*(?:&|\band|\bof|\bfor|\bin|\bat|[-–—/,])\s*$/iu;

/**
 * A dated line that ends on a joining word or mark, over a short capitalised line with no dates of its own: a
 * narrow column wrapped the job's header there, and the two make one line (in the document's wider layouts
 * they are one).
 */
export const joinWrappedJoiners = (lines: TextLine[], asOf: Month) =>
  joinWrapped(lines, (line, next) => {
    const words = next.trim().split(/\s+/);
    return (
      JOINER_AT_END.test(line) &&
      !line.includes("\t") &&
      !next.includes("\t") &&
      /^\p{Lu}/u.test(next.trim()) &&
      words.length <= 6 &&
      findDateRanges(line, asOf).length > 0 &&
      !RANGE_JOINER_AT_END.test(line) &&
      findDateRanges(next, asOf).length === 0 &&
      findSingleDates(next).length === 0
    );
  });

// "Senior Engineer - Planning at Saltmarsh Integrated Facility" over "Management Services Pvt. Ltd., Doha (September
// 2020 – till date)": a header wrapped inside the organisation named after "at", its dates on the line below
const AT_NAME_AT_END = /\S\s+at\s+(?:\p{Lu}[\p{L}&.'’-]*\s*){1,6}$/u;

/**
 * A line that ends in "at" and capitalised words, with no dates, over a capitalised line whose dates it lacks: the
 * organisation's name goes on below: the two make one line, the title a cell before the organisation
 * ("Site Engineer" | "Kestrel Infra Projects Limited, Muscat (10/2019 – 01/2021)"). (Moving the name's first words
 * down to the line below instead found as many organisations but lost titles where the history's other jobs
 * stand on one line.)
 */
export function joinWrappedAtNames(lines: TextLine[], asOf: Month): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [line, next] = [lines[i].text, lines[i + 1]?.text];
    const at = AT_NAME_AT_END.exec(line.trimEnd());
    if (
      next === undefined ||
      at === null ||
      line.includes("\t") ||
      findDateRanges(line, asOf).length > 0 ||
      !/^\p{Lu}/u.test(next.trim()) ||
      findDateRanges(next, asOf).length === 0
    ) {
      out.push(lines[i]);
      continue;
    }
    const cut = line.trimEnd().lastIndexOf(" at ", at.index + at[0].length);
    out.push({
      ...lines[i + 1],
      text: `${line.slice(0, cut).trim()}\t${line.trimEnd().slice(cut + 4)} ${next.trim()}`,
    });
    i++;
  }
  return out;
}

// "July 2007- QA Engineer (Electrical), Acme Switchgear, Kerala." over "September 2010": a date column whose range
// wraps after its dash, the job's text beside its first half
/** a piece that is one date and nothing else ("July 2007") */
const isLoneDate = (piece: string) => {
  const dates = findSingleDates(piece);
  return dates.length === 1 && dates[0].length >= piece.trim().length;
};
const START_AND_DASH = /^(\s*)([^\t\-–—]{2,24}?) *[-–—] +(?=\S)/u;

/**
 * A line that opens with a lone date and a dash before the job's text, over a line that opens with the range's
 * end, reads as the whole range before the text; what followed the end stays on the line below (a wrapped
 * place), and that line goes when nothing did.
 */
export function joinWrappedRangeColumn(lines: TextLine[], asOf: Month): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    const start = START_AND_DASH.exec(line.text);
    const rest = start ? line.text.slice(start[0].length) : "";
    if (
      next === undefined ||
      start === null ||
      !isLoneDate(start[2]) ||
      findDateRanges(rest, asOf).length > 0 ||
      // (a line below that opens with a range of its own is the next job's)
      findDateRanges(next.text, asOf).some((own) => next.text.slice(0, own.index).trim() === "")
    ) {
      out.push(line);
      continue;
    }
    const across = `${start[2]} – ${next.text.trim()}`;
    const [range] = findDateRanges(across, asOf);
    if (range === undefined || range.index !== 0 || range.length <= start[2].length + 3) {
      out.push(line);
      continue;
    }
    out.push({ ...line, text: `${start[1]}${across.slice(0, range.length)}\t${rest}` });
    const after = across.slice(range.length).replace(/^[\s,.;:]+/u, "");
    if (after !== "") out.push({ ...next, text: after });
    i++;
  }
  return out;
}

const RANGE_JOINER_AT_END = /(?:\d|\p{L}\.?|,)\s+(?:to|till|until|[-–—])\s*$/iu;

/**
 * "Acme LLC (Site Engineer)\tSep 14 to" / "Nov 16": a range wrapped in its narrow date cell goes on at the start of
 * the next short line; the two make one range on the first line.
 */
export function joinWrappedDateCells(lines: TextLine[], asOf: Month): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1]?.text.trim() ?? "";
    const tab = line.text.lastIndexOf("\t");
    // (a line with no cells that ends on the word joining its dates: "Acme Research Institute From 8th July,
    // 2015 to" / "“Present”")
    const cell =
      tab >= 0
        ? line.text.slice(tab + 1).trim()
        : RANGE_JOINER_AT_END.test(line.text)
          ? line.text.trim()
          : "";
    const short = (text: string) => text !== "" && text.split(/\s+/).length <= 4 && !text.includes("\t");
    if ((tab < 0 || short(cell)) && short(next) && findDateRanges(cell, asOf).length === 0) {
      const [range] = findDateRanges(`${cell} ${next}`, asOf);
      if (range && range.index < cell.length && range.index + range.length > cell.length + 1) {
        out.push({ ...line, text: `${line.text.trimEnd()} ${next}` });
        i++;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

/**
 * "... as a Mechanic from June" / "2010 to June 2013.", "... since 17th June" / "2014 to 17th July 2017.": a month
 * (and its day) that the line's end parted from its year goes down to the year with the word that opens the date
 * ("from", "since", "in"), so the line below holds the whole date and the line above no dangling word.
 */
export function withWrappedMonths(lines: TextLine[]): TextLine[] {
  const out = lines.map((line) => ({ ...line }));
  for (let i = 0; i + 1 < out.length; i++) {
    const month =
      /(?<=\S\s+)((?:from|since|in|on|of|w\.e\.f\.?)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(\p{L}{3,9}\.?))\s*$/iu.exec(
        out[i].text,
      );
    const year = /^\s*((?:19|20)\d{2})\b/.exec(out[i + 1].text);
    if (!month || !year || parseDate(`${month[2]} ${year[1]}`)?.month == null) continue;
    out[i].text = out[i].text.slice(0, month.index).trimEnd();
    out[i + 1].text = `${month[1]} ${out[i + 1].text.trimStart()}`;
  }
  return out;
}

/**
 * "Duration : Oct 2007 to Nov 2013<tab>Designation :" over "ELEVATOR TECHNICIAN.": a title's or employer's key
 * that closes its line, over a short line that is no field, no list item and names no dates, which is its value
 * (a narrow cell wrapped it, or the key is a label over its value); the two make one line.
 */
export const joinKeyedValuesBelow = (lines: TextLine[], asOf: Month) =>
  joinWrapped(
    lines,
    (line, next) =>
      KEY_AT_END.test(line) &&
      next.trim() !== "" &&
      !next.includes("\t") &&
      next.trim().split(/\s+/).length <= 8 &&
      keyedField(next) === null &&
      !isBullet(next) &&
      findDateRanges(next, asOf).length === 0,
  );

/** a date range or a single date anywhere in the text */
export const hasDate = (text: string, asOf: Month) =>
  findDateRanges(text, asOf).length > 0 || findSingleDates(text).length > 0;

// "Limited", "Pvt. Ltd.", "Co. LLC": a legal form alone, the end of a name
const LEGAL_FORM_ONLY = new RegExp(String.raw`^(?:(?:co|company|${LEGAL_FORMS})\.?\s*){1,3}$`, "iu");

/**
 * "2. Kestrel Harbour Engineering and Construction Company" over "Limited, Dubai (Mar. 2021 – Aug. 2023)", or
 * "3. Orchard Facility Services Pvt. Ltd.," over "Hyderabad (Jan. 2018 – Jan. 2021)": an organisation's header
 * wrapped by a narrow column before its dates, the line below opening with the name's legal form or, after a
 * comma, with its place. The line above names an organisation (no title, no dates, no key) and the two make one.
 */
export const joinWrappedHeaderNames = (lines: TextLine[], asOf: Month) =>
  joinWrapped(lines, (line, next) => {
    const name = line.replace(/^\s*(?:(?:[•●▪■◦○·*‣⁃–—-]|\d{1,2}[.)])\s*)?/u, "").trim();
    const [range] = findDateRanges(next, asOf);
    if (!range || name === "" || /[\t:：]/.test(line) || /[\t:：]/.test(next) || hasDate(line, asOf))
      return false;
    if (titleScore(name) > 0 || !(companyScore(name) > 0 || /,$/.test(name))) return false;
    const head = next
      .slice(0, range.index)
      .replace(/[\s([{–—-]+$/u, "")
      .trim();
    const pieces = head.split(/\s*,\s*/);
    // the name's legal form, then its place; or, after the name's comma, its place alone
    if (/,$/.test(name)) return pieces.every((piece) => piece !== "" && looksLikeLocation(piece));
    return LEGAL_FORM_ONLY.test(pieces[0]) && pieces.slice(1).every(looksLikeLocation);
  });

/**
 * "Collection Supervisor – Branch Affairs" over "Department." over "March 2012 – September 2012": a header that a
 * narrow column wrapped before its last word or two and their stop, right above the job's dates. The short line
 * alone is no header (a stop ends a sentence), so the header above it went unread; the two make one line when
 * they read as a header together.
 */
export function joinWrappedStoppedHeaders(lines: TextLine[], asOf: Month): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [line, next, after] = [lines[i].text, lines[i + 1]?.text ?? "", lines[i + 2]?.text ?? ""];
    const tail = next.trim();
    // (the dates' line may itself be wrapped: "March 2012 – September" over "2012.")
    const [date] = [...findDateRanges(after, asOf), ...findSingleDates(after)];
    const joined = `${line.trimEnd()} ${tail}`;
    if (
      date !== undefined &&
      after.slice(0, date.index).trim() === "" &&
      /^\p{Lu}[^\t]*\p{L}\.$/u.test(tail) &&
      tail.split(/\s+/).length <= 3 &&
      !/[.;:!?]\s*$|\t/.test(line) &&
      !isBullet(line) &&
      !hasDate(line, asOf) &&
      !hasDate(tail, asOf) &&
      !isHeaderLike(tail) &&
      isHeaderLike(line) &&
      isHeaderLike(joined)
    ) {
      out.push({ ...lines[i], text: joined });
      i++;
    } else out.push(lines[i]);
  }
  return out;
}

/** A history's lines with a key's value, a bracket, a statement and a date's opening word wrapped below joined back. */
export const joinWrappedPhrases = (lines: TextLine[], asOf: Month) =>
  joinWrappedStoppedHeaders(
    joinWrappedHeaderNames(
      joinWrappedOpeners(
        joinWrappedStatements(joinWrappedBrackets(joinKeyedValuesBelow(lines, asOf)), asOf),
        asOf,
      ),
      asOf,
    ),
    asOf,
  );
