// Every requirement term of a job ad with its place and clause: hard skills from the learned tagger
// (canonical when the taxonomy knows them, literal otherwise) and soft skills, which are kept apart.

import { looksLikeLocation } from "../../analysis/places.ts";
import type { PerceptronModel } from "../../analysis/segmenter/perceptron.ts";
import { educationLevelsIn } from "../_education.ts";
import { ANY_MARKER } from "../_markers.ts";
import { BULLET, type ClauseIntent, type JobClause } from "../_sections.ts";
import type { SkillCatalog } from "../catalog.ts";
import { isRoleWord } from "../titleWords.ts";
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
  /(?:^|[^\p{L}])(?:degree|bachelor\S*|master\S*|b\.?sc?|m\.?sc?|b\.?a|m\.?a|ph\.?d|diploma)\.?\s+(?:in|of)\s+(?:an?\s+|the\s+)?(?:[\p{L}&' -]{1,40}?(?:,\s*|\s*\/\s*|\s+(?:or|and)\s+))*$/iu;
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
// what an ad says around a name, not the name ("experience in crop production", "knowledge of fabrics", "3+ years
// of hands-on experience with Kafka"): a term keeps what follows
const LEAD_PHRASE =
  /^(?:\d+\s*\+?\s*(?:(?:-|–|to)\s*\d+\s*)?(?:years?|yrs?)\s+(?:of\s+)?)?(?:(?:proven|solid|strong|good|excellent|hands-on|demonstrated|prior|previous|relevant|practical|working|deep|thorough|basic|advanced|in-depth|professional)\s+)*(?:experience|knowledge|background|expertise|proficiency|familiarity|understanding)\s+(?:in|with|of|using|on)\s+/iu;
// what an ad says after a name about how much it wants it ("PHR certification a plus", "SQL preferred")
const WISH_TAIL =
  /\s+(?:(?:is|are|would be|will be)\s+)?(?:an?\s+)?(?:plus|bonus|advantage|asset)$|\s+(?:is\s+)?(?:preferred|desired|desirable|required|a must)$/iu;
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
      text = text.replace(EDGE, "").replace(EDGE_JOINER, "").replace(LEAD_PHRASE, "").replace(WISH_TAIL, "");
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
      DEGREE_BEFORE.test(description.slice(Math.max(clause.start, offset - 120), offset)) &&
      educationLevelsIn(clause.text).length > 0
    );
  };
  const addTerm = (span: { text: string; start: number; end: number }) => {
    for (const piece of termPieces(span)) addPiece(piece);
  };
  const addPiece = (span: { text: string; start: number; end: number }): void => {
    const text = span.text;
    const whole = catalog.findSkill(text);
    if (whole !== undefined) {
      push(whole.category === SOFT ? "soft" : "skill", whole.name, span.start, span.end);
      return;
    }
    // a verb of the work before its object ("Troubleshooting printers"): the name is the object, unless the
    // whole is a name itself ("Operating systems", "Building Information Modeling", found above)
    const object = text.replace(ACTION_LEAD, "");
    if (object !== text && object !== "") {
      addPiece({ text: object, start: span.end - object.length, end: span.end });
      return;
    }
    // the verb alone, its object shared with the next verb ("Meeting and exceeding sales quotas"): no term
    if (ACTION_ALONE.test(text) && SHARED_OBJECT.test(description.slice(span.end, span.end + 40))) return;
    // "Java Spring": the technologies it names; "purchase planning": the term, not the everyday "Planning" in it
    const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end);
    if (
      inside.length > 0 &&
      inside.every((m) => TECHNOLOGY.has(m.category) || IN_REQUIREMENTS.has(m.category))
    ) {
      for (const m of inside) push("skill", m.name, m.start, m.end);
      // a name beside them that the taxonomy does not know ("Flink Storm"): a term of its own
      let at = span.start;
      for (const gap of [...inside, { start: span.end, end: span.end }]) {
        const rest = description.slice(at, gap.start);
        const name = NAME_RUN.exec(rest);
        if (
          name &&
          name[0].length > 1 &&
          !PHRASE_STOP.test(name[0]) &&
          !DEGREE.test(name[0]) &&
          educationLevelsIn(name[0]).length === 0 &&
          !name[0].split(/\s+/).some(isRoleWord)
        )
          push("term", name[0], at + name.index, at + name.index + name[0].length);
        at = Math.max(at, gap.end);
      }
    } else if (DEGREE.test(text) || educationLevelsIn(text).length > 0 || degreeField(span.start)) {
      push("education", text, span.start, span.end);
    } else if (!looksLikeLocation(text) && !(PHRASE_STOP.test(text) && !/\s/.test(text))) {
      // a word that says how much or how well, or names nothing on its own ("Operation", "certification"), is no term
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
  // A requirement list item in which neither the tagger nor the taxonomy found a name ("- Writing press releases
  // and media pitches", "- Social media"): outside technology the tagger has seen few ads, so the item's own
  // short noun phrases are its terms. Prose sentences are left alone: there such phrases are rarely names.
  for (const clause of english ? clauses : []) {
    if (clause.intent !== "required" && clause.intent !== "preferred") continue;
    const line = description.slice(description.lastIndexOf("\n", clause.start - 1) + 1, clause.end);
    if (!BULLET.test(line.trimStart())) continue;
    if (out.some((m) => m.kind !== "soft" && clause.start <= m.start && m.start < clause.end)) continue;
    if (educationLevelsIn(clause.text).length > 0) continue;
    for (const phrase of itemPhrases(clause))
      if (!out.some((m) => m.start < phrase.end && phrase.start < m.end)) addPiece(phrase);
  }
  return out.sort((a, b) => a.start - b.start);
}

