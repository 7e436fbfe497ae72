// Experience written as "Key : Value" fields ("Company Name : X", "Designation : Y", "Duration : Jun 2016 to
// till date"), one field per line or several on one line; a repeated key starts the next job.
import { findDateRanges, findSingleDates, monthsBetween, toMonth } from "./dates.ts";
import { bare, isProperName } from "./experienceNames.ts";
import { organisationName } from "./organisationNames.ts";
import { looksLikeLocation } from "./places.ts";
import { companyScore, titleScore } from "./roles.ts";
import type { TextLine } from "./sections.ts";
import { endsLikeTitle } from "./titles.ts";
import type { ExperienceEntry, Month } from "./types.ts";

type Field = "organisation" | "title" | "dates" | "other";

// biome-ignore format: one field per line
const KEYS: [Field, string][] = [
  ["organisation", "name and address of (?:the )?employer|name of (?:the )?(?:organi[sz]ation|company|employer|firm)|company name|organi[sz]ation name|employer(?:'s)? name|(?:(?:current|present|previous|past|last)[\\s-]+)?(?:organi[sz]ation|company|employers?)|employed(?: (?:by|with|at|in))?|firm|working (?:in|with|at)"],
  ["title", "occupation or position held|designation|job title|(?:job |current |present )?role|(?:current |present )?position(?: held)?|post held|working as|profile"],
  ["dates", "dates|duration|period(?: of (?:employment|service|work))?|tenure|time frame|working since|date of (?:joining|join|employ(?:ment)?)|joining date|start(?:ing)? date|experience"],
  // fields of a job that are neither its title nor its employer: read as keys so that their values are neither
  ["other", "main activities and responsibilities|(?:type of )?business or sector|notice period|nature of (?:the )?(?:job|work)|section of working|department(?:\\s*/\\s*[a-z]+)?|job profile|client(?: name)?|consultants?|epc|pmc|main contractor|project(?: name)?|name of (?:the )?project|(?:employee |emp\\.? ?|staff )?id(?: ?(?:no|number)\\.?)?|(?:employee|staff) (?:no|number|code)\\.?"],
];

// A key at the start of a line (or after a tab or two spaces) before a colon, dash or tab run; or a key after
// any space when a colon follows it ("... to 07/2013 Designation : Trainee").
const KEY_WORDS = KEYS.map(([, k]) => k).join("|");
const KEY = new RegExp(
  `(?:(?:^|\\t|(?<!\\s)\\s{2,}|(?<=[.;]\\s))[•*\\-–]?\\s*(${KEY_WORDS})\\s*(?:[:：]+\\s*[-–]?|\\t+|\\s[-–]\\s)|(?<=\\s)(${KEY_WORDS})\\s*[:：]+\\s*[-–]?)`,
  "giu",
);
const COLUMN_NAME = new RegExp(`^\\s*(?:${KEY_WORDS})\\s*(?:\\t|$)`, "iu");
const FIELD_OF = (key: string): Field =>
  KEYS.find(([, pattern]) => new RegExp(`^(?:${pattern})$`, "i").test(key.toLowerCase().trim()))?.[0] ??
  "title";

const LABELLED = new RegExp(`^(${KEY_WORDS})\\s*[:：]+\\s*[-–]?\\s*(.+)$`, "iu");
// a title's or employer's key and its colon closing a line, its value not on it ("... 2013<tab>Designation :")
const TITLE_AND_ORGANISATION_KEYS = KEYS.filter(([field]) => field === "title" || field === "organisation")
  .map(([, k]) => k)
  .join("|");
export const KEY_AT_END = new RegExp(
  `(?:^|\\t|\\s)(?:${TITLE_AND_ORGANISATION_KEYS})[ \\t]*[:：]+[ \\t]*$`,
  "iu",
);

/** The field a "Key : Value" line names ("Client : X" is "other"), or null when the line is no keyed field. */
export function keyedField(line: string): Field | null {
  const labelled = LABELLED.exec(line.trim());
  return labelled ? FIELD_OF(labelled[1]) : null;
}

