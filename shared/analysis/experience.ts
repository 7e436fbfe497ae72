// Experience entries: anchors on date ranges, then title/company/location from the header lines and highlights below.

import { monthsBetween, parseDuration } from "./dates.ts";
import { findAnchors } from "./experienceAnchors.ts";
import { highlightsOf } from "./experienceDuties.ts";
import {
  entriesFromFields,
  joinKeyTabs,
  keyedField,
  keyedTitleBelow,
  labelledPieces,
  organisationOverKeyedTitle,
} from "./experienceFields.ts";
import {
  grouped,
  withJobsOnlyOtherReadingsHold,
  withPartsFromOtherReadings,
  withWholeTitles,
} from "./experienceGroups.ts";
import {
  BULLET,
  DURATION_ONLY,
  isBullet,
  isBulletedHeader,
  isBulletedName,
  isBulletedOrganisation,
  isBulletedTitle,
  isHeaderLike,
  joinWrappedHeaders,
  listedAbove,
  listedTitleOver,
  organisationHeader,
  placeOnly,
  standsAsOrganisation,
  standsAsTitle,
  titleAlone,
  titleAndOrganisation,
  titleUnderDates,
} from "./experienceHeaders.ts";
import { historyLines } from "./experienceLines.ts";
import { employerWeight, looksLikeOrganisation } from "./experienceNames.ts";
import { HELD_NOW, heldUntilLater } from "./experienceOpen.ts";
import { placedName } from "./experiencePlaced.ts";
import { entriesFromSentences, statedJob } from "./experienceSentences.ts";
import { entriesFromTable } from "./experienceTable.ts";
import { withUndatedTemplateEntries } from "./experienceTemplate.ts";
import { organisationName } from "./organisationNames.ts";
import { looksLikeLocation } from "./places.ts";
import { assignRole, companyScore, headerPieces, isUnit, type PieceJudge, titleScore } from "./roles.ts";
import type { TextLine } from "./sections.ts";
import type { ExperienceEntry, Month } from "./types.ts";

export function extractExperience(
  allLines: TextLine[],
  asOf: Month,
  linkedInStyle: boolean,
  judge: PieceJudge | null = null,
): ExperienceEntry[] {
  const lines = historyLines(allLines, asOf);
  // "Company : X / Designation : Y / Duration : ..." fields name the parts outright; they win over date
  // anchors when they find more employers
  // and so do sentences ("Worked as X in Y from ..."); the reading that finds the most employers wins
  const readings = [
    entriesFromAnchors(lines, asOf, linkedInStyle, judge),
    entriesFromFields(lines, asOf),
    entriesFromSentences(lines, asOf, true),
    entriesFromTable(lines, asOf),
  ];
  const employers = (entries: ExperienceEntry[]) =>
    entries.reduce((sum, entry) => sum + (entry.company ? employerWeight(entry.company) : 0), 0);
  // on a tie, the reading that gives more entries both a title and an organisation
  const whole = (entries: ExperienceEntry[]) =>
    entries.filter((entry) => entry.title && entry.company).length;
  const best = readings.reduce((top, reading) =>
    employers(reading) > employers(top) ||
    (employers(reading) === employers(top) && whole(reading) > whole(top))
      ? reading
      : top,
  );
  return withUndatedTemplateEntries(
    lines,
    grouped(
      withJobsOnlyOtherReadingsHold(
        withPartsFromOtherReadings(withWholeTitles(best, readings), readings),
        readings,
        best,
      ),
    ),
    asOf,
  );
}

