// A job open by "from" or "since" alone ("Worked as X in A from 12/06/2008.") reads as held now, which it is
// only when no later job has ended since.
import type { ExperienceEntry } from "./types.ts";

/** words that say a job open by "since" is held now */
export const HELD_NOW = /\b(?:presently|currently|working)\b/i;

/**
 * "Worked as X in A from 12/06/2008." above "Worked as Y in B from 02/03/2009 to 31/05/2016": a job open by
 * "from" or "since" alone, with a later job that has ended, was left before that one began; it gives its start
 * alone (a present word or "working" keeps it held now).
 */
export function heldUntilLater(entry: ExperienceEntry, entries: ExperienceEntry[]): ExperienceEntry {
  const start = entry.start;
  const laterEnded =
    start !== null &&
    entries.some(
      (other) => other.start !== null && other.start > start && other.end !== null && !other.current,
    );
  return laterEnded ? { ...entry, current: false, months: null } : entry;
}