/** "Employer : Acme Ltd.", "Designation: Engineer.": a line that names a job's employer or title by its key. */
export const namesJobPart = (line: string) => {
  const field = keyedField(line);
  return field === "organisation" || field === "title";
};
const KEY_TABS = new RegExp(
  `(?<![\\p{L}])(${KEY_WORDS})[ \\t]*([:：]+)?[ \\t]*\\t[ \\t]*([:：]+)?[ \\t]*`,
  "giu",
);

/**
 * "Working as\t: Engineer", "Position:\tProject Manager": a key set apart from its value by tabs (a colon on
 * either side), joined back into one "key : value" piece.
 */
export const joinKeyTabs = (line: string) =>
  line
    .replace(KEY_TABS, (match, key: string, before?: string, after?: string) =>
      before || after ? `${key} : ` : match,
    )
    // a key column's label at the line's start with its value after a tab ("Department\tCivil drafting"), unless
    // the value is another label (a table's column names: "Company\tDesignation")
    .replace(KEY_COLUMN, (match, key: string, offset: number, whole: string) =>
      COLUMN_NAME.test(whole.slice(offset + match.length)) ? match : `${key} : `,
    );
const KEY_COLUMN = new RegExp(`^\\s*(${KEY_WORDS})[ \\t]*\\t[ \\t]*(?=\\S)`, "iu");

/**
 * Header pieces that carry field labels ("Working in : Acme Ltd", "Designation: Engineer"): the values,
 * each with the part its label names, and the other pieces as they were.
 */
/** "Role : Clearing the electrical faults, which ...": a role's key before a description of the work, no title */
// (its words, not a separator left after it: "Role: Quality Assurance and Quality Control Engineer |"; and a long
// title that ends like one is still a title)
const describesWork = (key: string, value: string) => {
  const words = value.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return (
    /role$/i.test(key.trim()) && words.length > 6 && !(words.length <= 8 && endsLikeTitle(words.join(" ")))
  );
};

const KEY_ALONE = new RegExp(
  `^\\s*(?:(?:${KEY_WORDS})\\s*[:：]+|${KEYS.find(([field]) => field === "dates")?.[1]}\\s*[:：]*)\\s*$`,
  "iu",
);

/**
 * "Duration: 2008 to 2010" / "Designation: Draughtsman": the title a keyed line right under a job's dates names
 * (or one further down a block of such fields: "Project : X" / "Client : Y" / "Position : Z").
 */
export function keyedTitleBelow(texts: string[], from: number, end: number): string | undefined {
  for (let i = from; i < end && (i < from + 2 || (i < from + 5 && keyedField(texts[i - 1]))); i++) {
    const title = labelledPieces([joinKeyTabs(texts[i])]).title;
    if (title !== undefined) return title;
  }
  return undefined;
}

// a line that ends on a place ("Kingdom of Saudi Arabia", "Doha Qatar")
const endsWithPlace = (text: string) => {
  const words = text.trim().split(/\s+/);
  return [1, 2, 3].some((n) => n <= words.length && looksLikeLocation(words.slice(-n).join(" ")));
};

/**
 * "Marigold Infra" / "Period: 2012 - 2014" / "Designation: Junior Engineer": under the dates a labelled title, so
 * the one header line above, read as a title, is the organisation (unless it names a place).
 */
export function organisationOverKeyedTitle(
  role: { title: string | null; company: string | null },
  below: string | undefined,
): void {
  if (
    role.title === null ||
    role.company !== null ||
    // (a place alone above the dates, "Kingdom of Saudi Arabia", names no organisation)
    (companyScore(role.title) === 0 && endsWithPlace(role.title)) ||
    labelledPieces([joinKeyTabs(below ?? "")]).title === undefined
  )
    return;
  role.company = role.title;
  role.title = null;
}

