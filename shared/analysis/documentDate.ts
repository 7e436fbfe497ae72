// The month a CV speaks from. "2013 to present" in a CV written in 2015 means two years, not thirteen: the
// document's own date (a dated signature line, else its file metadata, which a later save or conversion moves)
// stands in for "present" when it is earlier than the analysis date; without either, the analysis date does.
import { findSingleDates, toMonth } from "./dates.ts";
import type { DocumentDate, Month } from "./types.ts";

const DATED_LINE = /^\s*(?:date|dated)\s*[:：.-]+\s*(.{4,40})$/i;

/** "D:20180512093000+05'30'" (PDF) or "2018-05-12T09:30:00Z" (DOCX core properties) as a month. */
export function metadataMonth(value: unknown): Month | null {
  if (typeof value !== "string") return null;
  const found = /^(?:D:)?(\d{4})-?(\d{2})/.exec(value.trim());
  if (!found) return null;
  const [year, month] = [Number(found[1]), Number(found[2])];
  if (year < 1990 || month < 1 || month > 12) return null;
  return `${found[1]}-${found[2]}` as Month;
}

/** The signature's "Date: 12/05/2018" in the last lines of the text. */
function signatureMonth(lines: string[]): Month | null {
  for (const line of lines.slice(-20).reverse()) {
    const dated = DATED_LINE.exec(line);
    const [found] = dated ? findSingleDates(dated[1]) : [];
    if (found) return toMonth(found.date);
  }
  return null;
}

// "Date of Expiry : 02/02/2026", "Valid till 2027", "Renewal due 2025": a document's future, not a date the CV was
// written after
const FUTURE_DATE = /\b(?:expir\w*|expires?|valid(?:ity)?|renew\w*)\b/i;

/** The latest month written in the text, up to `asOf`, leaving out the lines that date a document's expiry. */
function latestWritten(text: string, asOf: Month): Month | null {
  let latest: Month | null = null;
  for (const line of text.split("\n")) {
    if (FUTURE_DATE.test(line)) continue;
    for (const found of findSingleDates(line)) {
      const month = toMonth(found.date);
      if (month <= asOf && (latest === null || month > latest)) latest = month;
    }
  }
  return latest;
}

/**
 * The CV's own date: a dated signature first, then file metadata; never later than `asOf` and never earlier
 * than a date the text itself names (a file re-saved from an old template is not older than its content).
 */
export function dateDocument(text: string, metadata: Month | null, asOf: Month): DocumentDate {
  const lines = text.split("\n");
  const stated: [Month | null, DocumentDate["by"]][] = [
    [signatureMonth(lines), "signature"],
    [metadata, "metadata"],
  ];
  for (const [month, by] of stated) {
    if (month === null || month >= asOf) continue;
    const written = latestWritten(text, asOf);
    return { month: written !== null && written > month ? written : month, by };
  }
  return { month: asOf, by: "analysis" };
}
