// Finds and parses CV date ranges in seven languages: month names, numeric forms, open ends and "present" words.
import { escapeRegExp } from "./regexText.ts";
import type { Month } from "./types.ts";

// biome-ignore format: compact word lists
const MONTH_NAMES: string[][] = [
  [
    "january", "januar", "jänner", "jaenner", "janvier", "janv", "enero", "ene", "janeiro", "gennaio",
    "gen", "januari", "jan",
  ],
  [
    "february", "februar", "février", "fevrier", "févr", "fevr", "febrero", "fevereiro", "febbraio",
    "februari", "feb", "fev", "fév", "febr",
  ],
  ["march", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt", "mar", "mrz"],
  ["april", "avril", "abril", "aprile", "apr", "avr", "abr"],
  ["may", "mai", "mayo", "maio", "maggio", "mag", "mei"],
  ["june", "juni", "juin", "junio", "junho", "giugno", "jun", "giu"],
  ["july", "juli", "juillet", "juil", "julio", "julho", "luglio", "jul", "lug"],
  ["august", "août", "aout", "agosto", "augustus", "aug", "ago", "aoû"],
  [
    "september", "septembre", "septiembre", "setiembre", "setembro", "settembre", "sept", "sep", "set",
    "sett",
  ],
  ["october", "oktober", "octobre", "octubre", "outubro", "ottobre", "oct", "okt", "out", "ott"],
  ["november", "novembre", "noviembre", "novembro", "nov"],
  [
    "december", "dezember", "décembre", "decembre", "diciembre", "dezembro", "dicembre", "dec", "dez",
    "déc", "dic",
  ],
];

const MONTH_WORDS = new Set(MONTH_NAMES.flat());
/** "August", "Sept.": a month's name alone, in one of the spellings read here */
export const namesMonth = (word: string) =>
  MONTH_WORDS.has(
    word
      .trim()
      .toLowerCase()
      .replace(/[.,]+$/, ""),
  );

const MONTH_BY_NAME = new Map<string, number>();
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) MONTH_BY_NAME.set(name, index + 1);
});
// Internships and terms are often dated by season; each maps to the month the season starts in.
// biome-ignore format: compact word list
const SEASONS: [string, number][] = [
  ["spring", 3], ["summer", 6], ["fall", 9], ["autumn", 9], ["frühjahr", 3], ["frühling", 3], ["sommer", 6], ["herbst", 9],
  ["printemps", 3], ["été", 6], ["automne", 9], ["primavera", 3], ["verano", 6], ["otoño", 9], ["verão", 6], ["outono", 9],
  ["autunno", 9], ["voorjaar", 3], ["lente", 3], ["zomer", 6], ["najaar", 9], ["herfst", 9],
];
for (const [name, month] of SEASONS) MONTH_BY_NAME.set(name, month);

