// Finds hard-skill terms in a job ad with a learned BIO token tagger (an averaged perceptron trained on
// annotated job postings, `npm run train:jobs`), so terms outside the taxonomy are found too.
import type { PerceptronModel } from "../../analysis/segmenter/perceptron.ts";
import type { JobClause } from "../_sections.ts";
import type { SkillCatalog } from "../catalog.ts";
import type { TermToken } from "./_tokens.ts";
import { lineShapes, type TokenContext, tokenFeatures, wordShape } from "./features.ts";
import { gazetteerTags } from "./gazetteer.ts";

export interface TermSpan {
  text: string;
  start: number;
  end: number;
}

/** lexicon hits and clause intents of each token, the tagger's view of the ad beyond the words */
export function tokenContext(
  text: string,
  tokens: TermToken[],
  clauses: JobClause[],
  catalog: SkillCatalog,
): TokenContext {
  const taxonomy = tokens.map(() => "");
  let t = 0;
  for (const mention of catalog.findSkillMentions(text)) {
    while (t < tokens.length && tokens[t].end <= mention.start) t++;
    for (let k = t; k < tokens.length && tokens[k].start < mention.end; k++) {
      taxonomy[k] = `${k === t ? "B" : "I"}:${mention.category}`;
    }
  }
  const intent = tokens.map(() => "heading");
  let c = 0;
  for (let k = 0; k < tokens.length; k++) {
    while (c < clauses.length && clauses[c].end <= tokens[k].start) c++;
    const clause = clauses[c];
    if (clause !== undefined && clause.start <= tokens[k].start) intent[k] = clause.intent;
  }
  const shapes = tokens.map((t) => wordShape(t.text));
  return { taxonomy, gazetteer: gazetteerTags(tokens), intent, shapes, lines: lineShapes(tokens, shapes) };
}

// A Map looks up tens of thousands of feature names several times faster than the JSON object does.
const weightMaps = new WeakMap<PerceptronModel, Map<string, number[]>>();

function weightMap(model: PerceptronModel): Map<string, number[]> {
  let map = weightMaps.get(model);
  if (map === undefined) {
    map = new Map(Object.entries(model.weights));
    weightMaps.set(model, map);
  }
  return map;
}

/**
 * one tag per token, left to right, each seeing the tag before it; `outsideBias` is taken from the score of
 * "O", so a larger value finds more terms at some cost in precision (tuned by cross-validation)
 */
export function tagTokens(
  model: PerceptronModel,
  tokens: TermToken[],
  context: TokenContext,
  outsideBias = 0,
): string[] {
  const tags: string[] = [];
  const outside = model.labels.indexOf("O");
  const weights = weightMap(model);
  for (let i = 0; i < tokens.length; i++) {
    const previous = i === 0 || tokens[i].lineStart ? "<s>" : tags[i - 1];
    const s = model.labels.map(() => 0);
    for (const feature of tokenFeatures(tokens, i, context, previous)) {
      const w = weights.get(feature);
      if (w) for (let k = 0; k < s.length; k++) s[k] += w[k];
    }
    if (outside >= 0) s[outside] -= outsideBias;
    let best = 0;
    for (let k = 1; k < s.length; k++) if (s[k] > s[best]) best = k;
    tags.push(model.labels[best]);
  }
  return tags;
}

/** the spans a tag sequence marks; an I after O opens a span, and a span never crosses a line */
export function spansOfTags(text: string, tokens: TermToken[], tags: string[]): TermSpan[] {
  const spans: TermSpan[] = [];
  let open: { start: number; end: number } | null = null;
  const close = () => {
    if (open !== null) spans.push({ ...open, text: text.slice(open.start, open.end) });
    open = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tag = tags[i];
    if (tag === "O" || tag === "B" || tokens[i].lineStart || open === null) close();
    if (tag === "O") continue;
    if (open === null) open = { start: tokens[i].start, end: tokens[i].end };
    else open.end = tokens[i].end;
  }
  close();
  return spans;
}
