// Work-history entries put together after reading: roles listed under their organisation's span, and the
// same job read twice, and a title one reading cut at its dash read whole from another; the parts of a job, and
// whole jobs, that the winning reading missed and another found.
import { isProperName, looksLikeOrganisation } from "./experienceNames.ts";
import { PLACEHOLDER } from "./experienceTemplate.ts";
import { nameKey } from "./nameKey.ts";
import { companyScore, organisationWord, titleScore } from "./roles.ts";
import { endsLikeTitle } from "./titles.ts";
import type { ExperienceEntry, Month } from "./types.ts";

/** "Branch Affairs Department", "Hama Branch": a unit of the organisation, not an organisation. */
const UNIT = /(?:^|\s)(?:department|dept\.?|division|branch|unit|section)$/i;

/**
 * "• Acme Bank (February 2009 till March 2014)" over "• Teller / 2009 - 2009", "• Credit Officer / 2010 - 2011":
 * an organisation's span with no title, followed by titled roles without an organisation inside that span,
 * is the heading of those roles; they take its name and the span itself is no job.
 */
export function rolesUnderOrganisation(entries: ExperienceEntry[]): ExperienceEntry[] {
  const out: ExperienceEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    // ("Northgate Commercial Bank, Muscat (2009 – 2014)": a span whose one piece, read as its title, names an
    // organisation and no role)
    const parent = spanOfOrganisation(entries[i]) ?? unknownName(entries[i]);
    let j = i + 1;
    if (parent !== null && parent.start !== null) {
      const within = (e: ExperienceEntry) =>
        (e.company === null || UNIT.test(e.company) || sameNamed(e.company, parent.company)) &&
        e.title !== null &&
        (titleScore(e.title) > 0 || endsLikeTitle(e.title)) &&
        e.start !== null &&
        e.start >= (parent.start as Month) &&
        (parent.end === null || e.start <= parent.end);
      while (j < entries.length && within(entries[j])) j++;
    }
    if (parent === null || j === i + 1) {
      out.push(entries[i]);
      continue;
    }
    for (const child of entries.slice(i + 1, j)) out.push({ ...child, company: parent.company });
    i = j - 1;
  }
  return out;
}

/** one organisation's name (not the anonymised template's field, which stands for any) */
const sameNamed = (a: string, b: string | null) => a === b && a !== PLACEHOLDER;

/** An entry whose only piece, read as its title, is an organisation's name: the organisation, with no title. */
function spanOfOrganisation(entry: ExperienceEntry): ExperienceEntry | null {
  const title = entry.title;
  if (title === null) return entry.company === null ? null : entry;
  if (entry.company !== null) return null;
  // (its last word an organisation's: "Bank", "LLC"; a title's word inside it, "Commercial", is the name's)
  const last = title.trim().split(/\s+/).pop() ?? "";
  return companyScore(title) > 0 &&
    (titleScore(title) === 0 || organisationWord(last)) &&
    !endsLikeTitle(title)
    ? { ...entry, title: null, company: title }
    : null;
}

/**
 * "Orchard Mutual, Bristol<TAB>2014 – 2018" over "Claims Handler (2016 – 2018)": a span whose one piece is a
 * proper name with no role's word and no organisation's names an organisation only by the titled roles dated
 * inside it below (its caller takes it only with one).
 */
function unknownName(entry: ExperienceEntry): ExperienceEntry | null {
  const title = entry.title;
  if (entry.company !== null || title === null || !isProperName(title)) return null;
  return titleScore(title) === 0 && companyScore(title) === 0 && !endsLikeTitle(title)
    ? { ...entry, title: null, company: title }
    : null;
}

/** "Main Branch", "Hama Branch Office": a branch of some organisation ("Public Works Department" may be one) */
const BRANCH = /(?:^|\s)branch(?:\s+office)?$/i;

/**
 * "Corporate Credit Officer - Main Branch" under "Reporting Supervisor - Acme Bank": a role whose organisation is
 * only a branch was held at the organisation of the nearest role above that names one.
 */
export function branchesOfOrganisationAbove(entries: ExperienceEntry[]): ExperienceEntry[] {
  let above: string | null = null;
  return entries.map((entry) => {
    const company = entry.company;
    if (company === null) return entry;
    if (!BRANCH.test(company) || companyScore(company) > 0) {
      above = company;
      return entry;
    }
    return above === null ? entry : { ...entry, company: above };
  });
}

