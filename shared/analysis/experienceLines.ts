// Experience lines made ready for reading: table label rows blanked, headers that run on into their
// description split off, date ranges stacked over three lines joined back into one.
import { COLUMN_LABEL, isColumnLabelRow } from "./columnLabels.ts";
import { findDateRanges, findSingleDates, NAMES_PRESENT } from "./dates.ts";
import {
  hasDate,
  joinWrapped,
  joinWrappedAtNames,
  joinWrappedDateCells,
  joinWrappedJoiners,
  joinWrappedPhrases,
  joinWrappedRangeColumn,
  withWrappedMonths,
} from "./experienceWraps.ts";
import { LEGAL_FORM_END, LEGAL_FORMS } from "./legalForms.ts";
import { looksLikeLocation } from "./places.ts";
import { companyScore, organisationWord, PLACE_FIELD, titleScore } from "./roles.ts";
import type { TextLine } from "./sections.ts";
import { titleHeadCount } from "./titles.ts";
import type { Month } from "./types.ts";

/**
 * "Acme City , State HR Coordinator Administered monthly payroll...": a header of organisation, place field
 * and title that runs on into the description. The title ends at its last head word within eight words;
 * what follows moves to a line of its own, so the header reads as one. Without a title after the place
 * ("Designer Acme � City , State Managed..."), the header ends at the place.
 */
export function splitRunOnHeaders(lines: TextLine[]): TextLine[] {
  return lines.flatMap((line) => {
    const place = PLACE_FIELD.exec(line.text);
    if (!place) return splitAfterNamedPlace(line);
    const after = line.text
      .slice(place.index + place[0].length)
      .split(/\s+/)
      .filter(Boolean);
    if (after.length <= 8) return [line];
    let end = -1;
    // a sentence starts after the place ("Managed designs for a leader in ..."): no title word in it counts
    const sentence = /^\p{Lu}\p{Ll}+ed$/u.test(after[0]);
    for (let i = 0; i < 8 && !sentence; i++) {
      if (/^(?:a|an|the|for|to|with|in|on|by|from|into)$/.test(after[i])) break;
      if (titleHeadCount(after[i].replace(/[,;:.]$/, "")) >= 4) end = i;
    }
    // "Designer Company Name City , State Managed designs...": the title came first, the place ends the header
    if (end === -1) {
      const head = line.text.slice(0, place.index + place[0].length).trimEnd();
      return [
        { text: head, start: line.start },
        { text: after.join(" "), start: line.start + head.length + 1 },
      ];
    }
    const head = `${line.text.slice(0, place.index + place[0].length)}${after.slice(0, end + 1).join(" ")}`;
    return [
      { text: head, start: line.start },
      { text: after.slice(end + 1).join(" "), start: line.start + head.length + 1 },
    ];
  });
}

/**
 * "Acme Systems - Dubai Silicon Oasis - United Arab Emirates Identify market opportunities ...": an
 * organisation and its place, set apart by dashes, that run on into the description. The header ends where
 * the place after its last dash ends (the longest run of up to four words that names a place).
 */
function splitAfterNamedPlace(line: TextLine): TextLine[] {
  const parts = line.text.split(/\s[-–—]\s/);
  if (parts.length < 2 || parts[0].trim().split(/\s+/).length > 8) return [line];
  const last = parts[parts.length - 1].trim().split(/\s+/);
  if (last.length <= 8) return [line];
  let end = 0;
  for (let take = 1; take <= 4; take++)
    if (looksLikeLocation(last.slice(0, take).join(" ").replace(/[,.]$/, ""))) end = take;
  if (end === 0 || !/^\p{Lu}/u.test(last[end])) return [line];
  const rest = last.slice(end).join(" ");
  const head = line.text.slice(0, line.text.lastIndexOf(rest)).trimEnd();
  return [
    { text: head, start: line.start },
    { text: rest, start: line.start + line.text.lastIndexOf(rest) },
  ];
}

