// "Presently working with Acme Ltd as Site Engineer since June 2011": a line that opens on working somewhere
// states a job in whatever section it stands, also after the degrees under no heading of its own.
export const WORK_SENTENCE =
  /^[^\p{L}]*(?:i\s+am\s+)?(?:(?:presently|currently)\s+)?(?:working|worked|employed|serving|served)\s+(?:with|at|for|as)\s/iu;
