// What the term tagger is trained on: each token of a job ad with its features and its gold BIO tag, read
// from annotated spans. Shared by `npm run train:jobs` and the cross-validated accuracy report.
import type { Example } from "../../analysis/segmenter/perceptron.ts";
import { splitJobClauses } from "../_sections.ts";
import { type SkillCatalog, taxonomyCatalog } from "../catalog.ts";
import { termTokens } from "./_tokens.ts";
import { tokenFeatures } from "./features.ts";
import { tokenContext } from "./tagger.ts";

/** `minPostings`: a feature seen in fewer postings is dropped, so the weights keep no posting's own phrasing */
export const TERM_TRAINING = { epochs: 8, seed: 11, minPostings: 2 };

/** the examples of several postings, without features seen in fewer than `minPostings` of them */
export function withoutRareFeatures(postings: Example[][], minPostings: number): Example[] {
  const seenIn = new Map<string, number>();
  for (const examples of postings) {
    for (const feature of new Set(examples.flatMap((e) => e.features))) {
      seenIn.set(feature, (seenIn.get(feature) ?? 0) + 1);
    }
  }
  return postings.flatMap((examples) =>
    examples.map((e) => ({
      label: e.label,
      features: e.features.filter((f) => (seenIn.get(f) ?? 0) >= minPostings),
    })),
  );
}

const WORD = /[\p{L}\p{N}+#]/u;

/** the gold tag of every token: B opens a span, I continues it; tokens without a letter or digit at a span's edges are O */
export function goldTags(
  text: string,
  spans: { start: number; end: number }[],
): { tokens: ReturnType<typeof termTokens>; tags: string[] } {
  const tokens = termTokens(text);
  const tags = tokens.map(() => "O");
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let t = 0;
  for (const span of sorted) {
    while (t < tokens.length && tokens[t].end <= span.start) t++;
    const inside: number[] = [];
    for (let k = t; k < tokens.length && tokens[k].start < span.end; k++) inside.push(k);
    while (inside.length > 0 && !WORD.test(tokens[inside[0]].text)) inside.shift();
    while (inside.length > 0 && !WORD.test(tokens[inside[inside.length - 1]].text)) inside.pop();
    inside.forEach((k, n) => {
      tags[k] = n === 0 ? "B" : "I";
    });
  }
  return { tokens, tags };
}

/** one training example per token, each seeing the gold tag before it */
export function termExamples(
  text: string,
  spans: { start: number; end: number }[],
  catalog: SkillCatalog = taxonomyCatalog,
): Example[] {
  const { tokens, tags } = goldTags(text, spans);
  const context = tokenContext(text, tokens, splitJobClauses(text), catalog);
  return tokens.map((token, i) => ({
    features: tokenFeatures(tokens, i, context, i === 0 || token.lineStart ? "<s>" : tags[i - 1]),
    label: tags[i],
  }));
}