const RANGE_WORD = /^(?:to|till|until|through|thru|[-–—]|bis|au|à|a|hasta|até|al|tot)$/i;
const OPEN_END =
  /^(?:present|current|currently|now|today|till date|to date|date|heute|aujourd'hui|actualidad|atual|oggi|heden)$/i;

/** A lone date on its own line (nothing else on it). */
export function loneDate(text: string): boolean {
  const found = findSingleDates(text);
  return (
    found.length === 1 &&
    text.replace(text.slice(found[0].index, found[0].index + found[0].length), "").trim() === ""
  );
}

/**
 * "September 2014" / "to" / "November 2014" (or "Current"): a range stacked over three lines, as some CV
 * builders lay out a narrow date column, is one range on the first line (each line keeps its own offset).
 */
export function joinStackedDateRanges(lines: TextLine[], asOf: Month): TextLine[] {
  const out = lines.map((line) => ({ ...line }));
  for (let i = 0; i + 2 < out.length; i++) {
    const [first, word, last] = [out[i].text.trim(), out[i + 1].text.trim(), out[i + 2].text.trim()];
    if (!RANGE_WORD.test(word) || !loneDate(first) || !(loneDate(last) || OPEN_END.test(last))) continue;
    const joined = `${first} ${word} ${last}`;
    if (findDateRanges(joined, asOf).length !== 1) continue;
    out[i].text = joined;
    out.splice(i + 1, 2);
  }
  return out;
}

const FROM_LABEL =
  /^(?:from|since|start(?:ed|ing)?(?:\s+date)?|joined|joining\s+date|date\s+of\s+joining)\s*[:：.-]?\s*/i;
const TO_LABEL =
  /^(?:to|till|until|end(?:ed)?(?:\s+date)?|relieved|left|date\s+of\s+(?:leaving|relieving))\s*[:：.-]?\s*/i;
const TO_LABEL_ONLY =
  /^(?:to|till|until|till\s+date|to\s+date|end(?:ed)?(?:\s+date)?|relieved|date\s+of\s+(?:leaving|relieving))\s*[:：.-]?$/i;
// an end holds a figure, is short ("–", "Mar") or names the present: most pairs of lines are let go here, unparsed
const mayEnd = (text: string) => /\d/.test(text) || text.length <= 12 || NAMES_PRESENT.test(text);
const isEnd = (text: string) => loneDate(text) || OPEN_END.test(text);

/**
 * Two pieces of one date range, as a date column or a table splits them: "Jan 2015 –" / "Mar 2018", "Jan 2015 –
 * Mar" / "2018", "Jan 2015" / "Mar 2018", "From: Jan 2015" / "To: Mar 2018". The range as one piece, or null.
 */
function joinedRange(first: string, second: string, asOf: Month): string | null {
  const [x, y] = [first.trim(), second.trim()];
  // ("End Date : May 2009": the end's label is no part of its length)
  if (x === "" || y === "" || y.replace(TO_LABEL, "").split(/\s+/).length > 3) return null;
  if (!mayEnd(y)) return null;
  if (findDateRanges(y, asOf).length > 0) return null;
  // "Jan 2015 –" reads as a range held since; with its end on the next line it is the range's first half
  const inX = findDateRanges(x, asOf);
  // ("... Doha. from June 2010" / "October 2016.": "from" opened it, the end wrapped with no joining word)
  const [open] = inX.length === 1 && inX[0].open ? inX : [];
  const openAtEnd =
    open &&
    open.index + open.length >= x.replace(/[\s.,;:]+$/, "").length &&
    loneDate(y.replace(/[.,;:)\]]+$/, ""));
  if (inX.length > 0 && !openAtEnd && !(inX.length === 1 && /(?:^|\s)(?:[-–—]|to|till|until)$/i.test(x)))
    return null;
  const across = openAtEnd ? `${x} – ${y}` : `${x} ${y}`;
  const ranges = findDateRanges(across, asOf);
  // what follows the range is at most its closing punctuation: "(Feb 2009 till" / "Mar 2014.)"
  if (
    ranges.length === 1 &&
    ranges[0].index < x.length &&
    (ranges[0].index + ranges[0].length >= across.length - 1 ||
      /^\s*[.,;:)\]]{0,3}$/.test(across.slice(ranges[0].index + ranges[0].length)))
  )
    return across;
  const from = x.replace(FROM_LABEL, "");
  const to = y.replace(TO_LABEL, "");
  // two bare dates, or a labelled start and end, with nothing else in either piece
  if ((from === x) !== (to === y) || !loneDate(from) || !isEnd(to)) return null;
  const range = `${from} – ${to}`;
  const [read] = findDateRanges(range, asOf);
  // a keyed start keeps its key ("Start Date : June 2007 – May 2009"), the dates field of its keyed job
  return read &&
    read.length >= range.length - 1 &&
    (read.end === null || read.start === null || read.start <= read.end)
    ? `${/[:：]\s*$/.test(x.slice(0, x.length - from.length)) ? x.slice(0, x.length - from.length) : ""}${range}`
    : null;
}

