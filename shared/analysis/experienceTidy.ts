// The last pass over every job and education row, whichever reader found it: what a field's label or the prose around a name left
// in the title or the employer ("Employed: Acme Ltd", "3 years of experience from Acme Ltd since June", a title
// that is only the "Date of employment" label beside the dates).
import { isColumnLabels } from "./columnLabels.ts";
import { LEGAL_FORMS } from "./legalForms.ts";
import { organisationName } from "./organisationNames.ts";
import { countryOfPlace, looksLikeLocation } from "./places.ts";
import { escapeRegExp } from "./regexText.ts";
import { companyScore, titleScore } from "./roles.ts";
import { endsLikeTitle } from "./titles.ts";
import type { EducationEntry, ExperienceEntry } from "./types.ts";

// "Employed:", "Company Name -", "Organisation :", "Employer:" before the name
// (a list's letter or number before the label: "A) Employer: Acme")
const LABEL_BEFORE =
  /^(?:\(?(?:[A-Za-z]|\d{1,2})[.)]\s*)?(?:employed(?:\s+(?:at|with|in|by))?|employer|company(?:\s+name)?|organi[sz]ation(?:\s+name)?|firm)\s*[:–—-]\s*/i;
// "3 Years of experience from Acme", "2+ yrs experience with Acme", "experience in Acme"
const EXPERIENCE_BEFORE =
  /^(?:(?:about|over|more than)\s+)?(?:\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|months?)\s+(?:of\s+)?)?(?:work(?:ing)?\s+)?experience\s+(?:from|with|at|in)\s+/i;
// "To date Present working with M/s Acme", "Presently employed in Acme": a statement of the job before the name
// ("M/s Acme" stays as written)
const WORKING_BEFORE =
  /^(?:(?:to|till)\s+date\s+)?(?:(?:presently|present|currently)\s+)?(?:working|worked|employed|serving)\s+(?:with|in|at|for)\s+/i;
// "WithACME LIMITED": the word before the name run into it where the PDF lost the space
const GLUED_BEFORE = /^(?:With|with|At|at)(?=\p{Lu}{2})/u;
// "... since 17 June", "... from 2014 to 2017": the dates the entry already holds
const DATES_AFTER =
  /\s+(?:since|from)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b).*$/i;
// a legal form, then "Company" or nothing, then one or two words
const LEGAL_THEN_TAIL = new RegExp(
  String.raw`^(.*\b(?:pvt\.?\s*ltd|w\.?\s?l\.?\s?l|co|${LEGAL_FORMS})\.?)\s+(?:company\s+)?(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\.?$`,
  "iu",
);
/** "INDIA", "Dubai, UAE": every part a known place, and nothing else */
const onlyPlaces = (text: string) => {
  const parts = text.split(/\s*[,/|·–-]\s*/).filter((part) => part.trim() !== "");
  return parts.length > 0 && parts.every((part) => countryOfPlace(part) !== null);
};
const FOR_WHOM = /^(?:project|client|customer|owner)(?:\s+name)?\s*[:：]/i;
// "Executed erection and maintenance activities of ...", "Successfully managed various services", "Acme is a 50MW
// power plant, in which ...": a duty or a description read where the organisation goes
const DUTY_OR_DESCRIPTION =
  /^(?:\p{Lu}\p{Ll}+ly\s+\p{Ll}+ed|\p{Lu}\p{Ll}+ed)\s+\p{Ll}|\s(?:is|was|are|were)\s+(?:a|an|the|one)\s/u;
const EMPLOYER_LABEL_ONLY =
  /^(?:position|designation|(?:job\s+)?title|role|period of employment|duration|\d+(?:\.\d+)?\s*(?:years?|yrs?|months?)|months?|years?)[\s:.-]*$/i;
