// The dates of a real CV's label against a prediction: a job's end (or "present"), a qualification's year, and
// the CV's total time in work with overlapping roles merged. Shared by the engine's and the baseline's scoring.
import { coveredMonths, type Period } from "../../shared/analysis/totals.ts";
import type { Month } from "../../shared/analysis/types.ts";
import type { StoredLabel } from "./labelSchema.ts";

/** Two totals agree when they differ by at most this many months (a year-only date may stand for any month). */
export const TOTAL_TOLERANCE_MONTHS = 12;

/** "2015" is read as January, as the engine reads a year on its own; "2015-06" as written. */
const asMonth = (date: string): Month => (date.length === 4 ? `${date}-01` : date) as Month;

/**
 * Months in work by the label: each dated job from its start to its end, to the month the CV speaks from when
 * it is current (the label's document date, else the month the prediction dated the CV to), or its start month
 * alone when the label gives no end; null when no job has a start.
 */
export function labelledMonths(label: StoredLabel, predictedPresent: string): number | null {
  const present = label.documentDate ? asMonth(label.documentDate) : (predictedPresent as Month);
  const periods: Period[] = label.experience.flatMap((job) => {
    if (job.start === null) return [];
    const end = job.end !== null ? asMonth(job.end) : job.current ? present : asMonth(job.start);
    return [{ start: asMonth(job.start), end }];
  });
  return periods.length === 0 ? null : coveredMonths(periods);
}

/** A job's end as the label gives it agrees with the prediction's: both current, or the same end year. */
export function sameEnd(
  label: { end: string | null; current: boolean },
  got: { end: string | null; current: boolean },
): boolean {
  if (label.current) return got.current;
  return (
    !got.current && got.end !== null && label.end !== null && got.end.slice(0, 4) === label.end.slice(0, 4)
  );
}

const YEAR = String.raw`(?:19[5-9]\d|20[0-4]\d)`;
const RANGE = new RegExp(
  String.raw`\b(${YEAR})\s*(?:-|–|—|to)\s*(${YEAR}|present|current|till date|to date|now)\b`,
  "gi",
);

/** The baseline's total: every "YYYY - YYYY" or "YYYY - present" anywhere in the text, merged. */
export function rangesInText(text: string, present: string): number | null {
  const periods: Period[] = [...text.matchAll(RANGE)].flatMap((m) => {
    const end = /^\d/.test(m[2]) ? asMonth(m[2]) : (present as Month);
    return end >= asMonth(m[1]) ? [{ start: asMonth(m[1]), end }] : [];
  });
  return periods.length === 0 ? null : coveredMonths(periods);
}
