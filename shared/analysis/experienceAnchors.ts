// Anchors of a work history: the dated lines that each head (or close) one job, with what the line holds beside
// its dates.

import { findDateRanges } from "./dates.ts";
import { datesInDuty } from "./experienceDuties.ts";
import { withAfterDates } from "./experienceFields.ts";
import {
  anchorRemainder,
  BULLET,
  besideDates,
  closingDates,
  datedLineHead,
  isBullet,
  isBulletedTitle,
  titleAndOrganisation,
} from "./experienceHeaders.ts";
import { bare, isProperName, notAName } from "./experienceNames.ts";
import { singleDateAnchor } from "./experienceSingleDate.ts";
import { STATEMENT_LEAD } from "./experienceWraps.ts";
import { companyScore, titleScore } from "./roles.ts";
import type { TextLine } from "./sections.ts";
import type { Month } from "./types.ts";

export interface Anchor {
  line: number;
  start: Month | null;
  end: Month | null;
  current: boolean;
  yearOnly: boolean;
  /** a start month alone ("July 2014"), no end given */
  single?: boolean;
  /** open by "since" or "from" alone, no present word */
  open?: true;
  /** the anchor line with the date (and a LinkedIn duration) removed */
  remainder: string;
  /** a bulleted or numbered organisation with its dates ("2. Acme Dynamics, Pune (2015 to onwards)") */
  organisation?: string;
  /** the organisation the dates say the job was held with: "August 2014 to till date (With Acme Ltd.)" */
  withName?: string;
}

/**
 * "Acme | Site Engineer |", "Acme – Site Engineer": the rest of a listed dated line in short capitalised pieces set
 * apart by bars, dashes or tabs, one of them a title: a header's cells, not a duty's sentence.
 */
function titledPieces(rest: string): boolean {
  const pieces = rest
    .split(/\s[|–—-]\s|\s*\|\s*|\t/u)
    .map((piece) => piece.trim())
    .filter(Boolean);
  return (
    pieces.length >= 2 &&
    pieces.every((piece) => piece.split(/\s+/).length <= 6 && /^[\p{Lu}\d]/u.test(piece)) &&
    pieces.some((piece) => titleScore(piece) > 0)
  );
}

/** "Acme Pumps Ltd (Site Engineer)": what brackets hold is a piece of its own, as after a dash */
const bracketsAsPieces = (text: string) =>
  text.replace(/\s*\(\s*\)\s*/gu, " – ").replace(/\s*\(([^()]+)\)\s*/gu, " – $1 – ");

export function findAnchors(lines: TextLine[], asOf: Month): Anchor[] {
  const anchors: Anchor[] = [];
  lines.forEach(({ text: listed }, index) => {
    // "• Worked at Acme Motors Pvt Ltd (Jan 2016 to Jun 2016)": a statement of the job is read as one, whether
    // or not it is set as a list item
    const text = STATEMENT_LEAD.test(listed.replace(BULLET, "")) ? listed.replace(BULLET, "") : listed;
    const bulleted = isBullet(text);
    const [range] = findDateRanges(text, asOf);
    // a long dated line that opens on its title and organisation before the work's description
    const head = range ? datedLineHead(text, range) : null;
    if (range && head) {
      anchors.push({ line: index, ...range, remainder: head });
      return;
    }
    if (bulleted && !range) {
      // "- Acme Systems Pvt Ltd (Pune, June 2015).": a listed organisation with the month it was joined
      const single = singleDateAnchor(text, true);
      if (single) anchors.push({ line: index, ...single });
      return;
    }
    if (bulleted) {
      // "1. Acme Instruments, Roorkee (January 2012 to May 2015):", "• Acme Bank (2009 till 2014)": a
      // numbered or bulleted organisation with its dates heads an entry; a dated duty does not
      const rest = range
        ? (text.slice(0, range.index) + text.slice(range.index + range.length)).replace(BULLET, "")
        : "";
      // "● 2009 – till date": a bullet that holds only its dates is a job's dates, set as a list item
      const datesOnly = range !== undefined && rest.replace(/[\s()\-–:.,]+/g, "") === "";
      // (its place in brackets and the job's length aside: "• Acme Motors S/R (Anna Nagar) (Aug 2016 to Dec
      // 2016) 5 Months")
      const nameOnly = range
        ? bare(
            besideDates(text, range)
              .replace(BULLET, "")
              .replace(/\([^()]*\)/g, " "),
          )
        : "";
      // "2. Pacific Dynamics, Roorkee (July 2015 to onwards)": a capitalised name with no organisation word
      // still heads the entry when its dates close the line
      const named =
        range !== undefined &&
        (companyScore(rest) > 0 || (closingDates(text, range) && isProperName(nameOnly)));
      // "• 2002-08 Head of the Department, Acme University": a list item that opens with its dates heads an entry
      // (a numbered one is read as before: "2. May 2003 – July 2016: - M/s. Acme" heads its fields below)
      const datesFirst =
        range !== undefined &&
        /^\s*[•●▪■◦○·*‣⁃]/.test(text) &&
        text.slice(0, range.index).replace(BULLET, "").trim() === "";
      // "• Site Engineer, Acme Pumps Ltd (Jan 2015 – Mar 2018)": a title and an organisation, then the dates;
      // "• Site Engineer\tJan 2015 – Mar 2018", "• Site Engineer, Jan 2015 – Mar 2018": a short title alone
      // (a list that marks its headers as its duties)
      // "• Acme Pumps Ltd (Site Engineer) Jan 2015 – Mar 2018", "• Site Engineer (Jan 2015 – Mar 2018) – Acme Pumps
      // Ltd": a title in brackets is a piece of its own, and dates in brackets may stand between the pieces
      const pieces = bracketsAsPieces(rest);
      const titled =
        range !== undefined &&
        (closingDates(text, range) || /\(\s*$/u.test(text.slice(0, range.index))) &&
        (titleAndOrganisation(pieces) ||
          isBulletedTitle(`• ${rest.replace(/[\s,(–—-]+$/u, "")}`) ||
          titledPieces(pieces));
      if (
        !datesOnly &&
        !datesFirst &&
        !titled &&
        (!range || !named || titleScore(rest) > 0 || notAName(nameOnly))
      )
        return;
    }
    const organisation =
      bulleted &&
      range &&
      !titleAndOrganisation(bracketsAsPieces(text.slice(0, range.index).replace(BULLET, "")))
        ? bare(text.slice(0, range.index).replace(BULLET, ""))
        : "";
    if (!range) {
      const single = singleDateAnchor(text);
      if (single) anchors.push({ line: index, ...single });
      return;
    }
    const remainder = anchorRemainder(text, range);
    if (remainder.split(/\s+/).length > 14 || datesInDuty(lines, index, range)) return;
    // "August 2014 to till date (With Acme Heavy" / "Engg. Ltd. Noida)": the organisation after the dates
    const withName = withAfterDates(text.slice(range.index + range.length), lines[index + 1]?.text);
    anchors.push({
      line: index,
      ...range,
      remainder,
      ...(organisation ? { organisation } : {}),
      ...(withName ? { withName } : {}),
    });
  });
  return anchors;
}
