// "Presently working with Acme Ltd as Site Engineer since June 2011", "Joined Acme Bank in 2007 as Manager": a line
// that opens on working somewhere, or on joining an organisation as a title, states a job in whatever section it
// stands, also after the degrees under no heading of its own.
const WORKING =
  /^[^\p{L}]*(?:i\s+am\s+)?(?:(?:presently|currently)\s+)?(?:working|worked|employed|serving|served)\s+(?:with|at|for|as)\s/iu;
// "Joined Acme Bank (a note), Riyadh in 2007 as Senior Manager": joining a named organisation as a title (case
// kept: the name opens upper case; a study joined is not joined "as" anything)
const JOINED_AS =
  /^[^\p{L}]*(?:I\s+(?:have\s+)?)?[Jj]oined\s+(?:[Mm]\/[Ss]\.?\s*)?\p{Lu}[^.]{0,120}?\sas\s+(?:an?\s+|the\s+)?\p{L}/u;

export function isWorkSentence(text: string): boolean {
  return WORKING.test(text) || JOINED_AS.test(text);
}

// a statement of a job inside a line of prose, after a full stop: "Mechanical engineer with 9 years in plant
// maintenance. Currently working with Acme Ltd as ..." (not after an abbreviation's stop: "Pvt. Ltd.", "Sr.")
const STATEMENT_AFTER_STOP =
  /(?<=\p{Ll}{3}[.!?])\s+(?=(?:i\s+(?:am|was|have\s+been)\s+|(?:presently|currently|previously|earlier|later)\s+)?(?:working|worked|employed|serving|served|joined)\s+(?:with|at|for|as|in)\s)/giu;

/** Lines whose prose states a job after a full stop, parted there, so that each statement opens a line. */
export function withStatementsParted<T extends { text: string; start: number }>(lines: T[]): T[] {
  return lines.flatMap((line) => {
    const cuts = [...line.text.matchAll(STATEMENT_AFTER_STOP)].map((m) => (m.index ?? 0) + m[0].length);
    if (cuts.length === 0) return [line];
    return [0, ...cuts].map((from, i) => ({
      ...line,
      text: line.text.slice(from, i < cuts.length ? cuts[i] : undefined).trimEnd(),
      start: line.start + from,
    }));
  });
}