/**
 * A date range split between two lines (a narrow date column on either side of a table, a range wrapped in its
 * cell, start and end on lines of their own) or between two cells of one row ("Jan 2015\tMar 2018" under
 * "From"/"To" columns): one range on the first line, in the first cell; the second line keeps its other cells.
 */
export function joinSplitDateRanges(lines: TextLine[], asOf: Month): TextLine[] {
  const out = lines.map((line) => ({ ...line, text: joinDateCells(line.text, asOf) }));
  for (let i = 0; i + 1 < out.length; i++) {
    const cells = out[i].text.split("\t");
    const next = out[i + 1].text.split("\t");
    // "Oct 2018 – Jan Maintenance Technician" / "2021\tCoastal Energy": the date cell's first line run into the
    // title beside it (a gap no wider than a word's): the range's start and the title part where the end's
    // second line makes a range of the words before
    if (next.length >= 2 && /^\s*[\p{L}\d]/u.test(cells[0]) && mayEnd(next[0].trim())) {
      const split = rangeRunIntoCell(cells[0], next[0], asOf);
      if (split) {
        cells.splice(0, 1, ...split);
        next.splice(0, 1);
        out[i] = { ...out[i], text: cells.join("\t") };
        out[i + 1] = { ...out[i + 1], text: next.join("\t") };
        continue;
      }
    }
    for (const side of [0, -1]) {
      const a = side === 0 ? 0 : cells.length - 1;
      const b = side === 0 ? 0 : next.length - 1;
      if (side === -1 && cells.length === 1 && next.length === 1) continue;
      const joined = joinedRange(cells[a], next[b], asOf);
      if (joined === null) continue;
      cells[a] = cells[a].replace(cells[a].trim(), () => joined);
      next.splice(b, 1);
      out[i] = { ...out[i], text: cells.join("\t") };
      // what the second line keeps may be only the end's label ("Till Date", "To :")
      const rest = next.join("\t").trim();
      if (rest === "" || TO_LABEL_ONLY.test(rest)) out.splice(i + 1, 1);
      else out[i + 1] = { ...out[i + 1], text: next.join("\t") };
      break;
    }
  }
  return out;
}

/** [the joined range, the rest of the cell] when the cell's first words and the end below make a range */
function rangeRunIntoCell(cell: string, end: string, asOf: Month): [string, string] | null {
  const words = cell.trim().split(/\s+/);
  if (words.length < 4 || findDateRanges(cell, asOf).some((range) => range.index === 0)) return null;
  for (let k = 2; k <= Math.min(5, words.length - 2); k++) {
    const rest = words.slice(k).join(" ");
    if (!/^\p{Lu}/u.test(rest)) continue;
    const joined = joinedRange(words.slice(0, k).join(" "), end, asOf);
    if (joined !== null) return [joined, rest];
  }
  return null;
}

/** "Acme Ltd\tEngineer\tJan 2015\tMar 2018": a row's start and end in cells side by side, as one range. */
function joinDateCells(text: string, asOf: Month): string {
  if (!text.includes("\t")) return text;
  const cells = text.split("\t");
  // a start cell holds a figure, and the end beside it may be an end (see joinedRange)
  const pair = (k: number) => /\d/.test(cells[k]) && mayEnd(cells[k + 1].trim());
  if (!cells.some((_, k) => k + 1 < cells.length && pair(k)) || findDateRanges(text, asOf).length > 0)
    return text;
  for (let k = 0; k + 1 < cells.length; k++) {
    const joined = loneDate(cells[k].trim()) ? joinedRange(cells[k], cells[k + 1], asOf) : null;
    if (joined === null) continue;
    cells.splice(k, 2, joined);
    return cells.join("\t");
  }
  return text;
}