// a legal form, then a short address whose last comma-separated part is a place
// (not a legal form's own second word: "Acme Pvt Ltd, Pune" keeps its "Ltd")
const UP_TO_LEGAL_FORM = String.raw`^(.*\b(?:pvt\.?\s*ltd|${LEGAL_FORMS})\.?),?\s+(?!(?:${LEGAL_FORMS})\b)`;
const LEGAL_THEN_ADDRESS = new RegExp(
  `${UP_TO_LEGAL_FORM}\\p{Lu}[^,]{0,40},\\s*(\\p{Lu}[\\p{L} ]{2,30})\\.?$`,
  "iu",
);
// a legal form, then a street: "Acme Pvt. Ltd. Harbour Road"
const LEGAL_THEN_STREET = new RegExp(
  `${UP_TO_LEGAL_FORM}[\\p{L}. ]{0,30}\\b(?:road|street|avenue|lane|marg|nagar|highway)\\b.{0,40}$`,
  "iu",
);
// a title that is only a field's label or a duration: "Date", "Date of employ", "Duration :", "Nature of Job",
// "Months" (the end of "5 Months" wrapped onto a line of its own)
const LABEL_ONLY =
  /^(?:\d+\s*)?(?:organi[sz]ation|company|employer|dates?(?:\s+of\s+(?:employ(?:ment)?|joining))?|duration|period|tenure|nature\s+of\s+(?:job|work)|place(?:\s+of\s+work)?|months?|years?|yrs?)\b[^\p{L}]*(?:\p{L}{1,3}[^\p{L}]*)?$/iu;

/** the employer without a label or prose around it; null when nothing of a name is left */
export function tidyEmployer(company: string | null): string | null {
  if (company === null) return null;
  const stripped = company
    .trim()
    // ". Acme Limited": the full stop of the dates before it
    .replace(/^[.,;:]+\s+/, "")
    .replace(LABEL_BEFORE, "")
    .replace(EXPERIENCE_BEFORE, "")
    .replace(WORKING_BEFORE, "")
    .replace(GLUED_BEFORE, "")
    .replace(DATES_AFTER, "");
  // "Acme Pvt. Ltd. Company India", "Acme Co. Kuwait": the country or city after a legal form
  const tail = LEGAL_THEN_TAIL.exec(stripped);
  // "Acme Solutions Pvt. Ltd. Harbour Road, Kochi.": the address after a legal form, ending in a place
  const address = LEGAL_THEN_ADDRESS.exec(stripped);
  const cut =
    tail && looksLikeLocation(tail[2])
      ? tail[1]
      : address && looksLikeLocation(address[2].trim())
        ? address[1]
        : (LEGAL_THEN_STREET.exec(stripped)?.[1] ?? stripped);
  // "Position", "Period of Employment", "2years", "Months": a field's label or a duration, no employer; "INDIA":
  // a place only; "Project: Gail India Ltd", "Client: Acme": whom the work was for, not whom it was with
  // (nor a statement whose spaces the PDF lost: "WorkingasQA/QCEngineerinAcmeSteelLLC,DubaiUAE")
  if (
    EMPLOYER_LABEL_ONLY.test(cut.trim()) ||
    onlyPlaces(cut) ||
    FOR_WHOM.test(cut.trim()) ||
    DUTY_OR_DESCRIPTION.test(cut.trim())
  )
    return null;
  if (/^\S{30,}$/.test(cut.trim())) return null;
  if (cut === company.trim()) return company;
  const name = organisationName(cut);
  return /\p{L}/u.test(name) ? name : null;
}

/** the title, or null when it is only a field's label; without a full stop that closes a whole word ("Teller.") */
// "Working as a Co-founder", "Presently working as Site Engineer": the statement around the title
const WORKING_AS =
  /^(?:(?:(?:i\s+am|i\s+have\s+been)\s+)?(?:presently\s+|currently\s+)?(?:working|worked|serving|employed)\s+)?as\s+(?:an?\s+|the\s+)?(?=\p{L})/iu;