export function labelledPieces(pieces: string[]): { rest: string[]; title?: string; organisation?: string } {
  const out: { rest: string[]; title?: string; organisation?: string } = { rest: [] };
  for (const piece of pieces) {
    const labelled = LABELLED.exec(piece.trim());
    // "Date of Joining:" whose value stood in the next cell (the dates, read apart): a key alone names nothing
    if (!labelled && KEY_ALONE.test(piece)) continue;
    const field = labelled ? FIELD_OF(labelled[1]) : null;
    const value = labelled ? clean(labelled[2]) : piece;
    if (labelled && describesWork(labelled[1], value)) continue;
    if ((field === "title" || field === "organisation") && out[field] === undefined && value !== "")
      out[field] = field === "organisation" ? organisationName(value) : value;
    else if (field !== "dates" && field !== "other") out.rest.push(value);
  }
  return out;
}

/** lines between two keys of one record, at most */
const FIELD_GAP = 4;

interface Fields {
  organisation?: string;
  other?: string;
  title?: string;
  dates?: string;
  /** the title is a "Profile :" value, which a "Designation :" of the same record replaces */
  titleFromProfile?: boolean;
  /** the index of the line holding the record's first key */
  line?: number;
}

const clean = (value: string) =>
  value
    .replace(/^[\s:：\-–|]+|[\s,.;:|]+$/g, "")
    .replace(/\s{2,}/g, " ")
    .trim();

/** The records of "Key : Value" fields in the lines; none when fewer than one organisation or title key. */
export function fieldRecords(lines: TextLine[]): Fields[] {
  const records: Fields[] = [];
  let current: Fields = {};
  let lastKey = -1;
  for (const [index, { text }] of lines.entries()) {
    const keys = [...text.matchAll(KEY)];
    // a lone "Duration :" far above (a project's) is not the dates of the job whose "Position :" follows many
    // lines later; a job's own fields may stand apart ("Company :", its duties, then "Designation :")
    if (
      keys.length > 0 &&
      lastKey >= 0 &&
      index - lastKey > FIELD_GAP &&
      current.organisation === undefined &&
      current.title === undefined
    ) {
      records.push(current);
      current = {};
    }
    // "Employer: Acme Contracting Company" / "(KSA). From 08/01/2013--till date": the record's dates wrapped onto
    // the line under its key, before any other key
    if (
      keys.length === 0 &&
      index === lastKey + 1 &&
      current.dates === undefined &&
      (current.organisation !== undefined || current.title !== undefined) &&
      text.trim().split(/\s+/).length <= 10
    ) {
      const [range] = findDateRanges(text, "2100-01");
      if (range) current.dates = text.slice(range.index, range.index + range.length);
    }
    if (keys.length > 0) lastKey = index;
    keys.forEach((match, i) => {
      const field = FIELD_OF(match[1] ?? match[2]);
      const from = (match.index ?? 0) + match[0].length;
      const raw = text.slice(from, keys[i + 1]?.index ?? text.length);
      // the first word of the next key, cut off by the line's end, is no part of the value ("Acme Projects Pvt.
      // Ltd.\tDate" / "of employ : ...")
      const value = clean(raw.replace(/\t\s*(?:date|period|duration|designation|position|from)\s*$/i, ""));
      // a table's label row ("Name of Company | Designation | Duration") names columns, holds no values
      if (value === "" || COLUMN_NAME.test(raw) || field === "other") return;
      // "Experience : 1 Year 10 Months (From June 2015 to till Date)" dates the job; "Experience : 5 years" does not
      if (
        /^experience$/i.test((match[1] ?? match[2]).trim()) &&
        findDateRanges(value, "2100-01").length === 0
      )
        return;
      // "Profile : Operations Executive" names the role where nothing else does; "Profile: Handled the site's
      // ..." describes it, and beside a "Designation :" it is neither the title nor the start of another job
      const profile = /^profile$/i.test((match[1] ?? match[2]).trim());
      if (profile && (value.split(/\s+/).length > 5 || current.title !== undefined)) return;
      if (describesWork(match[1] ?? match[2], value)) return;
      if (field === "title" && current.titleFromProfile) {
        current.title = undefined;
        current.titleFromProfile = undefined;
      }
      if (profile) current.titleFromProfile = true;
      if (current[field] !== undefined) {
        records.push(current);
        current = {};
      }
      current[field] = value.slice(0, 120);
      current.line ??= index;
      // "Period : August 2014 to till date (With Acme Heavy" / "Engg. Ltd. Noida)" (only where the range ends in
      // the line matters here, so any month past it serves as the present)
      const [range] = field === "dates" ? findDateRanges(value, "2100-01") : [];
      const named = range
        ? withAfterDates(value.slice(range.index + range.length), lines[index + 1]?.text)
        : "";
      if (named !== "" && current.organisation === undefined) current.organisation = named;
    });
  }
  records.push(current);
  return records.filter((r) => r.organisation !== undefined || r.title !== undefined);
}

