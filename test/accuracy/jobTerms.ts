// Runs job parsers over SkillSpan postings and tallies their hard-skill spans: the taxonomy lookup the parser
// used before, a gazetteer lookup, and the parser with its learned tagger, cross-validated by posting on train.
import { train } from "../../shared/analysis/segmenter/perceptron.ts";
import { splitJobClauses } from "../../shared/matching/_sections.ts";
import { taxonomyCatalog } from "../../shared/matching/catalog.ts";
import { termTokens } from "../../shared/matching/terms/_tokens.ts";
import { requirementMentions, type TermTagger } from "../../shared/matching/terms/extract.ts";
import { gazetteerTags } from "../../shared/matching/terms/gazetteer.ts";
import { spansOfTags } from "../../shared/matching/terms/tagger.ts";
import { TERM_TRAINING, termExamples, withoutRareFeatures } from "../../shared/matching/terms/training.ts";
import type { Posting } from "./skillspan.ts";
import { emptyTally, type SpanTally, type TextSpan, tallySpans } from "./spanScore.ts";

export const FOLDS = 5;
/** the biases against "O" tried by cross-validation */
export const OUTSIDE_BIASES = [0, 4, 8, 12, 16, 20, 24];
/** the operating point: the most recall whose cross-validated relaxed precision stays at or above this */
export const PRECISION_TARGET = 0.7;

/** the parser before learned terms: taxonomy mentions outside company clauses and headings */
export function taxonomySpans(text: string): TextSpan[] {
  const clauses = splitJobClauses(text);
  return taxonomyCatalog.findSkillMentions(text).filter((m) => {
    const clause = clauses.find((c) => c.start <= m.start && m.start < c.end);
    return clause !== undefined && clause.intent !== "company";
  });
}

/** a plain dictionary baseline: the longest ESCO / O*NET gazetteer phrase at each point, anywhere */
export function gazetteerSpans(text: string): TextSpan[] {
  const tokens = termTokens(text);
  return spansOfTags(
    text,
    tokens,
    gazetteerTags(tokens).map((t) => t || "O"),
  );
}

/** the hard skills the parser finds (taxonomy skills and literal terms; soft skills are reported apart) */
export function parserSpans(text: string, tagger?: TermTagger): TextSpan[] {
  return requirementMentions(text, splitJobClauses(text), taxonomyCatalog, tagger).filter(
    (m) => m.kind !== "soft",
  );
}

export function trainTagger(postings: Posting[], outsideBias: number): TermTagger {
  const examples = withoutRareFeatures(
    postings.map((p) => termExamples(p.text, p.knowledge)),
    TERM_TRAINING.minPostings,
  );
  return { model: train(examples, TERM_TRAINING), outsideBias };
}

export function tallyOf(postings: Posting[], spansOf: (p: Posting) => TextSpan[]): SpanTally {
  const tally = emptyTally();
  for (const posting of postings) tallySpans(tally, posting.text, posting.knowledge, spansOf(posting));
  return tally;
}

/** per bias, the tally of the parser over every posting, each scored by a model that never saw it */
export function crossValidate(
  postings: Posting[],
  biases: number[] = OUTSIDE_BIASES,
): Map<number, SpanTally> {
  const tallies = new Map(biases.map((b) => [b, emptyTally()]));
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = postings.filter((_, i) => i % FOLDS === fold);
    const { model } = trainTagger(
      postings.filter((_, i) => i % FOLDS !== fold),
      0,
    );
    for (const bias of biases) {
      const tally = tallies.get(bias)!;
      for (const p of held)
        tallySpans(tally, p.text, p.knowledge, parserSpans(p.text, { model, outsideBias: bias }));
    }
  }
  return tallies;
}