// " 02-08 Head of the Department", "• 10- Editor in Chief": a two-digit year, or two, opening the line or its item
const SHORT_YEARS = /^(\s*(?:[•●▪■◦○·*‣⁃]\s*)?)(\d{2})\s?-\s?(\d{2})?(?=\s+\p{Lu})/u;

/**
 * Academic CVs list positions behind two-digit years ("97-98 Sabbatical year at ...", "10- Editor of ...").
 * Where three or more lines of a work history open that way, the years are read as years: 50 and above in
 * the 1900s, below in the 2000s, and an open end ("10-") as held since.
 */
export function expandShortYears(lines: TextLine[]): TextLine[] {
  if (lines.filter((line) => SHORT_YEARS.test(line.text)).length < 3) return lines;
  const year = (two: string) => `${Number(two) >= 50 ? 19 : 20}${two}`;
  const out: TextLine[] = [];
  let item = false;
  for (const line of lines) {
    const match = SHORT_YEARS.exec(line.text);
    if (match) {
      const [whole, space, from, to] = match;
      const range = to ? `${year(from)}-${year(to)}` : `${year(from)} - present`;
      out.push({ ...line, text: `${space}${range}${line.text.slice(whole.length)}` });
      item = true;
    } else if (item && line.text.trim() !== "") {
      // the item wraps: its next lines are the rest of its organisation, not a header of their own
      const last = out[out.length - 1];
      out[out.length - 1] = { ...last, text: `${last.text.trimEnd()} ${line.text.trim()}` };
    } else {
      item = false;
      out.push(line);
    }
  }
  return out;
}

// a legal form closing a name: "Co.", "CO.LTD", "Corporation", "Pvt. Ltd", "LLC", "L.L.C", "W.L.L"
const LEGAL_FORM_LEAD = new RegExp(
  `^((?:co|company|${LEGAL_FORMS})\\.?(?:\\s+(?:${LEGAL_FORMS})\\.?)?)(?=\\s+as\\s+(?:an?\\s+|the\\s+)?\\p{Lu})`,
  "iu",
);

/**
 * Whether `next` is the wrapped end of an organisation's name that `line` begins: "HYUNDAI ELEVATOR" / "CO.LTD",
 * "Company : RED CRYSTAL GENERAL" / "CONTRACTING LLC", "Chennai Petroleum" / "Corporation Ltd – Chennai". The
 * first part names no title and no legal form of its own; the second is a few capitalised words that end on one.
 */
