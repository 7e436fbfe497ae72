// Experience written as sentences, as many CVs do: "Worked as a Site Engineer in Acme Pvt Ltd from June 2014
// to till date", "Presently working with Acme Ltd as an Accounts Executive", "One year experience in Acme as
// trainee engineer", "Acme Consultants as a Design Engineer from August 2017". Title and organisation are read
// from the words around "as", "in", "with", "at", "for"; the dates from the sentence.
import { findDateRanges, findSingleDates, toMonth } from "./dates.ts";
import { LIST_MARK, statedEntry } from "./experienceFields.ts";
import { HELD_NOW, heldUntilLater } from "./experienceOpen.ts";
import {
  DATE_FIRST,
  DURATION_TITLE,
  EXPERIENCE_KEY,
  EXPERIENCE_LEAD,
  INTERNSHIP_LEAD,
  LEAD,
  lowerCaseNameBeforeDates,
  PAYROLL,
  SINCE_LEAD,
  SPENT,
  SPENT_INSIDE,
  TITLE_IN,
  UNDER,
  UNIT_AT_END,
  UNIT_FIRST,
  withMessrs,
} from "./experienceSentencePatterns.ts";
import { clean, listedOrganisation, titleUpToStop, upToStop } from "./experienceStops.ts";
import { withBracketedTitle, withWrappedTitle } from "./experienceWrappedTitle.ts";
import { STATEMENT_LEAD } from "./experienceWraps.ts";
import { LEGAL_FORMS, upToLegalForm } from "./legalForms.ts";
import { companyScore } from "./roles.ts";
import type { TextLine } from "./sections.ts";
import { endsLikeTitle } from "./titles.ts";
import type { ExperienceEntry, Month } from "./types.ts";

const LEGAL_FORM_IN = new RegExp(String.raw`\b${LEGAL_FORMS}\b`, "iu");
/**
 * Title and organisation of one sentence, or null when it is no statement of a job. `bare` also reads a
 * title and a place of work with no verb ("Salesman in Red Tag, Dubai"), as lists under a work-history
 * heading state jobs; elsewhere such a line is as often a skill or a claim.
 */
export function readJobSentence(
  sentence: string,
  bare: boolean | "listed" = false,
): { title: string | null; organisation: string | null } | null {
  const job = readStatement(sentence, bare);
  return job?.organisation
    ? withBracketedTitle(sentence, { ...job, organisation: withMessrs(sentence, job.organisation) })
    : job;
}