// ("To date Present working with M/s Acme", "was working with Acme": the same, after a present word or a tense)
const WORKED_AT =
  /^\s*(?:(?:to|till)\s+date\s+)?(?:(?:presently|present|currently|was|is|am)\s+)?(?:worked|working|employed|serving|served)\s+(?:at|with|in|for)\s/i;
// "Site Engineer on Construction of G+5 Residential Building", "Construction Manager in Qatar Foundation MEP
// Works": the work the title was held on; "Officer in Charge", "Engineer in Training" keep theirs
// (nor does a department: "Project Engineer in Projects Dept")
const HELD_ON = /\s+(?:on|in)\s+(?!(?:[Cc]harge|[Tt]raining|[Cc]hief|CHARGE|TRAINING|CHIEF)\b)(?=\p{Lu})/u;
const DEPARTMENT = /\b(?:dept|department|division|section|unit|team|cell|wing)\b/i;

const LINK_ONLY = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;

export function tidyTitle(written: string | null): string | null {
  // "Worked at Acme Motors (Pune)": the statement of where, with no title in it
  // (a link alone, "http://example.org/jobs/", names neither the title nor the organisation)
  if (
    written === null ||
    LABEL_ONLY.test(written.trim()) ||
    WORKED_AT.test(written) ||
    LINK_ONLY.test(written)
  )
    return null;
  // "(Site Engineer)": a title set in brackets beside its organisation, without them
  const stated = written.replace(WORKING_AS, "").replace(/^\(([^()]+)\)$/, "$1");
  // "Operation Executive, Delhi NCR, India": the place the title was held in is no part of it
  const comma = stated.indexOf(", ");
  let title =
    comma > 0 && titleScore(stated.slice(0, comma)) > 0 && looksLikeLocation(stated.slice(comma + 2))
      ? stated.slice(0, comma)
      : stated;
  const on = HELD_ON.exec(title);
  if (
    on &&
    endsLikeTitle(title.slice(0, on.index)) &&
    title.slice(on.index).split(/\s+/).length >= 4 &&
    !DEPARTMENT.test(title.slice(on.index)) &&
    // ("Assistant Professor in Mechanical Engineering": a subject taught or worked in is part of the title)
    !onlyStudyWords(title.slice(on.index + on[0].length))
  )
    title = title.slice(0, on.index);
  // ("Dept.", "Engg.", "Mgr.": an abbreviation keeps its stop; a stop left apart by the dates taken out goes)
  return /\p{L}{5}\.$/u.test(title) ? title.slice(0, -1) : title.replace(/(?<=\S)\s+\.$/u, "");
}

// "Kochi Metro Rail Project as Safety Supervisor": the role a job's first line states after "as"
const AS_ROLE = /\bas\s+(?:an?\s+)?(\p{Lu}[\p{L}.&/ -]{2,40}?)[.,]?$/u;