// capitalised words (or ones that begin with a digit) in a row: a name ("Storm", "Power BI", "S3")
const NAME_RUN = /[\p{Lu}\p{N}][\p{L}\p{N}+#.]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}+#.]*)*/u;

// Parts of a requirement item: commas, "and", "or", slashes
const PHRASE_SEPARATOR = /[,;/]|\s+(?:and|or|&|as well as|including|such as|e\.g\.?)\s+/giu;
// a verb of the work before what it works on ("writing press releases", "leading a team"): the name follows it
const ACTION_VERBS =
  "writing|reading|designing|leading|building|selling|motivating|meeting|managing|developing|creating|maintaining|preparing|performing|conducting|providing|handling|using|working|setting up|coordinating|supporting|operating|opening|processing|delivering|running|ensuring|assisting|installing|repairing|cooking|serving|cleaning|driving|giving|making|tracking|reviewing|negotiating|organi[sz]ing|planning|scheduling|monitoring|analy[sz]ing|implementing|executing|exceeding|achieving|identifying|establishing|improving|troubleshooting|diagnosing|resolving";
const ACTION_LEAD = new RegExp(
  `^(?:${ACTION_VERBS})\\s+(?:(?:a|an|the|all|new|our|their|your|of)\\s+)*`,
  "iu",
);
const ACTION_ALONE = new RegExp(`^(?:${ACTION_VERBS})$`, "iu");
// what follows a verb that shares its object with the next one: "and exceeding ..."
const SHARED_OBJECT = /^\s*(?:,|and|or|&|\/)\s*(?:and\s+)?\p{L}+ing\s/iu;
const ARTICLE_LEAD = /^(?:a|an|the|any|some|all|other)\s+/iu;
// words that say how much or how well, never what
const PHRASE_STOP =
  /^(?:you|we|our|your|will|to|the|be|is|are|must|should|can|could|would|have|has|had|with|who|which|that|this|it|its|etc|others?|more|most|very|able|ability|strong|excellent|good|great|proven|solid|high|highly|plus|ideally|preferably|required|preferred|years?|yrs?|experience|knowledge|skills?|understanding|familiarity|proficiency|background|expertise|min|minimum|least|at|in|on|for|from|by|as|of|not|no|a|an|if|when|where|while|willing|ready|eager|passion|passionate|desire|motivated|degree|certifications?|certificates?|licen[cs]es?|basics?|operations?|average|benefits|work|team|tasks?|duties|level|field|fields|related|similar|equivalent|relevant|communication|environment|clients?|customers?|people|staff|colleagues|others)$/iu;
// a phrase with one of these is a piece of a sentence, not a name
const PHRASE_VETO =
  /^(?:you|we|our|your|will|must|should|can|is|are|be|have|has|who|which|that|this|it|with|to|for|from|in|within|on|than|into|over|above|of|skills?|abilit(?:y|ies)|able)$/iu;
const MAX_PHRASE_WORDS = 4;

/** the short noun phrases of a requirement item, each with its offsets */
function itemPhrases(clause: JobClause): { text: string; start: number; end: number }[] {
  const phrases: { text: string; start: number; end: number }[] = [];
  const lead = clause.text.length - clause.text.trimStart().length;
  const body = " ".repeat(lead) + clause.text.slice(lead).replace(BULLET, (mark) => " ".repeat(mark.length));
  let from = 0;
  const take = (to: number) => {
    const raw = body.slice(from, to);
    let text = raw.trim().replace(/[.:!?]+$/u, "");
    for (let previous = ""; previous !== text; ) {
      previous = text;
      text = text
        .replace(LEAD_PHRASE, "")
        .replace(ACTION_LEAD, "")
        .replace(ARTICLE_LEAD, "")
        .replace(WISH_TAIL, "")
        .trim();
    }
    const words = text.split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > MAX_PHRASE_WORDS || !/\p{L}/u.test(text)) return;
    if (words.some((w) => PHRASE_VETO.test(w))) return;
    if (words.every((w) => PHRASE_STOP.test(w.replace(/[^\p{L}\p{N}+#.-]/gu, "")))) return;
    if (/[\d()]/.test(text) && !/\p{L}\d|\d\p{L}/u.test(text)) return;
    const start = clause.start + from + raw.indexOf(text);
    phrases.push({ text, start, end: start + text.length });
  };
  for (const m of body.matchAll(PHRASE_SEPARATOR)) {
    take(m.index);
    from = m.index + m[0].length;
  }
  take(body.length);
  return phrases;
}
