// Undated jobs in anonymised CV templates: "Company Name City , State Account Consultant" under a work-history
// heading, with no dates anywhere near. The template's organisation field marks the line as a job's header,
// so it is read as one even without the date range other entries are anchored on.
import { findDateRanges, findSingleDates } from "./dates.ts";
import { statedEntry } from "./experienceFields.ts";
import { assignRole, headerPieces } from "./roles.ts";
import type { TextLine } from "./sections.ts";
import type { ExperienceEntry, Month } from "./types.ts";

// the field itself, not a label ("Company Name : Acme", "Company Name\tDesignation" over a table)
const ORGANISATION_FIELD = /^[^:\t]*\bCompany Name\b[^:\t]*$/;
/** the anonymised template's organisation field, which stands for any employer */
export const PLACEHOLDER = "Company Name";

/** The entries, with one more for each template header line that no date range anchors. */
export function withUndatedTemplateEntries(
  lines: TextLine[],
  entries: ExperienceEntry[],
  asOf: Month,
): ExperienceEntry[] {
  const headers = lines.flatMap((line, index) =>
    ORGANISATION_FIELD.test(line.text) && line.text.trim().split(/\s+/).length <= 14 ? [index] : [],
  );
  if (headers.length <= entries.filter((entry) => entry.company === PLACEHOLDER).length) return entries;
  const dated = (index: number) =>
    lines
      .slice(Math.max(0, index - 3), index + 3)
      .some(
        (line) =>
          findDateRanges(line.text, asOf).length > 0 ||
          findSingleDates(line.text).some(({ date }) => date.month !== null),
      );
  const firstDated = lines.findIndex((line) => findDateRanges(line.text, asOf).length > 0);
  const undated = headers
    .filter((index) => !dated(index))
    .map((index) => {
      const role = assignRole(headerPieces([lines[index].text]), false);
      const entry = statedEntry(
        { title: role.title, company: role.company, start: null, end: null, current: false },
        asOf,
        0.45,
      );
      return {
        entry: { ...entry, location: role.location },
        before: firstDated === -1 || index < firstDated,
      };
    })
    .filter(({ entry }) => entry.company === PLACEHOLDER);
  if (undated.length === 0) return entries;
  // in document order: a job listed above the first dated one comes first
  const before = undated.filter((u) => u.before).map((u) => u.entry);
  const after = undated.filter((u) => !u.before).map((u) => u.entry);
  return [...before, ...entries, ...after];
}
