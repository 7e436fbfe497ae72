// Every requirement term of a job ad with its place and clause: hard skills from the learned tagger
// (canonical when the taxonomy knows them, literal otherwise) and soft skills, which are kept apart.

import { looksLikeLocation } from "../../analysis/places.ts";
import type { PerceptronModel } from "../../analysis/segmenter/perceptron.ts";
import { educationLevelsIn } from "../_education.ts";
import { ANY_MARKER } from "../_markers.ts";
import { BULLET, type ClauseIntent, type JobClause } from "../_sections.ts";
import type { SkillCatalog } from "../catalog.ts";
import { termTokens } from "./_tokens.ts";
import { spansOfTags, tagTokens, tokenContext } from "./tagger.ts";
import modelData from "./termModel.generated.json" with { type: "json" };

export type TermKind = "skill" | "term" | "soft" | "education";

export interface RequirementMention {
  /**
   * "skill": a taxonomy skill (canonical name); "term": a literal hard-skill term; "soft": a soft skill;
   * "education": a degree the tagger marked ("BS/BA degree"), which the education requirement reads
   */
  kind: TermKind;
  name: string;
  /** offsets in the description */
  start: number;
  end: number;
  intent: ClauseIntent;
}

/** the tagger's settings: its weights, and the bias against "O" chosen by cross-validation on train */
export interface TermTagger {
  model: PerceptronModel;
  outsideBias: number;
}

const shipped = modelData as { outsideBias: number; model: PerceptronModel };
// Getters: the model is read from the data only when a job is first parsed (the Node bundle parses large data
// on first read).
export const shippedTagger: TermTagger = {
  get model() {
    return shipped.model;
  },
  get outsideBias() {
    return shipped.outsideBias;
  },
};

const SOFT = "soft_skill";
// degrees are read as the education requirement, not as terms
const DEGREE = /^(?:bs|ms|ba|ma|bsc|msc|phd|degree|bachelor|master|diploma)$/i;
const DEGREE_BEFORE =
  /(?:^|[^\p{L}])(?:degree|bachelor\S*|master\S*|b\.?sc?|m\.?sc?|b\.?a|m\.?a|ph\.?d|diploma)\.?\s+(?:in|of)\s+(?:an?\s+|the\s+)?$/iu;