/** a list item's bullet or number at a line's start, with the space after it */
export const LIST_MARK = /^\s*(?:[•●▪■◦○·*‣⁃–—-]|\d{1,2}[.)])?\s*/;

/**
 * "1. Primus Energy Solutions Pvt. Ltd." / "Position held: Technical Executive": without an organisation key,
 * the line just above a record's first key names the organisation when it names itself as one, and so does the text
 * before the key on the key's own line.
 */
function organisationAbove(lines: TextLine[], record: Fields, floor: number): string | undefined {
  // "1. Acme Pumps Pvt. Ltd. Designation: Engineer Period: 2010-2014": or before the first key on its own line
  const own = lines[record.line ?? 0]?.text ?? "";
  const lead = clean(own.slice(0, Math.max(0, own.search(KEY))).replace(LIST_MARK, ""));
  if (lead !== "" && companyScore(lead) > 0 && lead.split(/\s+/).length <= 10) return lead;
  for (let i = (record.line ?? 0) - 1; i > floor && i >= (record.line ?? 0) - 3; i--) {
    const text = lines[i].text.replace(LIST_MARK, "").trim();
    // a blank line, or a field of the same record that is neither title nor employer ("Nature of Job : X")
    if (text === "" || onlyOtherFields(text)) continue;
    // "Uttarakhand transport corporation in 2017": the year is the record's, not the name's; and "2. Acme
    // Petrochem Services Pvt" / "LIMITED (CR ASIA) :": a name wrapped before its legal form is read whole
    const above = i - 1 > floor ? lines[i - 1].text.replace(LIST_MARK, "").trim() : "";
    const whole =
      WRAPPED_FORM.test(text) && above !== "" && above.search(KEY) < 0 ? `${above} ${text}` : text;
    const name = whole.replace(/[\s,]+(?:in\s+)?\(?(?:19|20)\d{2}\)?$/, "");
    return companyScore(name) > 0 && name.search(KEY) < 0 && name.split(/\s+/).length <= 10
      ? clean(name)
      : undefined;
  }
  return undefined;
}

const WRAPPED_FORM = /^(?:limited|ltd\.?|pvt\.?|private|llc|l\.l\.c\.?|inc\.?|corporation|co\.)(?![\p{L}])/iu;

const onlyOtherFields = (text: string) => {
  const keys = [...text.matchAll(KEY)];
  return keys.length > 0 && keys.every((match) => FIELD_OF(match[1] ?? match[2]) === "other");
};

/**
 * "Instrument Supervisor (October 2013 – July 2014)" / "Employed By : Jacobs Engineering": a record that states
 * neither title nor dates takes them from a dated title line just above its first key.
 */
function roleAbove(lines: TextLine[], record: Fields, floor: number, asOf: Month): void {
  if (record.title !== undefined || record.dates !== undefined || record.line === undefined) return;
  for (let i = record.line - 1, seen = 0; i > floor && seen < 2; i--) {
    const text = lines[i].text.trim();
    if (text === "") continue;
    seen++;
    if (text.search(KEY) >= 0) return;
    const [range] = findDateRanges(text, asOf);
    if (!range) continue;
    const title = clean(
      (text.slice(0, range.index) + text.slice(range.index + range.length)).replace(/[()[\]]/g, " "),
    );
    if (title === "" || title.split(/\s+/).length > 8 || titleScore(title) === 0 || companyScore(title) > 0)
      return;
    record.title = title;
    record.dates = text.slice(range.index, range.index + range.length);
    return;
  }
}