const MONTH_ALTERNATION = [...MONTH_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");

// biome-ignore format: compact word lists
export const PRESENT_WORDS = [
  "present", "current", "currently", "now", "today", "ongoing", "date", "heute", "bis heute", "aktuell",
  "jetzt", "laufend", "dato", "actuel", "actuellement", "aujourd'hui", "aujourd’hui", "présent", "en cours",
  "presente", "actualidad", "actual", "la actualidad", "hoy", "atual", "atualmente", "o momento", "momento",
  "oggi", "attuale", "in corso", "heden", "nu", "huidig", "nog steeds", "hoje", "até hoje", "attualmente",
  "ad oggi", "en curso", "vandaag", "tot heden", "tot nu", "jetzt", "gegenwärtig",
  "till date", "to date", "till now", "until now", "until today", "up to now", "bis dato",
  "till dated", "till the date", "till today", "still date", "onwards", "on wards", "continuing", "till continue",
  "still working", "still continuing", "presently", "continue", "continued", "upto now", "up till now", "this date",
  "the present", "up to date", "upto date", "uptodate", "up-to-date", "tilldate", "till-date", "as on date",
  "as on today", "contd", "running",
];
const PRESENT_ALTERNATION = [...PRESENT_WORDS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");

const YEAR = "(?:19[5-9]\\d|20[0-4]\\d)";
const MONTH_NUMBER = "(?:0?[1-9]|1[0-2])";
// Order matters: the most specific forms first so "2019-2021" is not read as year 2019, month 20.
const MONTH_DATE_SOURCE = [
  // "Dec 2016", "5th Dec 2016", "July ‘2016", "Mar'15", "Sep 14" (a month name makes two digits a year),
  // "06-Aug-2012", "6/Aug/12", "April - 2013"
  `(?:\\d{1,2}(?:st|nd|rd|th)?(?:[.,]?\\s*|[-/]))?(?:${MONTH_ALTERNATION})\\.?(?:[,/-]|\\s[-–](?=\\s?(?:['’‘]\\s?\\d|(?:19|20)\\d\\d)))?\\s*(?:\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*|\\s+))?(?:['’‘]\\s?)?(?:${YEAR}|\\d{2}(?!\\d))`,
  // "08/04/2013", "08/04/ 2013" (a space the typist left after a separator)
  `\\d{1,2}\\s?[./-]\\s?${MONTH_NUMBER}\\s?[./-]\\s?${YEAR}`,
  `${MONTH_NUMBER}\\s?[./-]\\s?${YEAR}`,
  // "2015-06-15": a full date written year first
  ...["-", "\\.", "/"].map((mark) => `${YEAR}${mark}${MONTH_NUMBER}${mark}\\d{1,2}(?![\\d])`),
  `${YEAR}[./-]${MONTH_NUMBER}(?![\\d])`,
].join("|");
const DATE_SOURCE = `${MONTH_DATE_SOURCE}|${YEAR}`;
// (U+FFFD: a dash the exporter mangled, "01/2013 � Current")
const SEPARATOR =
  "\\s*(?:(?<=(?:19|20)\\d\\d)\\s?/(?=\\s?(?:19|20)\\d\\d(?!\\d))|[-–—~‒―→\ufffd]+(?:\\s*(?:to|till)\\s*[:：]?(?=\\s))?|(?<=\\bfrom\\s*[:：]\\s*[^:：]{1,30})(?:to|till|until)\\s*[:：]|up\\s?to|up till|to\\s+(?:till|until)|to|until|till|through|thru|bis|à|au|a|al|hasta|até|ate|fino a|fino al|al|tot|t/m)\\s*";
const OPENER = "(?:since|seit|depuis|desde|dal|sinds|ab|from|vanaf|a partir de|dès|w\\.?\\s?e\\.?\\s?f\\.?)";

// "(27-08-2017 To Till)": "till" closed by its bracket (not at a line's end: measured, that cost more than it gave)
const TILL_AT_END = "till(?=[ \\t]*\\))";
// (an end in quotes: "8th July, 2015 to “Present”", "Jul 2015 - 'Till date'"; the present in brackets: "14th July,
// 2016 to (till date)")
const RANGE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:from|von|de|du|del|dal|da|van|vom)\\s+)?(${DATE_SOURCE})${SEPARATOR}(?:[“"‘']\\s?|\\((?=\\s?(?:${PRESENT_ALTERNATION})\\s?\\)))?(${DATE_SOURCE}|${PRESENT_ALTERNATION}|${TILL_AT_END})(?:\\s?[”"’']|(?<=\\(\\s?(?:${PRESENT_ALTERNATION}))\\s?\\))?(?![\\p{L}\\d])`,
  "giu",
);
const OPEN_RANGE = new RegExp(
  `(?<![\\p{L}\\d])(?:${OPENER}\\s+(${DATE_SOURCE})(?![\\p{L}\\d])|(${DATE_SOURCE})\\s*[-–]?\\s*on[-\\s]?wards?\\b)`,
  "giu",
);
// "2015 –\tAssociate Research Scholar", "2008-": a line that opens with a date and a dash before a tab or its end
// lists a position held since then (academic CVs)
const LEADING_OPEN = new RegExp(`^\\s*(${DATE_SOURCE})\\s*[-–—]\\s*(?=\\t|$)`, "iu");
// "Aug 2018 Oct 2019", "Oct 2019  Present": a table's From and To cells that a PDF sets one space apart; only
// dates that name their month, so that two years side by side stay two years
const SPACED_RANGE = new RegExp(
  `(?<![\\p{L}\\d])(${MONTH_DATE_SOURCE}) +(${MONTH_DATE_SOURCE}|present|current|ongoing)(?![\\p{L}\\d])`,
  "giu",
);
// "1996-97", "(2011-15)": a start year and the end's last two figures, read only where those cannot be a month
const SHORT_END = new RegExp(`(?<![\\p{L}\\d./-])(${YEAR})\\s?[-–/]\\s?(\\d{2})(?![\\p{L}\\d./%-])`, "gu");
// "September-December 2003", "Jun – Aug 2019", "May to July 2012": two months of one year, the year written once
// after the second (a capital opens the first, so that "may to July 2012" in a sentence stays a verb)
const MONTHS_OF_A_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(\\p{Lu}\\p{L}{2,8})\\.?\\s*(?:[-–—]+|to|till|until|through|thru)\\s*((?:${MONTH_ALTERNATION})\\.?,?\\s*['’‘]?\\s?(?:${YEAR}|\\d{2}(?!\\d)))(?![\\p{L}\\d])`,
  "giu",
);
// (a dash before it may join it to a word, "INTERMEDIATE-2007", "ENGINEERING -2015", but not to a number: "2010-2012")
const SINGLE = new RegExp(`(?<![\\p{L}\\d./])(?<![\\d/.]\\s*[-–])(${DATE_SOURCE})(?![\\p{L}\\d])`, "giu");
const PRESENT = new RegExp(`^(?:${PRESENT_ALTERNATION})$`, "iu");
/** A "present" word anywhere in a piece ("Till Date", "Continuing", "Present)"). */
export const NAMES_PRESENT = new RegExp(PRESENT_ALTERNATION, "iu");

export interface ParsedDate {
  year: number;
  /** null when only the year is given */
  month: number | null;
}

export interface DateRange {
  start: Month | null;
  end: Month | null;
  current: boolean;
  /** where the range was found in the searched text */
  index: number;
  length: number;
  /** true when a side carried only a year */
  yearOnly: boolean;
  /** "since 2008", "from 12/06/2008": current only because no end is written, no present word said so */
  open?: true;
}

export function parseDate(raw: string): ParsedDate | null {
  const text = raw.trim().toLowerCase().replace(/\s+/g, " ");
  let match = /^(\d{1,2}) ?[./-] ?(\d{1,2}) ?[./-] ?(\d{4})$/.exec(text);
  if (match) return { year: Number(match[3]), month: Number(match[2]) };
  match = /^(\d{1,2})\s?[./-]\s?(\d{4})$/.exec(text);
  if (match) return { year: Number(match[2]), month: Number(match[1]) };
  match = /^(\d{4})([./-])(\d{1,2})\2\d{1,2}$/.exec(text);
  if (match) return { year: Number(match[1]), month: Number(match[3]) };
  match = /^(\d{4})[./-](\d{1,2})$/.exec(text);
  if (match) return { year: Number(match[1]), month: Number(match[2]) };
  match = /^(\d{4})$/.exec(text);
  if (match) return { year: Number(match[1]), month: null };
  const yearMatch = /(\d{4}|\d{2})$/.exec(text);
  // the first word that names a month ("5th dec 2016": "th" is the day's suffix)
  const month = (text.match(/\p{L}+/gu) ?? []).map((word) => MONTH_BY_NAME.get(word)).find(Boolean);
  if (!yearMatch || !month) return null;
  const yearText = yearMatch[1];
  const year = yearText.length === 4 ? Number(yearText) : 2000 + Number(yearText);
  return { year: year > 2049 ? year - 100 : year, month };
}

export function toMonth(date: ParsedDate): Month {
  return `${date.year}-${String(date.month ?? 1).padStart(2, "0")}`;
}

export function isPresentWord(text: string): boolean {
  return PRESENT.test(text.trim()) || /^till$/i.test(text.trim());
}

/** Every date range in a text, left to right; open ranges ("since 2020") end at asOf and count as current. */
// "2008 JAN.", "Since 2014 May": the year before an English month's name, turned round in place ("JAN. 2008": the
// same length, so every index still points into the text as written) before the date patterns read it
// (not a year that ends a month's date already: "Aug 2018 Oct 2019")
const YEAR_FIRST =
  /(?<![\p{L}\d])(?=(?:19|20)\d\d\s)(?<!(?<!\p{L})(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s*['’‘]?\s*)(19[5-9]\d|20[0-4]\d)(\s+)((?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)(?![\p{L}\d])/giu;
const monthFirst = (text: string) =>
  text.replace(YEAR_FIRST, (_, year: string, space: string, month: string) => `${month}${space}${year}`);

// "between June 2007 and May 2009": a range joined by "and", read as "to" (of the same length, as above)
const BETWEEN = /\b(between\s+[^\n]{2,20}?\s+)and(?=\s+[^\n]{0,15}?(?:19|20)\d\d)/giu;

export function findDateRanges(written: string, asOf: Month): DateRange[] {
  // every date form holds a figure: most of a CV's lines hold none
  if (!/\d/.test(written)) return [];
  const text = monthFirst(written).replace(BETWEEN, "$1to ");
  const ranges: DateRange[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  // dates joined by a dash or "to"; then dates side by side, which are a span only when they run forward
  for (const [pattern, spaced] of [
    [RANGE, false],
    [SPACED_RANGE, true],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const index = match.index ?? 0;
      if (overlaps(index, index + match[0].length)) continue;
      const start = parseDate(match[1]);
      const current = isPresentWord(match[2]);
      const end = current ? null : parseDate(match[2]);
      if (!start || (!current && !end)) continue;
      const startMonth = toMonth(start);
      let endMonth = end ? toMonth(end) : null;
      // "2019 - 2018" is a typo more often than a time machine: keep the start, drop the impossible end.
      if (endMonth && (endMonth < startMonth || endMonth > asOf) && spaced) continue;
      if (endMonth && endMonth < startMonth) endMonth = null;
      if (endMonth && endMonth > asOf) endMonth = asOf;
      ranges.push({
        start: startMonth,
        end: endMonth,
        current,
        index,
        length: match[0].length,
        yearOnly: start.month === null || (end !== null && end.month === null),
      });
      taken.push([index, index + match[0].length]);
    }
  }
  for (const match of text.matchAll(MONTHS_OF_A_YEAR)) {
    const index = match.index ?? 0;
    const first = MONTH_BY_NAME.get(match[1].toLowerCase());
    const end = parseDate(match[2]);
    if (!first || !end?.month || !/^\p{Lu}/u.test(match[1]) || overlaps(index, index + match[0].length))
      continue;
    // ("November – February 2019": the winter that began the year before)
    const start = toMonth({ year: first > end.month ? end.year - 1 : end.year, month: first });
    const endMonth = toMonth(end) > asOf ? asOf : toMonth(end);
    if (start > asOf) continue;
    ranges.push({ start, end: endMonth, current: false, index, length: match[0].length, yearOnly: false });
    taken.push([index, index + match[0].length]);
  }
  for (const match of text.matchAll(SHORT_END)) {
    const index = match.index ?? 0;
    const start = Number(match[1]);
    const last = Number(match[2]);
    const end = Math.floor(start / 100) * 100 + last;
    if (last <= 12 || end <= start || end > start + 15 || overlaps(index, index + match[0].length)) continue;
    const endMonth = `${end}-01` > asOf ? asOf : `${end}-01`;
    ranges.push({
      start: `${start}-01`,
      end: endMonth,
      current: false,
      index,
      length: match[0].length,
      yearOnly: true,
    });
    taken.push([index, index + match[0].length]);
  }
  for (const match of text.matchAll(OPEN_RANGE)) {
    const index = match.index ?? 0;
    if (overlaps(index, index + match[0].length)) continue;
    const start = parseDate(match[1] ?? match[2]);
    if (!start) continue;
    ranges.push({
      start: toMonth(start),
      end: null,
      current: true,
      index,
      length: match[0].length,
      yearOnly: start.month === null,
      ...(match[1] !== undefined ? { open: true as const } : {}),
    });
    taken.push([index, index + match[0].length]);
  }
  const leading = ranges.length === 0 ? LEADING_OPEN.exec(text) : null;
  const since = leading ? parseDate(leading[1]) : null;
  if (leading && since)
    ranges.push({
      start: toMonth(since),
      end: null,
      current: true,
      index: 0,
      length: leading[0].length,
      yearOnly: since.month === null,
    });
  return ranges.sort((a, b) => a.index - b.index);
}

/** Single dates not part of a range, e.g. a graduation year or a certificate's issue month. */
export function findSingleDates(written: string): { date: ParsedDate; index: number; length: number }[] {
  const found: { date: ParsedDate; index: number; length: number }[] = [];
  if (!/\d/.test(written)) return found;
  for (const match of monthFirst(written).matchAll(SINGLE)) {
    const date = parseDate(match[1]);
    if (date) found.push({ date, index: match.index ?? 0, length: match[0].length });
  }
  return found;
}

export function monthIndex(month: Month): number {
  const [year, number] = month.split("-").map(Number);
  return year * 12 + (number - 1);
}

export function fromMonthIndex(index: number): Month {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Inclusive month count, the way CVs and LinkedIn count "Jan 2019 – Dec 2019" as 12 months. */
export function monthsBetween(start: Month, end: Month): number {
  return Math.max(0, monthIndex(end) - monthIndex(start) + 1);
}

/** LinkedIn-style durations: "3 years 2 months", "1 yr 4 mos", "2 Jahre 3 Monate", "8 mois". */
export function parseDuration(text: string): number | null {
  const years = /(\d+)\s*(?:years?|yrs?|jahre?n?|ans?|años?|anos?|anni|anno|jaar|jaren)\b/iu.exec(text);
  const months = /(\d+)\s*(?:months?|mos?|monate?n?|mois|meses|mes|mesi|mese|maanden|maand)\b/iu.exec(text);
  if (!years && !months) return null;
  return Number(years?.[1] ?? 0) * 12 + Number(months?.[1] ?? 0);
}