function wrapsOrganisation(line: string, next: string, asOf: Month): boolean {
  const text = line.trim();
  const cell =
    text
      .split(/\t|[:：]\s*/)
      .pop()
      ?.trim() ?? "";
  // "Apr-19 - Aug-20 | Data Entry Operator, Horizon Retail India" / "Pvt Ltd": the organisation after a title
  // (or after " - ": "Internal Control Senior Officer - AL BARAKA" / "BANK - Syria")
  const cut = /^(.*\S)(?:,|\s[-–—|])\s+(\S.*)$/u.exec(cell);
  const name = (cut && titleScore(cut[1]) > 0 ? cut[2].trim() : cell).replace(/^[^\p{L}\p{N}]+/u, "");
  // "M/S. ACME INFRATECH PRIVATE" / "LIMITED as a Site Engineer on ...": a statement goes on after the legal form
  const statement = LEGAL_FORM_LEAD.exec(next.trim());
  const head =
    statement?.[1] ??
    next
      .trim()
      .split(/\s[-–—]\s|,|\t/)[0]
      .trim();
  const words = (s: string) => s.split(/\s+/).length;
  // "Manager - Finance & Accounts" / "Kestrel Industries Pvt. Ltd.": after a title, a line that is an organisation's
  // whole name (a word of its own before the words that make it an organisation's) wraps nothing of the function
  // before it
  const wholeNameBelow =
    cut !== null &&
    titleScore(cut[1]) > 0 &&
    !/\s(?:for|of|and|&)$/i.test(name) &&
    head
      .split(/\s+/)
      .some(
        (word) =>
          /^\p{Lu}/u.test(word) &&
          !organisationWord(word.replace(/[.,]+$/, "")) &&
          !LEGAL_FORM_END.test(word),
      );
  return (
    name !== "" &&
    !wholeNameBelow &&
    head !== "" &&
    // "Duration" / "Acme Pumps Ltd": a table's column label, one cell per line, is no start of a name
    !COLUMN_LABEL.test(name) &&
    !/[.,;:!?)\]]$/.test(text) &&
    /^\p{Lu}/u.test(name) &&
    /^\p{Lu}/u.test(head) &&
    words(name) <= 5 &&
    words(head) <= 4 &&
    // a legal form after a name with no organisation's word; or only words that make a name an organisation's
    // ("Vardhman Steel" / "Fabricators", "Horizon Retail India" / "Pvt Ltd", "Oceanic Shipping" / "Agencies")
    ((companyScore(name) === 0 && LEGAL_FORM_END.test(head)) ||
      (companyScore(name) < 4 && head.split(/\s+/).every(organisationWord)) ||
      // a name cut after its joining word ("TTS TECHNOLOGY EGYPT FOR" / "PETROLEUM SERVICES")
      (companyScore(name) > 0 && /\s(?:for|of|and|&)$/i.test(name) && companyScore(head) > 0)) &&
    !/[:：]/.test(next) &&
    titleScore(name) === 0 &&
    titleScore(head) === 0 &&
    !hasDate(name, asOf) &&
    // dates in a cell of their own are the row's, not the name's
    (!hasDate(text, asOf) || text.includes("\t")) &&
    !hasDate(next, asOf)
  );
}

/** An organisation's name wrapped before its legal form (see wrapsOrganisation) is joined back onto one line. */
export const joinWrappedOrganisations = (lines: TextLine[], asOf: Month) =>
  joinWrapped(lines, (line, next) => wrapsOrganisation(line, next, asOf));

/**
 * A work history's lines made ready to read: run-on headers split, short years written out, stacked and wrapped
 * date ranges joined, organisations' names wrapped before their legal form joined, and a table's row of column
 * labels blanked.
 */
export function historyLines(lines: TextLine[], asOf: Month): TextLine[] {
  return joinWrappedOrganisations(
    joinSplitDateRanges(
      joinWrappedDateCells(
        joinStackedDateRanges(
          expandShortYears(
            withWrappedMonths(
              splitRunOnHeaders(
                joinWrappedRangeColumn(
                  joinWrappedAtNames(joinWrappedJoiners(joinWrappedPhrases(lines, asOf), asOf), asOf),
                  asOf,
                ),
              ),
            ),
          ),
          asOf,
        ),
        asOf,
      ),
      asOf,
    ),
    asOf,
  ).map((line, index, all) =>
    isColumnLabelRow(line.text) || inLabelColumn(all, index)
      ? { ...line, text: "" }
      : WEB_AFTER.test(line.text)
        ? { ...line, text: line.text.replace(WEB_AFTER, "") }
        : line,
  );
}

// "working with M/s Acme Land Developer www.acme.in", "Acme Systems (https://acme.io)": a web address after a
// name on a history line is no part of the name (a line that is only an address stays as it is)
const WEB_AFTER = /(?<=\S)[ \t]*[([]?\b(?:https?:\/\/|www\.)[^\s)\]]+[)\]]?(?=[ \t]*$)/iu;

/** "Duration" / "Organisation" / "Designation": a label row exported one cell per line, two labels or more. */
function inLabelColumn(lines: TextLine[], index: number): boolean {
  const label = (i: number) => i >= 0 && i < lines.length && COLUMN_LABEL.test(lines[i].text.trim());
  return label(index) && (label(index - 1) || label(index + 1));
}