/** A section the text holds twice (a PDF that repeats a page's text layer) gives each job once. */
export function withoutRepeats(entries: ExperienceEntry[]): ExperienceEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = JSON.stringify([entry.title, entry.company, entry.start, entry.end]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The entries of one reading, put together: roles under their organisation's span, branches, repeats. */
export const grouped = (entries: ExperienceEntry[]): ExperienceEntry[] =>
  withoutRepeats(branchesOfOrganisationAbove(rolesUnderOrganisation(entries)));

/**
 * "Senior Engineer - Planning and Project Controls": a title the winning reading cut at its dash (a piece
 * separator there) that another reading of the same job, keyed or stated, read whole, is read whole.
 */
export function withWholeTitles(best: ExperienceEntry[], readings: ExperienceEntry[][]): ExperienceEntry[] {
  return best.map((entry) => {
    if (!entry.title || !entry.company) return entry;
    const whole = readings
      .flat()
      .find(
        (other) =>
          other.company === entry.company &&
          other.start === entry.start &&
          other.title?.startsWith(entry.title ?? "") &&
          /^\s+[-–—]\s+\S/.test(other.title.slice(entry.title?.length)),
      );
    return whole?.title ? { ...entry, title: whole.title } : entry;
  });
}

/**
 * "Designation : Mechanical Engineer" / "Company Name : Acme (P) Ltd" / "Period : Aug 2012 to Jan 2015" in one
 * section and a dated table in another: the reading that won the document (the table's, with more employers)
 * may have read the keyed job's dates alone. A title or an organisation the winner left empty is taken from another
 * reading of the same job, one with the same start and the same end.
 */
export function withPartsFromOtherReadings(
  best: ExperienceEntry[],
  readings: ExperienceEntry[][],
): ExperienceEntry[] {
  const others = readings.flat().filter((other) => !best.includes(other));
  return best.map((entry) => {
    if ((entry.title && entry.company) || entry.start === null) return entry;
    const same = others.find(
      (other) =>
        other.start === entry.start &&
        other.end === entry.end &&
        other.current === entry.current &&
        (entry.title === null || other.title === entry.title) &&
        (entry.company === null || other.company === entry.company) &&
        ((entry.title === null && other.title !== null) ||
          (entry.company === null && other.company !== null)),
    );
    if (!same) return entry;
    return { ...entry, title: entry.title ?? same.title, company: entry.company ?? same.company };
  });
}

// (a bracketed short form is no part of the name's length: "Acme Petrochem Services Pvt Limited (CR ASIA)")
const cleanlyRead = (company: string, title: string) =>
  looksLikeOrganisation(company.replace(/\s*\([^()]*\)\s*$/, "").replace(/\.$/, "")) &&
  titleScore(company) === 0 &&
  !/\s(?:as|an|a|the|of|and|in|at|for|with|to)$/i.test(company.trim()) &&
  !/^(?:limited|ltd|pvt|private|inc|llc|llp|co|company|corporation)\.?$/i.test(company.trim()) &&
  titleScore(title) > 0 &&
  !/\d/.test(title) &&
  title.split(/\s+/).length <= 8;

/**
 * "Employment History: Acme Alloy Steels Ltd / Design Engineer, June 2013 - Present" above "Summer Internship:
 * Summer internship in Kestrel Power Ltd of one month in 2011" (three of them): the reading that won the document
 * (the sentences', with more employers) never saw the dated job the other section holds. A job another reading
 * found whole (title, organisation, start) is kept beside the winner's when no entry of the winner starts in the same
 * month or names the same organisation; it goes where its start puts it in a newest-first list, else last.
 */
export function withJobsOnlyOtherReadingsHold(
  best: ExperienceEntry[],
  readings: ExperienceEntry[][],
  winner: ExperienceEntry[],
): ExperienceEntry[] {
  const out = [...best];
  const newestFirst = best.every((e, i) => i === 0 || (e.start ?? "") <= (best[i - 1].start ?? "9999"));
  // (the stated readings first, the keyed fields and the sentences: where two readings hold the same job, they
  // name it more cleanly than a header's pieces do)
  for (const reading of [...readings.slice(1), readings[0]]) {
    if (reading === winner) continue;
    for (const entry of reading) {
      const { company, start, title } = entry;
      // (and only a clean reading of both: a sentence's fragment, "I have work in Acme as an HVAC", "Services as an",
      // a title's words with a date, "Audit Executive to 30 November", or a legal form alone, "Limited", is none)
      if (!company || !start || !title || !cleanlyRead(company, title)) continue;
      const key = nameKey(company);
      const known = out.some((other) => {
        const otherKey = other.company ? nameKey(other.company) : null;
        return (
          other.start === start || (otherKey !== null && (otherKey.includes(key) || key.includes(otherKey)))
        );
      });
      if (known) continue;
      const at = newestFirst ? out.findIndex((other) => other.start !== null && other.start < start) : -1;
      out.splice(at < 0 ? out.length : at, 0, entry);
    }
  }
  return out;
}
