// Internships a work history states as trainings at a place of work: "6 weeks industrial training in Acme
// Fasteners", read with the words of the job sentences.
import { findDateRanges } from "./dates.ts";
import { LIST_MARK, statedEntry } from "./experienceFields.ts";
import { clean, upToStop } from "./experienceStops.ts";
import { upToLegalForm } from "./legalForms.ts";
import type { TextLine } from "./sections.ts";
import type { ExperienceEntry, Month } from "./types.ts";

// "6 weeks industrial training (B. Tech.) in Acme Fasteners, Ludhiana", "Undergone 6 months Industrial training in
// Acme Ltd", "One year full apprentice training in * ACME PORT TRUST*": an internship, named by its kind, and where
const TRAINED_AT =
  /^(?:(?:undergone|underwent|completed|did|done)\s+(?:an?\s+)?)?(?:(?:\d{1,2}|one|two|three|four|six)\s*(?:weeks?|months?|days?|years?)\s*(?:\(\s*\)\s*)?)?(?:(?:full|short|full-time)\s+)?((?:industrial|summer|in-?plant|inplant|apprentice(?:ship)?)\s+training)\s*(?:\([^()]{1,30}\)\s*)?(?:in|at|with)\s+(?:m\/s\.?\s*)?[*,\s]*(.+)$/iu;

/**
 * The internships a work history states as trainings at a place of work ("6 weeks industrial training in Acme
 * Fasteners"), with the dates the line or the next one gives; a department or a subject ("in Mechanical
 * Department") is no place of work.
 */
export function trainingsAtWork(lines: TextLine[], asOf: Month): ExperienceEntry[] {
  return lines.flatMap((line, index) => {
    const trained = TRAINED_AT.exec(line.text.replace(LIST_MARK, "").replace(/\s+/g, " ").trim());
    if (!trained) return [];
    const where = upToStop(trained[2].replace(/\*.*$/, ""));
    if (
      !/^\p{Lu}/u.test(where) ||
      where.split(" ").length > 8 ||
      /\b(?:department|dept|section|division|shop|field|area)\b/i.test(where)
    )
      return [];
    // "Registration No 48/06/6610 Date 11.09.2014 to 10.09.2015" on the line below
    const next = lines[index + 1]?.text ?? "";
    const [range] = findDateRanges(
      TRAINED_AT.test(next.replace(LIST_MARK, "")) ? line.text : `${line.text} ${next}`,
      asOf,
    );
    const job = { title: clean(trained[1]), company: upToLegalForm(where) };
    const dates = range
      ? { start: range.start, end: range.current ? null : range.end, current: range.current }
      : { start: null, end: null, current: false };
    return [statedEntry({ ...job, ...dates }, asOf, 0.5)];
  });
}