// "Worked as a Senior Executive. During the tenure ...": the role a job's first line opens with
const OPENS_AS =
  /^(?:i\s+)?(?:have\s+)?(?:worked|working|served|serving|employed|appointed|joined)\s+as\s+(?:an?\s+|the\s+)?(\p{Lu}[\p{L}.&/ -]{2,40}?)(?=\s*[.,;(]|\s+(?:in|at|with|for|from|since|during|of|and|where)\b|\s*$)/iu;

/** the title the first line under a job states ("... as Safety Supervisor"), for a job that has none */
function titleStatedBelow(entry: ExperienceEntry): string | null {
  const first = entry.highlights[0]?.trim();
  const stated = first ? (AS_ROLE.exec(first) ?? OPENS_AS.exec(first))?.[1]?.trim() : undefined;
  return stated && stated.split(/\s+/).length <= 5 && titleScore(stated) > 0 && companyScore(stated) === 0
    ? stated
    : null;
}

// "Position: Project Manager (Projects)", "Designation : Site Engineer": the title a job's lines below name by its key
const KEYED_TITLE = /^(?:position(?:\s+held)?|designation|job\s+title)\s*[:：]\s*(.+)$/i;

/**
 * The title a "Position :" line among a job's first lines below names, for a job whose title reads as none
 * ("Present", "with Contractors / Architect", "Responsibilities: Handing Over": what stood above its dates).
 */
function keyedTitleBelow(entry: ExperienceEntry, title: string | null): string | null {
  // (a fragment of a sentence, "with Contractors / Architect", or a field's label and value are none either)
  if (title !== null && titleScore(title) > 0 && !/^\p{Ll}|[:：]/u.test(title)) return null;
  for (const line of entry.highlights.slice(0, 3)) {
    const value = KEYED_TITLE.exec(line.trim())?.[1]?.trim();
    if (value && value.split(/\s+/).length <= 10 && titleScore(value) > 0) return value;
  }
  return null;
}

// "Kestrel Constructions Pvt Ltd (Site Engineer)": the title held, in brackets after the organisation
const TITLE_IN_BRACKETS = /^(.*\S)\s*\(([^()]{3,60})\)$/u;

/** The organisation and the title its brackets hold, when they hold one and the entry has no better title. */
function titleFromBrackets(
  company: string | null,
  title: string | null,
): { company: string; title: string } | null {
  const found = company ? TITLE_IN_BRACKETS.exec(company) : null;
  if (!found || companyScore(found[1]) === 0) return null;
  const held = found[2].trim();
  if (titleScore(held) === 0 || companyScore(held) > 0 || !endsLikeTitle(held)) return null;
  // "(Senior Site Engineer - Civil)" read apart at its dash: the fragment left where the title goes is its end
  if (title !== null && titleScore(title) > 0) return null;
  return { company: found[1], title: title === null ? held : `${held} - ${title}` };
}

/**
 * "GENPACT ( May-2006- to Sep 2008 )." over "Worked as a Process Expert with GENPACT for ...": a name read as the
 * title, with no organisation, that the job's own first lines say it was worked with, at or for, is the organisation;
 * the title is the role those lines state, if any.
 */
function organisationStatedBelow(entry: ExperienceEntry): { company: string; title: string | null } | null {
  if (entry.company !== null || entry.title === null) return null;
  const name = entry.title.replace(/[\s.,;:]+$/, "");
  if (name.length < 2 || name.split(/\s+/).length > 6 || !/^\p{Lu}/u.test(name)) return null;
  const said = new RegExp(
    `\\b(?:[Ww]ith|[Aa]t|[Ff]or|[Ii]n|[Jj]oined)\\s+(?:M/s\\.?\\s+)?${escapeRegExp(name)}(?![\\p{L}\\d])`,
    "u",
  );
  const line = entry.highlights.slice(0, 3).find((highlight) => said.test(highlight));
  if (!line) return null;
  const stated = (AS_ROLE.exec(line.trim()) ?? OPENS_AS.exec(line.trim()))?.[1]?.trim() ?? null;
  const title =
    stated && stated.split(/\s+/).length <= 5 && titleScore(stated) > 0 && companyScore(stated) === 0
      ? stated
      : null;
  return { company: name, title };
}

/**
 * "and weekend guests); ran swim camps (2002 -2004).", "led to a rise in the league table from: 40 to Top 5
 * (2004-2008).": a wrapped sentence's piece that holds a date names no title. With no organisation beside it, a
 * title that is such a piece (a clause mark, a bracket or quote the piece does not open, a lower-case start of more
 * words than a title has, or more words than any title) is left out; the dates stay, since the sentence may state a
 * job ("Youth Mentor September 2011- Present." keeps its title).
 */
function isProsePiece(title: string): boolean {
  const text = title.trim();
  const words = text.split(/\s+/).length;
  return (
    /;/.test(text) ||
    text.split(")").length > text.split("(").length ||
    (text.split('"').length - 1) % 2 === 1 ||
    (/^\p{Ll}/u.test(text) && words > 6) ||
    words > 12
  );
}

export function tidyExperience(entries: ExperienceEntry[]): ExperienceEntry[] {
  return entries.map((entry) => {
    if (entry.company === null && entry.title !== null && isProsePiece(entry.title))
      entry = { ...entry, title: null };
    const bracketed = titleFromBrackets(entry.company, entry.title);
    if (bracketed) entry = { ...entry, ...bracketed };
    const below = organisationStatedBelow(entry);
    if (below) entry = { ...entry, ...below };
    const company = tidyEmployer(entry.company);
    const tidied = tidyTitle(entry.title);
    const title = keyedTitleBelow(entry, tidied) ?? tidied ?? titleStatedBelow(entry);
    return company === entry.company && title === entry.title ? entry : { ...entry, company, title };
  });
}

/** education rows without what an education table's label row left in them; a row left with nothing goes */
// "Organization : Northern Railways", "Language :- .NET": another field's label and value read as the school; a
// school's own label ("College : Lake College"), or a value that names a school ("Journalism: Broadcast University
// of Texas"), leaves the value
const FIELD_LABEL = /^([\p{L}'’ ]{2,30}?)\s*[:：]+[\s:–-]*/u;
const SCHOOL_LABEL =
  /^(?:college|university|institute|institution|school|board|name of (?:the )?(?:college|university|institute|institution|school))$/i;

const SCHOOL_WORD = /\b(?:university|college|institute|school|academy|polytechnic|vidyalaya)\b/i;

// fields of study: an institution made of nothing else ("Electrical", "Computer Science", "Majoring in
// Statistics") is a degree's subject read from the next cell
const STUDY_WORDS = new Set(
  "engineering engg electrical electronics electronic mechanical civil computer computers science sciences commerce arts art finance financial marketing statistics mathematics maths physics chemistry biology management safety industrial automobile chemical instrumentation information technology telecommunication communication communications economics accounting accountancy history geography humanities business administration law medicine nursing pharmacy architecture design fashion production software hardware networking trade majoring major minor in and & of with honours hons".split(
    " ",
  ),
);

function onlyStudyWords(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}&]+/u)
    .filter(Boolean);
  return words.length > 0 && words.every((word) => STUDY_WORDS.has(word));
}