// Taxonomy categories whose mentions name a hard skill, and those that do so only inside a term the tagger
// marks ("data engineering pipelines"). Chosen on SkillSpan train: mentions of these categories overlapped a
// knowledge span at least 60 % of the time there; of the practice, data, AI, design and engineering words and
// the names ("SAP MM") the tagger passed over, too few were asked for (5-fold CV: relaxed precision 0.722 ->
// 0.736 without them, recall 0.758 -> 0.754).
const TECHNOLOGY = new Set(
  "programming_language framework database cloud devops web library os tool ict science language security software".split(
    " ",
  ),
);
const IN_REQUIREMENTS = new Set("practice data ai_ml design engineering".split(" "));
// the lookbehind starts the trailing run only at its first character, so long runs stay linear
const EDGE = /^[^\p{L}\p{N}.+#]+|(?<=^|[\p{L}\p{N}+#])[^\p{L}\p{N}+#]+$/gu;
// a coordinator left at either edge of a span ("consulting, strategy or") joins the span to nothing
const EDGE_JOINER =
  /^(?:(?:and\/or|and|or|&|in|of|with|for|the|an?|using|via)\s+)+|(?:\s+(?:and\/or|and|or|&|in|of|with|for|the|an?|using|via))+$/giu;
// a bracket inside a span parts two names ("anti-money laundering (AML)", "CRM (Salesforce)")
const BRACKET = /[()[\]{}]/;

/** the pieces of a span a bracket parts, each without edge punctuation or edge coordinators */
export function termPieces(span: {
  text: string;
  start: number;
}): { text: string; start: number; end: number }[] {
  const pieces: { text: string; start: number; end: number }[] = [];
  let from = 0;
  const take = (to: number) => {
    const raw = span.text.slice(from, to);
    let text = raw;
    for (let previous = ""; previous !== text; ) {
      previous = text;
      text = text.replace(EDGE, "").replace(EDGE_JOINER, "");
    }
    if (text.length > 0) {
      const start = span.start + from + raw.indexOf(text);
      pieces.push({ text, start, end: start + text.length });
    }
  };
  for (let i = 0; i < span.text.length; i++) {
    if (!BRACKET.test(span.text[i])) continue;
    take(i);
    from = i + 1;
  }
  take(span.text.length);
  return pieces;
}

// A clause that is nothing but a list of short items ("purchase, purchase planning, purchase executive") names
// one term per item: the tagger learned from prose without commas, and lists are where ads name skills.
const ITEM_SEPARATOR = /[,;|•]|(?<!\s)\s+(?:and|or|&|\/)\s+/g;
const NOT_AN_ITEM =
  /^(?:you|we|our|your|will|to|the|a|an|be|is|are|must|should|can|have|has|with|who|which|that|this|it|etc|others?|more|e\.?g|i\.?e|including|such)$/i;
const MAX_ITEM_WORDS = 4;
const LIST_MARK = /[,;|•]/;

interface ListItem {
  text: string;
  start: number;
  end: number;
}

/** the items of a clause that is a plain list of two or more short names, or null */
export function listItems(clause: JobClause): ListItem[] | null {
  // "and" alone does not make a list ("Cloud and DevOps" is prose as often as not): a comma or the like must;
  // a list of degree subjects ("Grado en Matemáticas, Estadística o Ingeniería") is the education requirement
  if (!LIST_MARK.test(clause.text) || educationLevelsIn(clause.text).length > 0) return null;
  const items: ListItem[] = [];
  let from = 0;
  const take = (to: number) => {
    const raw = clause.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/(?<![.:!?])[.:!?]+$/, "");
    if (text.length > 0)
      items.push({ text, start: clause.start + from + lead, end: clause.start + from + lead + text.length });
  };
  for (const m of clause.text.matchAll(ITEM_SEPARATOR)) {
    take(m.index);
    from = m.index + m[0].length;
  }
  take(clause.text.length);
  if (items.length < 2) return null;
  for (const item of items) {
    const words = item.text.split(/\s+/);
    if (words.length > MAX_ITEM_WORDS || words.some((w) => NOT_AN_ITEM.test(w))) return null;
    if (!/\p{L}/u.test(item.text) || /[:()]/.test(item.text)) return null;
  }
  return items;
}

const ENGLISH = new Set(
  "the and of to in for with a an you we our your is are will be on as or at by this that".split(" "),
);

/** true when English function words are as common as English prose makes them */
function isEnglish(tokens: { text: string }[]): boolean {
  if (tokens.length === 0) return false;
  const hits = tokens.filter((t) => ENGLISH.has(t.text.toLowerCase())).length;
  return hits / tokens.length >= ENGLISH_SHARE;
}
const ENGLISH_SHARE = 0.08;

function clauseAt(clauses: JobClause[], offset: number): JobClause | undefined {
  // clauses are few per ad: a linear scan keeps this simple
  return clauses.find((c) => c.start <= offset && offset < c.end);
}