export function entriesFromFields(lines: TextLine[], asOf: Month): ExperienceEntry[] {
  const records = fieldRecords(lines);
  records.forEach((r, i) => {
    roleAbove(lines, r, records[i - 1]?.line ?? -1, asOf);
  });
  if (!records.some((r) => r.organisation !== undefined))
    records.forEach((r, i) => {
      r.organisation = organisationAbove(lines, r, records[i - 1]?.line ?? -1);
    });
  if (!records.some((r) => r.organisation !== undefined)) return [];
  return records.map((r) => entryOfRecord(r, asOf));
}

/**
 * "Company : Acme Ltd / Designation : Engineer / Period : 2014 to 2016" under a heading the engine does not
 * know as work history (a projects block, a synopsis, a heading lost in the layout): a record that names an
 * organisation by its key and also a title or dates is a job wherever it stands. Where a course provider
 * with dates would read the same (under an education heading), the title must be stated. A record that states
 * both title and dates takes its organisation from the line above its keys when that line names one ("R&D
 * Instrument Services, Chennai" / "Position : Calibration Engineer" / "Period : March 2014 – June 2014").
 */
export function keyedJobs(lines: TextLine[], asOf: Month, titleNeeded = false): ExperienceEntry[] {
  const records = fieldRecords(lines);
  records.forEach((r, i) => {
    if (r.organisation === undefined && r.title !== undefined && r.dates !== undefined)
      r.organisation = organisationAbove(lines, r, records[i - 1]?.line ?? -1);
  });
  return records
    .filter((r) => r.organisation !== undefined)
    .map((r) => entryOfRecord(r, asOf))
    .filter(
      (entry) => entry.company !== null && (entry.title !== null || (!titleNeeded && entry.start !== null)),
    );
}

function entryOfRecord(r: Fields, asOf: Month): ExperienceEntry {
  const text = [r.dates, r.title, r.organisation].filter(Boolean).join(" ");
  const [range] = findDateRanges(r.dates ?? text, asOf);
  let start: Month | null = range?.start ?? null;
  const current = range?.current ?? false;
  const end = range && !current ? range.end : null;
  if (!range) {
    const [single] = findSingleDates(r.dates ?? "");
    if (single) start = toMonth(single.date);
  }
  // a title that carries its dates ("Site Engineer Jun 2012-Nov 2012") keeps only the words
  const title = r.title ? clean(r.title.replace(/\s*\(?\b(?:\w{3,9}[\s.'-]*)?\d{4}\b.*$/, "")) || null : null;
  const company = r.organisation !== undefined ? organisationName(r.organisation) || null : null;
  return statedEntry({ title, company, start, end, current }, asOf, 0.6);
}

/** An entry read from stated parts (fields or a sentence): no place or highlights, confidence from what is known. */
export function statedEntry(
  job: {
    title: string | null;
    company: string | null;
    start: Month | null;
    end: Month | null;
    current: boolean;
  },
  asOf: Month,
  base: number,
): ExperienceEntry {
  return {
    ...job,
    location: null,
    // a start month alone gives no length (as under a dated header)
    months: job.start && (job.end || job.current) ? monthsBetween(job.start, job.end ?? asOf) : null,
    highlights: [],
    confidence: base + (job.title ? 0.1 : 0) + (job.start ? 0.1 : 0),
  };
}

/**
 * "(With Acme Heavy" / "Engg. Ltd. Noida)" after a job's dates: the organisation it was held with, its bracket
 * closed on the next line at the latest; a name that says it is an organisation, or a proper name.
 */
export function withAfterDates(after: string, next: string | undefined): string {
  const opened = /^\s*[,;]?\s*\(\s*with\s+(?=\p{Lu})([^()]*)(\))?\s*\.?\s*$/iu.exec(after);
  if (!opened) return "";
  let name = opened[1].trim();
  if (!opened[2]) {
    const rest = /^\s*([^()]{1,60})\)\s*\.?\s*$/u.exec(next ?? "");
    if (!rest) return "";
    name = `${name} ${rest[1].trim()}`;
  }
  return companyScore(name) > 0 || isProperName(bare(name)) ? name : "";
}
