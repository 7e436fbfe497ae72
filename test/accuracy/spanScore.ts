// Span-level precision and recall of predicted text spans against gold spans, two ways:
// exact (the same characters once punctuation at either edge is trimmed, "Terraform )" = "Terraform") and
// relaxed (a predicted span counts when it overlaps a gold span, a gold span when any prediction overlaps it).

export interface TextSpan {
  start: number;
  end: number;
}

export interface SpanTally {
  predicted: number;
  gold: number;
  exactHits: number;
  /** predicted spans that overlap some gold span */
  relaxedPredicted: number;
  /** gold spans overlapped by some prediction */
  relaxedGold: number;
}

export interface SpanFigures {
  exact: { precision: number; recall: number; f1: number };
  relaxed: { precision: number; recall: number; f1: number };
  predicted: number;
  gold: number;
}

const EDGE = /[\p{L}\p{N}+#]/u;

/** the span without punctuation or spaces at its edges; null when nothing is left */
export function trimSpan(text: string, span: TextSpan): TextSpan | null {
  let { start, end } = span;
  while (start < end && !EDGE.test(text[start])) start++;
  while (end > start && !EDGE.test(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}

export function emptyTally(): SpanTally {
  return { predicted: 0, gold: 0, exactHits: 0, relaxedPredicted: 0, relaxedGold: 0 };
}

const overlaps = (a: TextSpan, b: TextSpan) => a.start < b.end && b.start < a.end;

/** adds one document's spans to the tally */
export function tallySpans(tally: SpanTally, text: string, gold: TextSpan[], predicted: TextSpan[]): void {
  const g = gold.map((s) => trimSpan(text, s)).filter((s): s is TextSpan => s !== null);
  const seen = new Set<string>();
  const p: TextSpan[] = [];
  for (const span of predicted) {
    const t = trimSpan(text, span);
    if (t === null || seen.has(`${t.start}:${t.end}`)) continue;
    seen.add(`${t.start}:${t.end}`);
    p.push(t);
  }
  const goldKeys = new Set(g.map((s) => `${s.start}:${s.end}`));
  tally.gold += g.length;
  tally.predicted += p.length;
  for (const span of p) {
    if (goldKeys.has(`${span.start}:${span.end}`)) tally.exactHits++;
    if (g.some((s) => overlaps(s, span))) tally.relaxedPredicted++;
  }
  for (const span of g) if (p.some((s) => overlaps(s, span))) tally.relaxedGold++;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function figuresOf(tally: SpanTally): SpanFigures {
  const ep = ratio(tally.exactHits, tally.predicted);
  const er = ratio(tally.exactHits, tally.gold);
  const rp = ratio(tally.relaxedPredicted, tally.predicted);
  const rr = ratio(tally.relaxedGold, tally.gold);
  return {
    exact: { precision: ep, recall: er, f1: f1(ep, er) },
    relaxed: { precision: rp, recall: rr, f1: f1(rp, rr) },
    predicted: tally.predicted,
    gold: tally.gold,
  };
}
