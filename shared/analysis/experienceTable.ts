// Work history as a table whose label row names the columns ("S.No | Institution | Designation |
// Experience", "Company Name | Designations | Experience (Year)"), often without dates: each row with a
// title cell is a job; its organisation is the cell before the title, or, where the row wrapped, the
// organisation line just above it.
import { findDateRanges } from "./dates.ts";
import { statedEntry } from "./experienceFields.ts";
import { organisationName } from "./organisationNames.ts";
import { companyScore, titleScore } from "./roles.ts";
import type { TextLine } from "./sections.ts";
import { endsLikeTitle } from "./titles.ts";
import type { ExperienceEntry, Month } from "./types.ts";

const ORGANISATION_COLUMN =
  /^(?:name of (?:the )?(?:company|organi[sz]ation|employer|institution|firm)|company(?: name)?|organi[sz]ation(?: name)?|employer|institution|firm)$/i;
// "Designation", "Designations", "DESIGINATION" (a slip real tables carry), "Position", "Role"
const TITLE_COLUMN = /^(?:desig\p{L}*|position(?: held)?|post|role|job title)$/iu;

const cellsOf = (text: string) =>
  text
    .split("\t")
    .map((cell) => cell.trim())
    .filter(Boolean);

function isLabelRow(text: string): boolean {
  const cells = cellsOf(text);
  return (
    cells.length >= 2 &&
    cells.some((cell) => ORGANISATION_COLUMN.test(cell)) &&
    cells.some((cell) => TITLE_COLUMN.test(cell))
  );
}

// "Band trainer/Drums": one of the slashed parts may be the title
const isTitleCell = (cell: string) =>
  companyScore(cell) === 0 &&
  cell.split(/\s+/).length <= 6 &&
  (titleScore(cell) > 0 || cell.split("/").some((part) => endsLikeTitle(part)));

export function entriesFromTable(lines: TextLine[], asOf: Month): ExperienceEntry[] {
  const header = lines.findIndex((line) => isLabelRow(line.text));
  if (header === -1) return [];
  const entries: ExperienceEntry[] = [];
  const used = new Set<number>();
  let lastRow = -1;
  for (let i = header + 1; i < lines.length; i++) {
    const cells = cellsOf(lines[i].text);
    const at = cells.findIndex(isTitleCell);
    if (at === -1 || (cells.length < 2 && !lines[i].text.includes("\t"))) continue;
    const before = cells[at - 1];
    let organisation = before && companyScore(before) > 0 ? before : null;
    // "Pallavaram | Teacher" right under a row: the row's cells wrapped, no job of its own
    if (!organisation && lastRow === i - 1) continue;
    lastRow = i;
    // a wrapped row: the organisation sits on its own line just above
    for (let up = i - 1; !organisation && up > header && up >= i - 2; up--) {
      const text = lines[up].text.trim();
      if (text === "" || used.has(up)) continue;
      if (companyScore(text) > 0 && cellsOf(text).length === 1) {
        organisation = text;
        used.add(up);
      }
      break;
    }
    organisation ??= before && !/^\d+$/.test(before) ? before : null;
    if (!organisation) continue;
    const [range] = findDateRanges(lines[i].text, asOf);
    entries.push(
      statedEntry(
        {
          title: cells[at],
          company: organisationName(organisation) || null,
          start: range?.start ?? null,
          end: range && !range.current ? range.end : null,
          current: range?.current ?? false,
        },
        asOf,
        0.5,
      ),
    );
  }
  return entries;
}