function readStatement(
  sentence: string,
  bare: boolean | "listed",
): { title: string | null; organisation: string | null } | null {
  // "Experience : 3 years working as ...": the sentence set as a field's value
  // ("in the capacity of Site Engineer", "as a Post of “Electrician": as one)
  const text = sentence
    .replace(LIST_MARK, "")
    .replace(EXPERIENCE_KEY, "")
    .replace(/\s+/g, " ")
    .replace(/\bin the capacity of\b/i, "as")
    .replace(/\bas (?:an? |the )?(?:post|position|designation|role) of\s*[“"']?/i, "as ")
    // "with effect from 19-12-2015", "w.e.f. June 2012": the date a job started from
    .replace(/\b(?:with effect from|w\.\s?e\.\s?f\.?)(?=\s)/i, "from");
  const lead =
    LEAD.exec(text) ?? EXPERIENCE_LEAD.exec(text) ?? SINCE_LEAD.exec(text) ?? INTERNSHIP_LEAD.exec(text);
  const titled = bare && !lead ? TITLE_IN.exec(text) : null;
  let rest: string;
  // a title is a few words without a clause ("to", "the", "as") and names no organisation itself; in a list
  // whose other lines read so ("listed"), its words need not end like a known title ("Tele Sales in ...")
  if (
    titled &&
    // ("Manager (Safety)": a title's specialism in brackets after it)
    (bare === "listed"
      ? /^\p{Lu}/u.test(titled[1])
      : endsLikeTitle(titled[1].replace(/\s*\([^()]*\)$/, ""))) &&
    titled[1].split(/\s+/).length <= 6 &&
    !/\b(?:to|the|for|with|by|on|as)\b/i.test(titled[1]) &&
    companyScore(titled[1]) === 0
  ) {
    // ("Safety Manager in Utility Department from Sept-1989 in Acme Mills Limited": the unit, then the employer)
    const employer = UNIT_AT_END.test(upToStop(titled[3]))
      ? /\s(?:in|at|of)\s+(?:m\/s\.?\s*)?(\p{Lu}.*)$/u.exec(titled[3].slice(upToStop(titled[3]).length))
      : null;
    const where = upToStop(employer && companyScore(upToStop(employer[1])) > 0 ? employer[1] : titled[3]);
    // ("Design Engineer in D&D Deptt.": a unit with no employer after it names none)
    if (UNIT_AT_END.test(where) && !employer) return null;
    // ("Asst. Engineer in Dec.1981": a date, not a place of work)
    if (/^\p{Lu}/u.test(where) && where.split(" ").length <= 8 && !DATE_FIRST.test(where))
      if (titled[2].toLowerCase() !== "with" || companyScore(where) > 0)
        // (with whom only where the name says it is an organisation: "Liaison with Client" is a duty)
        return { title: clean(titled[1]), organisation: where };
  }
  // "Worked 6 years in Acme", "Worked for 3 years at Acme": the time spent, then where
  // "6.4 years experience (Nov 2007 To Mar 2013) in Acme": the dates in brackets before where
  // ("Worked for 2 years (Jan 2012 – Dec 2013) as ...": the time, then the dates; "Worked between 2007 and 2009 as")
  if (lead)
    rest = text
      .slice(lead[0].length)
      .replace(/^\s*\([^()]*\d[^()]*\)/, " ")
      .replace(SPENT, " ")
      .replace(/^\s*\([^()]*\d[^()]*\)/, " ")
      .replace(
        /^\s*(?:between|during|from|since)\s+[^,;()]{2,30}?\b(?:19|20)\d\d(?=\s+(?:as|in|at|with)\s)/i,
        " ",
      );
  else if (DURATION_TITLE.test(text)) {
    // "2 Years Electricals Supervisor in Sterling Wilson": a stated time in a job, then where
    const [, title, organisation] = DURATION_TITLE.exec(text) as RegExpExecArray;
    const where = upToStop(organisation);
    return endsLikeTitle(title) && /^\p{Lu}/u.test(where)
      ? { title: clean(title), organisation: where }
      : null;
  } else {
    // "Acme Consultants as a Design Engineer ...": an organisation that names itself, then "as" (after its dates:
    // "... with Acme", "From June 2015 to date: Acme as ...")
    const named =
      /^(?:[\w.'’]+\s*\d[^,]*?\d\s+(?:with|in|at)\s+|(?:from\s+|since\s+)?[\w.'’]+\s*\d[^,:]*?(?:\d|present|date|now)\s*[:–—-]\s+)?(.{3,80}?)\s+as\s+(?:an?\s+|the\s+)?(.+)$/i.exec(
        text,
      );
    if (!named || (companyScore(named[1]) === 0 && !/^m\/s\b/i.test(named[1]))) return null;
    // "Acme Ltd. – Working as HSE Officer": the verb before "as" is no part of the name
    // ("Presently with Acme Ltd. as", "At Acme Ltd. as": the words before the name are no part of it)
    const organisation = named[1]
      .replace(/[\s,:;–—-]+(?:working|worked|employed|serving|served)$/i, "")
      .replace(/^(?:(?:presently|currently|now)\s+)?(?:with|at)\s+(?=\p{Lu})/iu, "");
    // (a title cut where its line ended leaves no joining word behind: "Site Engineer on")
    const title = upToStop(named[2]).replace(/\s+(?:on|at|in|for|with|of|to|and)$/i, "") || null;
    return { organisation: clean(organisation), title };
  }
  let title: string | null = null;
  let organisation: string | null = null;
  // the words after the organisation, where the sentence goes on ("from May 2015 to May 2017")
  let afterOrganisation = "";
  // "Two year experience of Store Keeper.": after a statement of experience, "of" and a title say the same
  const ofTitle =
    lead && !LEAD.test(text) ? /^\s*of\s+(?:an?\s+|the\s+)?(\p{Lu}[^,;()]{2,50}?)\s*\.?$/u.exec(rest) : null;
  const as =
    /^\s*(?:as\s+(?:an?\s+|the\s+)?)(.+)$/i.exec(rest) ??
    (ofTitle && endsLikeTitle(ofTitle[1]) && companyScore(ofTitle[1]) === 0 ? ofTitle : null);
  // ("3 years of experience from Acme Ltd since June 2014": after a statement of experience, where it is from)
  const at =
    /^\s*(?:with|in|at|for|by|under)\s+(?:m\/s\.?\s*)?(.+)$/i.exec(rest) ??
    (lead && !LEAD.test(text)
      ? /^\s*from\s+(?:m\/s\.?\s*)?(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s,'’-]*\d)(\p{Lu}.+)$/u.exec(
          rest,
        )
      : null);
  // "as X under M/s Y": a contractor's name follows "under" with its "M/s"
  const asThenWhere = (said: string) => {
    // ("as Electrical Engineer for 4 months in Acme": the time spent is neither)
    const words = said.replace(SPENT_INSIDE, "");
    title = upToStop(
      // ("as a office IN charge in Acme": an in-charge is a title, not where the job was)
      words
        .replace(/\s+(?:in(?![\s-]+charge\b(?!\s+of\b))|at|with|for|under(?=\s+m\/s))\s+.*$/i, "")
        .replace(/\s+under\s.*$/i, ""),
    );
    const after =
      /\s+(?:in(?![\s-]+charge\b)|at|with|for|under(?=\s+m\/s))\s+(?:m\/s\.?\s*)?(.+)$/i.exec(words) ??
      UNDER.exec(words);
    // ("in the Department of Physics, Acme College": the unit, then the employer)
    const where = after?.[1].replace(/\s+as\s+.*$/i, "");
    // ("at the new Acme Tower for the client of Orbit Infra Ltd": a description of the place, then whose it is)
    const owner =
      where && /^the\s+\p{Ll}/u.test(where) ? /\sof\s+(?:m\/s\.?\s*)?(\p{Lu}.*)$/u.exec(where) : null;
    if (where) {
      const named = owner ? owner[1] : where.replace(UNIT_FIRST, "");
      organisation = upToStop(named);
      afterOrganisation = named.slice(organisation.length);
    } else organisation = listedOrganisation(words);
  };
  const asInside = at ? /^(.+?),?\s+as\s+(?:an?\s+|the\s+)?(.+)$/i.exec(at[1]) : null;
  // "Worked in contract as a supervisor at Acme", "on a temporary basis as ...": the terms, then the title and where
  const terms = /^\s*(?:in|on|under)\s+(?!m\/s\b)\p{Ll}[\p{L} -]{0,30}?\s+as\s+(?:an?\s+|the\s+)?(.+)$/u.exec(
    rest,
  );
  if (as) asThenWhere(as[1]);
  else if (terms && /\s(?:in|at|with)\s/i.test(terms[1])) asThenWhere(terms[1]);
  else if (at) {
    // "worked in AC & refrigeration field (repairing) at SnowHill Aircon": a line of work after "in", the
    // employer after "at" or "with"
    const field = asInside ? null : /^\s*in\s+(.+?)\s+(?:at|with)\s+(?:m\/s\.?\s*)?(\p{Lu}.*)$/u.exec(rest);
    const inLine =
      field && (/\b(?:field|sector|industry|domain|line)\b/i.test(field[1]) || /^\p{Ll}/u.test(field[1]));
    organisation = upToStop(inLine && field ? field[2] : asInside ? asInside[1] : at[1]);
    if (asInside) title = titleUpToStop(asInside[2]);
  } else if (
    lead &&
    /(?:joined|served)\s*:?$/i.test(lead[0]) &&
    /^\s*(?:m\/s\.?\s*)?[\p{Lu}\d]/u.test(rest)
  ) {
    // "Joined M/S Acme, Pune as GET in Dec 1979", "Joined Acme Ltd. In Oct'84 ... as an executive"
    const joined = /^\s*(?:m\/s\.?\s*)?(.+?)(?:,?\s+as\s+(?:an?\s+|the\s+)?(.+))?$/i.exec(
      rest,
    ) as RegExpExecArray;
    organisation = upToStop(joined[1]);
    title = joined[2] ? titleUpToStop(joined[2]) : null;
  } else return null;
  // "at the site Acme Tower on the payroll of Orbit Services Pvt Ltd": whose payroll it was names the employer
  const payroll = PAYROLL.exec(text);
  if (payroll) organisation = upToStop(payroll[1]);
  // the name ends with its legal form where the sentence goes on in lower case ("... PRIVATE LIMITED looking after")
  if (organisation) organisation = upToLegalForm(organisation);
  // an organisation names itself with a capital or a digit ("3M"), or with its legal form ("excel motors PVT.
  // LTD"); "team and helping them" is no employer
  if (
    organisation &&
    (organisation.split(" ").length > 10 ||
      /^(?:the\s+)?(?:field|area|capacity)\b/i.test(organisation) ||
      !(
        /^[\p{Lu}\d]/u.test(organisation) ||
        LEGAL_FORM_IN.test(organisation) ||
        lowerCaseNameBeforeDates(organisation, afterOrganisation)
      ))
  )
    organisation = null;
  if (title && title.split(" ").length > 8) title = null;
  if (!organisation && !title) return null;
  // "Summer internship in Acme Ltd": the internship names the position held
  const internship =
    lead && !title
      ? /(?:(?<!\p{L})(?!(?:an?|my|the|months?|weeks?|years?|yrs?)\s)\p{L}+\s+)?(?:internship|apprenticeship)$/iu.exec(
          lead[0],
        )
      : null;
  if (internship && INTERNSHIP_LEAD.test(text))
    title = internship[0].replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return { title: title || null, organisation: organisation || null };
}

const TIME_IN_TITLE =
  /^\s*(?:[•●▪■◦○·*‣⁃–—-]\s*)?(?:\d{1,2}(?:\.\d)?\+?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:years?|yrs?|months?)\s+(?:of\s+)?(?:work(?:ing)?\s+)?experience\s+(?:as|of)\s/i;

const ITEM_MARK = /^\s*(?:[•●▪■◦○·*‣⁃–—-]|\d{1,2}[.)])\s/;

/**
 * A statement set in a narrow column wraps before its dates at any word: "Presently working as a HVAC" /
 * "TECHNICIAN with UNICORN ARABIA" / "LTD. in DOHA" / "from Sep 2012 to till date." It goes on, up to three lines,
 * to the line where its dates appear, unless a blank line, a list item or another statement comes first; without
 * dates in reach it is read as before.
 */
function wrappedStatement(
  lines: TextLine[],
  index: number,
  asOf: Month,
): { text: string; last: number } | null {
  const first = lines[index].text;
  // a verb opens it, or an organisation that names itself, then "as": "M/S. Acme Consultants as a" / "Engineer ... from"
  const body = first.replace(LIST_MARK, "");
  const org = /^(.{3,80}?)\s+as\b/i.exec(body.trim())?.[1] ?? "";
  const statesJob = /\S\s+\S/.test(org) && (companyScore(org) > 0 || /^m\/s\b/i.test(org));
  if (!(LEAD.test(body) || statesJob) || /[.!?:;]$/.test(first.trim())) return null;
  if (findDateRanges(first, asOf).length > 0) return null;
  let joined = first;
  for (let next = index + 1; next <= index + 3 && next < lines.length; next++) {
    const wrapped = lines[next].text.trim();
    if (wrapped === "" || ITEM_MARK.test(wrapped) || LEAD.test(wrapped)) return null;
    joined = `${joined.trimEnd()} ${wrapped}`;
    if (findDateRanges(joined, asOf).length > 0) {
      // a range cut after "to" ("From 12/05/2003 to" / "05.07.2016") ends on the next line
      const rest = lines[next + 1]?.text.trim() ?? "";
      if (/(?:\bto|\btill|\buntil|[-–])$/i.test(wrapped) && rest !== "")
        return { text: `${joined} ${rest}`, last: next + 1 };
      return { text: joined, last: next };
    }
    if (/[.!?;:]$/.test(wrapped)) return null;
  }
  return null;
}

/**
 * "Electrical Engineer 1 year in Kestrel" / "Chemicals and Fertilizers, Meghnagar": the organisation a line states
 * runs to its end without a word that names it as one, and the next line goes on, capitalised, with such a word
 * (a name wrapped before "Chemicals", "Ltd", "Industries").
 */
function nameRunsOn(text: string, wrapped: string, mode: boolean | "listed"): boolean {
  if (!/^\p{Lu}/u.test(wrapped) || ITEM_MARK.test(wrapped) || LEAD.test(wrapped)) return false;
  const organisation = readJobSentence(text, mode)?.organisation;
  if (!organisation || !text.trimEnd().endsWith(organisation)) return false;
  const goesOn = upToStop(wrapped);
  if (goesOn.split(/\s+/).length > 6 || readJobSentence(wrapped, mode) !== null) return false;
  // ("... in Kestrel Chemicals and" / "Fertilizers": a name cut after its "and" goes on whatever its words)
  return /(?:\band|&)$/i.test(organisation) || (companyScore(organisation) === 0 && companyScore(goesOn) > 0);
}

export function entriesFromSentences(lines: TextLine[], asOf: Month, bare = false): ExperienceEntry[] {
  const entries: ExperienceEntry[] = [];
  // "Supervisor in A", "Secretary in B", "Salesman in C": where three lines state a title and a place of work
  // so, the list's other "X in Y" lines are jobs too
  let stated = 0;
  for (let i = 0; bare && i < lines.length && stated < 3; i++)
    if (
      readJobSentence(lines[i].text, true)?.organisation &&
      !LEAD.test(lines[i].text.replace(LIST_MARK, ""))
    )
      stated++;
  const listed = stated >= 3;
  const mode = listed ? "listed" : bare;
  let consumed = -1;
  // jobs current only by "since X" / "from X" with no end written
  const open = new Set<ExperienceEntry>();
  lines.forEach((line, index) => {
    // "consultancy of Acme Pvt Ltd since July 2016 as a Safety Officer": the wrapped rest of the sentence
    // above, which started elsewhere, is no statement of its own
    const above = lines[index - 1]?.text.trim() ?? "";
    if (/^\p{Ll}/u.test(line.text.trim()) && above !== "" && !/[.!?:;]$/.test(above)) return;
    // and the sentence goes on over such lines
    // a line of a statement wrapped above (read with it) is no statement of its own
    if (index <= consumed) return;
    const statement = wrappedStatement(lines, index, asOf);
    let sentenceText = statement?.text ?? line.text;
    const wrappedToDates = statement !== null;
    if (statement) consumed = statement.last;
    for (let next = index + 1; !wrappedToDates && next <= index + 2 && next < lines.length; next++) {
      const wrapped = lines[next].text.trim();
      // a line that ends on a preposition or a conjunction goes on whatever the case ("working as X in" / "ACME PVT
      // LTD", "Computer Operator &" / "Accountant")
      const open =
        /(?:\b(?:in|at|with|for|of|as|as\s+(?:an?|the)|and)|\s&)$/i.test(sentenceText.trim()) &&
        wrapped !== "";
      // (or names whose payroll it was: "... at the site of Acme Heights" / "Kolkata On payroll of Orbit.")
      if (
        (!/^\p{Ll}/u.test(wrapped) &&
          !open &&
          !nameRunsOn(sentenceText, wrapped, mode) &&
          !(PAYROLL.test(wrapped) && !ITEM_MARK.test(wrapped))) ||
        /[.!?:;]$/.test(sentenceText.trim())
      )
        break;
      sentenceText = `${sentenceText.trimEnd()} ${wrapped}`;
    }
    const read = readJobSentence(sentenceText, mode);
    const job =
      read && sentenceText === line.text
        ? withWrappedTitle(read, line.text, [lines[index + 1]?.text ?? "", lines[index + 2]?.text ?? ""])
        : read;
    // a title alone only where the line states the time spent in it ("Two year experience of Store Keeper")
    if (!job?.organisation && !(job?.title && TIME_IN_TITLE.test(sentenceText))) return;
    // the dates may be on the next line ("... from 01/08/2004 to" / "28/09/2005"; "... as a Sr." / "Engineer
    // from 2003") or wrap further ("... with Acme" / "Facilities in Noida from Aug" / "2011 to Aug 2012."), up to
    // the sentence's end or the next statement
    // (not past a full stop after a date of the line's own: "... in March 1990." over "... since July 1998.")
    const closed = /[.!?;]$/.test(line.text.trim()) && findSingleDates(line.text).length > 0;
    let sentence = wrappedToDates || closed ? sentenceText : `${line.text} ${lines[index + 1]?.text ?? ""}`;
    const third = lines[index + 2]?.text ?? "";
    if (
      !wrappedToDates &&
      !closed &&
      !/[.!?;]$/.test(sentence.trim()) &&
      lines[index + 1]?.text.trim() &&
      third.trim() !== "" &&
      !LEAD.test(third.replace(LIST_MARK, ""))
    )
      sentence = `${sentence} ${third}`;
    const [range] = findDateRanges(sentence, asOf);
    const [single] = range ? [] : findSingleDates(line.text);
    const start: Month | null = range?.start ?? (single ? toMonth(single.date) : null);
    // "Working as a Site Engineer in X" with no end: the job held now, as "presently" says
    const current =
      range?.current ??
      (/\b(?:presently|currently|till date|to date|present)\b/i.test(line.text) ||
        /^(?:i\s+am\s+|am\s+)?working\b/i.test(line.text.replace(/^[^\p{L}]+/u, "")));
    // "Summer internship in X of one month in 2011", "Worked with Y in 2007": a job within the one date given,
    // which ends there too; "Joined Z in 2007" or a job held now gives its start alone
    const within =
      single !== undefined &&
      !current &&
      !/\b(?:joined|joining|since|from|w\.?e\.?f)\b/i.test(line.text.slice(0, single.index));
    const end = range && !range.current ? range.end : within ? start : null;
    const entry = statedEntry(
      { title: job.title, company: job.organisation, start, end, current },
      asOf,
      0.55,
    );
    if (range?.open && !HELD_NOW.test(line.text)) open.add(entry);
    entries.push(entry);
  });
  return entries.map((entry) => (open.has(entry) ? heldUntilLater(entry, entries) : entry));
}

/**
 * The job a dated line states as a sentence ("Since July '06 to Dec 2010 with Acme Ltd, Surat as Assistant Manager"),
 * or a statement wrapped above its dates states ("Working with Acme Ltd. as Manager –" / "Marketing (2009 ...)").
 */
export function statedJob(
  above: string[],
  dated: string,
  below: string[] = [],
): ReturnType<typeof readJobSentence> {
  const header = above.join(" ");
  const job =
    readJobSentence(dated) ?? (STATEMENT_LEAD.test(header) ? readJobSentence(`${header} ${dated}`) : null);
  return job ? withWrappedTitle(job, dated, below) : null;
}