function entriesFromAnchors(
  lines: TextLine[],
  asOf: Month,
  linkedInStyle: boolean,
  judge: PieceJudge | null,
): ExperienceEntry[] {
  const anchors = findAnchors(lines, asOf);
  if (anchors.length === 0) return [];
  const texts = lines.map((line) => line.text);
  const headerAbove = (anchorIndex: number): number[] => {
    const floor = anchorIndex === 0 ? -1 : anchors[anchorIndex - 1].line;
    const found: number[] = [];
    // up to four lines: "Acme Company –" / "Oman" / "Electrical Supervisor" / "Maintenance", a narrow column's wraps
    for (let i = anchors[anchorIndex].line - 1; i > floor && found.length < 4; i--) {
      if (texts[i].trim() === "") {
        if (found.length > 0) {
          // "Project Manager" / "" / "Rawabi Contracting" / "April 2015 – Till now": a title set apart as a
          // paragraph of its own above the organisation
          // (or the other way round: "Acme Company – Oman" / "" / "Electrical Supervisor" / "May 2017 – ...")
          if (
            found.length === 1 &&
            ((standsAsTitle(texts, i - 1, floor) && titleScore(texts[found[0]]) === 0) ||
              standsAsOrganisation(texts, i - 1, floor, texts[found[0]]))
          )
            found.unshift(i - 1);
          break;
        }
        continue;
      }
      if (!isHeaderLike(texts[i])) {
        // "• Marketing Manager - Yousef Abdulwadod Company": a bulleted header tops the entry, and so does a
        // short bulleted title right above the dates ("• Reporting Supervisor - Finance" / "Oct 2012 - ...")
        // and so does a statement of the job ("Worked as a A/C Technician in Acme Works" / "" / "Since: 08/04/2013
        // to 25/05/2016"), its dates a paragraph of their own
        if (
          isBulletedHeader(texts[i]) ||
          isBulletedOrganisation(texts[i]) ||
          (found.length === 1 && listedTitleOver(texts[i], texts[found[0]])) ||
          (found.length === 0 &&
            (isBulletedTitle(texts[i]) ||
              (isBullet(texts[i]) && titleAndOrganisation(texts[i].replace(BULLET, ""))) ||
              (texts[i + 1].trim() === "" && statedJob([], texts[i])?.organisation) ||
              // "• 3 years with Acme Safety Solutions" / "since June 2014 to July 2017.": a list item whose
              // sentence goes on, lower case, with the dates
              (i === anchors[anchorIndex].line - 1 &&
                isBullet(texts[i]) &&
                !/[.;:!?]\s*$/.test(texts[i]) &&
                /^\s*\p{Ll}/u.test(texts[i + 1])))) ||
          // "• Marigold Infra" over "Duration: 2012 - 2014" or "Position: Engineer" / "Period: 2012 - 2014": a listed
          // name heads the keyed fields of its entry
          ((found.length === 0
            ? keyedField(texts[anchors[anchorIndex].line]) === "dates"
            : found.every((line) => keyedField(texts[line]) === "title")) &&
            isBulletedName(texts[i]))
        ) {
          found.unshift(i);
          if (found.length <= 2 && i - 1 > floor && listedAbove(texts[i - 1], texts[i], found.length))
            found.unshift(i - 1);
        }
        break;
      }
      found.unshift(i);
    }
    return found;
  };
  // Three layouts: header lines above the date line; title and dates on one line with the company below;
  // the date line first with the header lines below. The first entry decides for the whole section.
  const firstHeader = headerAbove(0).filter((line) => !placeOnly(texts[line]));
  // (an organisation's line with its place set apart by a tab over a dated title is the title-and-dates layout's:
  // "NORTHGATE<TAB>Boston, MA" / "1996 - 2000<TAB>Senior Manager, Web Team")
  const placedFirst =
    firstHeader.length === 1 &&
    anchors[0].remainder !== "" &&
    texts[firstHeader[0]].includes("\t") &&
    placedName(texts[firstHeader[0]]) !== null;
  const layout =
    firstHeader.length > 0 && !placedFirst ? "above" : anchors[0].remainder.length > 0 ? "inline" : "below";
  // A date line without a title in an inline section is a one-off "above" entry, and so is one that names only
  // its organisation under a title set as a paragraph's first line ("" / "Sr. Engineer" / "Acme Ltd   2007 – 2009")
  const titleParagraphAbove = (i: number) => {
    const above = headerAbove(i);
    const line = above[0];
    return (
      above.length === 1 &&
      texts[line - 1]?.trim() === "" &&
      titleScore(texts[line]) > 0 &&
      companyScore(texts[line]) === 0 &&
      // (not "Data Entry Operator at Acme Engineering and Construction" / "Company Limited, Doha  2019 – 2021")
      !/\s(?:at|with)\s|@|(?:\band|&|,|\bof)$/i.test(texts[line].trim()) &&
      titleScore(anchors[i].remainder) === 0 &&
      companyScore(anchors[i].remainder) > 0
    );
  };
  // "Acme Investments<TAB>Boston, MA" over "1996 - 2000<TAB>Product Manager, Web Team": in an inline section, an
  // organisation set with its place, right above the dates, is the job's (not a title with its place)
  const placedAbove = (i: number): { line: number; name: string; place: string } | null => {
    // (a paragraph of its own, a blank line between; not one cell right under the job above, which is that job's)
    const line = anchors[i].line - (texts[anchors[i].line - 1]?.trim() === "" ? 2 : 1);
    const floor = i === 0 ? -1 : anchors[i - 1].line;
    if (layout !== "inline" || anchors[i].remainder === "" || line <= floor) return null;
    if (line === floor + 1 && !texts[line].includes("\t")) return null;
    const placed = placedName(texts[line]);
    return placed && { line, ...placed };
  };
  const headersAboveFor = (i: number) =>
    layout === "above" ||
    (layout === "inline" &&
      ((anchors[i].remainder === "" && headerAbove(i).length > 0) || titleParagraphAbove(i)));
  const entries: ExperienceEntry[] = [];
  // entries open by "since" or "from" alone (experienceOpen.ts)
  const open = new Set<ExperienceEntry>();
  const claimed = new Set<number>();
  // entries whose dated line named the organisation and not the title (or whose own line above it did), and the
  // roles after them that took it
  const organisationOnDates = new Set<ExperienceEntry>();
  anchors.forEach((anchor, index) => {
    const next = anchors[index + 1];
    let headerLines: number[] = [];
    let bodyStart = anchor.line + 1;
    let bodyEnd = next ? next.line : lines.length;
    if (next && headersAboveFor(index + 1)) bodyEnd = Math.min(bodyEnd, headerAbove(index + 1)[0] ?? bodyEnd);
    const placedNext = next ? placedAbove(index + 1) : null;
    if (placedNext) bodyEnd = Math.min(bodyEnd, placedNext.line);
    if (headersAboveFor(index)) {
      headerLines = headerAbove(index).filter((line) => !claimed.has(line));
    } else {
      const wanted = layout === "inline" ? 1 : 2;
      // a blank line may sit between the dates and the header below them (a page's layout)
      const first = anchor.line + (layout === "below" && texts[anchor.line + 1]?.trim() === "" ? 2 : 1);
      // (a keyed field neither title nor employer, "Main activities and responsibilities", is passed over)
      let i = first;
      for (; i < bodyEnd && headerLines.length < wanted && isHeaderLike(texts[i]); i++)
        if (keyedField(joinKeyTabs(texts[i])) !== "other") headerLines.push(i);
      bodyStart = i;
    }
    // LinkedIn and many templates put the place on the line after the dates.
    let location: string | null = null;
    // (not a line that names an organisation before its place: "Acme Gen Cont. Co. LLC Abu Dhabi, UAE.")
    // (nor "Shankar & Associates, Coimbatore, India", whose first part names itself an organisation)
    if (
      bodyStart < bodyEnd &&
      looksLikeLocation(texts[bodyStart]) &&
      companyScore(texts[bodyStart]) === 0 &&
      companyScore(texts[bodyStart].split(",")[0]) === 0
    ) {
      location = texts[bodyStart].trim();
      claimed.add(bodyStart);
      bodyStart++;
    }
    const headerTexts = joinWrappedHeaders(
      headerLines
        .map((line) => texts[line].replace(BULLET, ""))
        .filter((text) => !DURATION_ONLY.test(text.trim())),
    );
    // "Working in : Acme Ltd", "Designation : Engineer": labelled pieces name their part outright
    const labelled = labelledPieces(
      headerPieces([...headerTexts, anchor.remainder].filter(Boolean).map(joinKeyTabs)),
    );
    const role = assignRole(labelled.rest, linkedInStyle, judge, anchor.remainder !== "");
    if (labelled.title !== undefined) {
      if (role.title && !role.company) role.company = role.title;
      role.title = labelled.title;
    }
    if (labelled.organisation !== undefined) {
      if (role.company && !role.title) role.title = role.company;
      role.company = labelled.organisation;
    }
    if (headerTexts.length === 1) organisationOverKeyedTitle(role, texts[bodyStart]);
    // "Duration: 2008 to 2010" / "Designation: Draughtsman": a labelled title right under the dates, which in a
    // keyed block ("Company: X" / "Address: ..." / dates) wins over a header piece read as a title
    const keyedTitle = keyedTitleBelow(texts, bodyStart, bodyEnd);
    if (keyedTitle !== undefined && (role.title === null || (labelled.organisation && !labelled.title)))
      role.title = keyedTitle;
    // a dated line, or a statement wrapped above its dates, that states the job names its parts by its words
    const stated = statedJob(
      headerLines.map((line) => texts[line].replace(BULLET, "")),
      texts[anchor.line],
      texts.slice(anchor.line + 1, anchor.line + 3),
    );
    if (stated?.organisation) {
      role.company = stated.organisation;
      role.title = stated.title ?? role.title;
    }
    if (anchor.withName) role.company = anchor.withName;
    if (anchor.organisation && role.company === null) {
      if (role.title && anchor.organisation.includes(role.title)) role.title = null;
      role.company = anchor.organisation;
    }
    const placed = placedAbove(index);
    if (placed && !stated?.organisation && labelled.organisation === undefined && !anchor.withName) {
      // the dated line's rest is then the title, with the unit it is of ("Product Manager, Web Team")
      role.title = anchor.remainder.replace(/\s*\t\s*/g, " ").trim();
      role.company = placed.name;
      location = location ?? placed.place;
    }
    // "Title / dates / Company": a company line right under the dates still belongs to this entry, and so does
    // one a blank line further down that names itself an organisation (a paragraph each, as the title above)
    // (a remark in brackets after the name is the organisation's, not a sentence: "Acme Co LLC, Oman (AN ISO 9001
    // COMPANY)", whose note the name drops below)
    const gapped = texts[bodyStart]?.trim() === "" && bodyStart + 1 < bodyEnd ? bodyStart + 1 : -1;
    const below = (texts[bodyStart] ?? "").replace(/(?<=\S)\s*\([^()]*\)\s*$/u, "");
    if (
      !role.company &&
      bodyStart < bodyEnd &&
      isHeaderLike(below) &&
      keyedField(below) === null &&
      (companyScore(below) > 0 || (role.title !== null && looksLikeOrganisation(below)))
    ) {
      role.company = texts[bodyStart].trim();
      bodyStart++;
    } else if (
      !role.company &&
      role.title !== null &&
      gapped >= 0 &&
      isHeaderLike(texts[gapped]) &&
      companyScore(texts[gapped]) > 0 &&
      titleScore(texts[gapped]) === 0
    ) {
      role.company = texts[gapped].trim();
      bodyStart = gapped + 1;
    }
    // "Company / dates / Title": a short title right under the dates, when the lines above named only the organisation
    // ("Acme Pumps Ltd   Jan 2015 – Mar 2018" / "• Site Engineer": or listed, where the list marks it as its duties)
    if (
      role.company &&
      !role.title &&
      bodyStart < bodyEnd &&
      (titleUnderDates(texts[bodyStart]) || isBulletedTitle(texts[bodyStart]))
    ) {
      role.title = texts[bodyStart].replace(BULLET, "").trim();
      bodyStart++;
    } else if (role.company && !role.title && gapped >= 0 && titleAlone(texts, gapped, bodyEnd)) {
      // or a paragraph of its own, a blank line down: "Acme Pvt. (June 2015 – May 2018)" / "" / "SITE ENGINEER( 3
      // YEARS)" / "COMPANY PROFILE:"; a note of its time in brackets is no part of it
      role.title = texts[gapped].trim().replace(/\s*\([^()]*(?:\d|experience)[^()]*\)$/iu, "");
      bodyStart = gapped + 1;
    }
    const previous = entries[entries.length - 1];
    // LinkedIn lists several roles under one company heading; later roles carry only a title.
    if (linkedInStyle && !role.company && previous?.company && headerTexts.length <= 1)
      role.company = previous.company;
    // "Acme Securities (City)" / "Branch Manager (2006 to 2007)" / "Sales Manager (2005 to 2006)": roles
    // stacked under one organisation, with no lines between them, share it
    if (
      !role.company &&
      previous?.company &&
      headerLines.length === 0 &&
      previous.highlights.length === 0 &&
      titleScore(role.title ?? "") > 0 &&
      // "Editor of Revista Ingenierias" names where it was held
      !/\s(?:of|at)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(role.title ?? "")
    )
      role.company = previous.company;
    // "Acme Freight LLC<TAB>Tacoma, WA  Jun 2015 – Feb 2019" / "Shift Supervisor" / "• ..." / "Warehouse
    // Associate<TAB>Aug 2013 – May 2015": where the dated lines name the organisation, a dated line that names only
    // a title is an earlier role at the organisation above
    const heads = previous?.company && organisationOnDates.has(previous);
    if (
      heads &&
      // (or a unit of it beside the title: "Staff Nurse, Intensive Care Unit")
      (!role.company || isUnit(role.company)) &&
      headerLines.length === 0 &&
      role.title !== null &&
      anchor.remainder.includes(role.title) &&
      titleScore(role.title) > 0 &&
      companyScore(anchor.remainder) < titleScore(anchor.remainder)
    )
      role.company = previous.company;
    const onDates = role.company !== null && anchor.remainder.includes(role.company);
    // "Northgate Bank – Muscat" / "Senior Credit Officer (Oct 2012 – Mar 2014)": an organisation on a line of its
    // own over a dated title heads, as one on the dated line does, the roles after it that name only a title
    const alone =
      (placed !== null && role.company === placed.name) ||
      (headersAboveFor(index) && organisationHeader(headerTexts, role));
    const headed =
      (heads && role.company === previous.company) ||
      (alone && anchor.remainder.includes(role.title ?? "\n"));
    if (role.company)
      role.company = /\p{L}{2}/u.test(role.company) ? organisationName(role.company) || null : null;
    const end = anchor.current ? null : anchor.end;
    // a start month alone gives no length
    const months = anchor.start && !anchor.single ? monthsBetween(anchor.start, end ?? asOf) : null;
    const duration = parseDuration(texts[anchor.line]);
    const confidence =
      0.4 +
      (role.title ? 0.25 : 0) +
      (role.company ? 0.2 : 0) +
      (anchor.yearOnly ? 0 : 0.1) +
      (duration !== null ? 0.05 : 0);
    entries.push({
      title: role.title,
      company: role.company,
      location: location ?? role.location,
      start: anchor.start,
      end,
      current: anchor.current,
      months,
      highlights: highlightsOf(
        texts.slice(bodyStart, bodyEnd).filter((_, offset) => !claimed.has(bodyStart + offset)),
      ),
      confidence: Math.min(1, Number(confidence.toFixed(2))),
    });
    if (anchor.open && !HELD_NOW.test(texts[anchor.line])) open.add(entries[entries.length - 1]);
    if ((onDates && !anchor.remainder.includes(role.title ?? "\n")) || headed)
      organisationOnDates.add(entries[entries.length - 1]);
  });
  return entries.map((entry) => (open.has(entry) ? heldUntilLater(entry, entries) : entry));
}