/** hard skills, literal terms and soft skills the ad asks for, in text order; company clauses and headings excluded */
export function requirementMentions(
  description: string,
  clauses: JobClause[],
  catalog: SkillCatalog,
  tagger: TermTagger = shippedTagger,
): RequirementMention[] {
  const tokens = termTokens(description);
  const context = tokenContext(description, tokens, clauses, catalog);
  // the tagger learned from English ads: elsewhere its guesses are noise, and markers are never terms
  const markers = [...description.matchAll(ANY_MARKER)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const english = isEnglish(tokens);
  const spans = english
    ? spansOfTags(description, tokens, tagTokens(tagger.model, tokens, context, tagger.outsideBias)).filter(
        (s) => !markers.some((m) => m.start < s.end && s.start < m.end),
      )
    : [];
  const mentions = catalog.findSkillMentions(description);
  const out: RequirementMention[] = [];
  const push = (kind: TermKind, name: string, start: number, end: number) => {
    const clause = clauseAt(clauses, start);
    if (clause === undefined || clause.intent === "company") return;
    out.push({ kind, name, start, end, intent: clause.intent });
  };
  // "MSc in a quantitative field", "BS or MS in Physics": the degree's field, which the education
  // requirement reads
  const degreeField = (offset: number) => {
    const clause = clauseAt(clauses, offset);
    return (
      clause !== undefined &&
      DEGREE_BEFORE.test(description.slice(Math.max(clause.start, offset - 60), offset)) &&
      educationLevelsIn(clause.text).length > 0
    );
  };
  const addTerm = (span: { text: string; start: number; end: number }) => {
    for (const piece of termPieces(span)) addPiece(piece);
  };
  const addPiece = (span: { text: string; start: number; end: number }) => {
    const text = span.text;
    const whole = catalog.findSkill(text);
    if (whole !== undefined) {
      push(whole.category === SOFT ? "soft" : "skill", whole.name, span.start, span.end);
      return;
    }
    // "Java Spring": the technologies it names; "purchase planning": the term, not the everyday "Planning" in it
    const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end);
    if (
      inside.length > 0 &&
      inside.every((m) => TECHNOLOGY.has(m.category) || IN_REQUIREMENTS.has(m.category))
    ) {
      for (const m of inside) push("skill", m.name, m.start, m.end);
    } else if (DEGREE.test(text) || educationLevelsIn(text).length > 0 || degreeField(span.start)) {
      push("education", text, span.start, span.end);
    } else if (!looksLikeLocation(text)) {
      push("term", text, span.start, span.end);
    }
  };
  const lists = clauses
    .filter((c) => c.intent === "required" || c.intent === "preferred")
    .flatMap((c) => {
      const items = listItems(c);
      return items === null ? [] : [{ clause: c, items }];
    });
  const asked = (offset: number) => {
    const intent = clauseAt(clauses, offset)?.intent;
    return intent === "required" || intent === "preferred";
  };
  // a clause that is nothing but the name ("* dbt") asks for it, whatever its category
  const wholeClause = (m: { start: number; end: number }) => {
    const clause = clauseAt(clauses, m.start);
    return (
      clause !== undefined &&
      description
        .slice(clause.start, clause.end)
        .replace(/[\s.;:!]+$/u, "")
        .trim().length ===
        m.end - m.start
    );
  };
  // a list item about the role ("- Build payment APIs in Go") names the work's tools; role prose as often
  // names the product's or the company's (on SkillSpan train, 18 % of such untagged names were asked for)
  const roleItem = (offset: number) =>
    clauseAt(clauses, offset)?.intent === "role" &&
    BULLET.test(description.slice(description.lastIndexOf("\n", offset - 1) + 1, offset + 1).trimStart());
  const inList = (offset: number) =>
    lists.some(({ clause }) => clause.start <= offset && offset < clause.end);
  for (const { items } of lists) for (const item of items) addTerm(item);
  for (const span of spans) if (!inList(span.start)) addTerm(span);
  // taxonomy mentions the tagger leaves alone: soft skills (it is trained on hard skills) count apart, and
  // technology names asked for or in a role's list item count as skills; other taxonomy words ("planning",
  // "support") are too often plain words, unless the ad is not in English and the dictionary is all there is
  for (const m of mentions) {
    if (inList(m.start) || spans.some((s) => s.start < m.end && m.start < s.end)) continue;
    if (m.category === SOFT) push("soft", m.name, m.start, m.end);
    else if (
      !english ||
      (TECHNOLOGY.has(m.category) && (asked(m.start) || roleItem(m.start))) ||
      wholeClause(m)
    )
      push("skill", m.name, m.start, m.end);
  }
  return out.sort((a, b) => a.start - b.start);
}