// "from Harbor Polytechnic", "From (Orchard Technical University": the word the row's sentence led in with
const FROM_BEFORE = /^(?:from|through)\s+\(?\s*(?=\p{L})(?![^(]*\))/iu;

function withoutFieldLabel(written: string | null): string | null {
  const institution = written === null ? null : written.replace(FROM_BEFORE, "");
  if (institution !== null && onlyStudyWords(institution)) return null;
  const label = institution === null ? null : FIELD_LABEL.exec(institution);
  if (institution === null || label === null) return institution;
  const value = institution.slice(label[0].length).trim();
  return value !== "" && (SCHOOL_LABEL.test(label[1].trim()) || SCHOOL_WORD.test(value)) ? value : null;
}

export function tidyEducation(entries: EducationEntry[]): EducationEntry[] {
  return entries.flatMap((found) => {
    const institution = withoutFieldLabel(found.institution);
    const entry = institution === found.institution ? found : { ...found, institution };
    const labelInstitution = entry.institution !== null && isColumnLabels(entry.institution);
    // ("10+2 Examination" is a degree: a label names no class by its number)
    const labelDegree = entry.degree !== null && isColumnLabels(entry.degree) && !/\d/.test(entry.degree);
    if (!labelInstitution && !labelDegree) return [entry];
    // the label row itself ("Course/Class | Board/University | Year"): no row of the table
    // (a row that also holds a year holds the first data row run into it: only its labels go)
    if (
      (labelDegree || entry.degree === null) &&
      (labelInstitution || entry.institution === null) &&
      entry.end === null
    )
      return [];
    const tidy = {
      ...entry,
      ...(labelInstitution ? { institution: null } : {}),
      ...(labelDegree ? { degree: null } : {}),
    };
    return tidy.degree === null && tidy.level === null && tidy.end === null ? [] : [tidy];
  });
}
