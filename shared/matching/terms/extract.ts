// Every requirement term of a job ad with its place and clause: hard skills from the learned tagger
// (canonical when the taxonomy knows them, literal otherwise) and soft skills, which are kept apart.
import type { PerceptronModel } from "../../analysis/segmenter/perceptron.ts";
import type { ClauseIntent, JobClause } from "../_sections.ts";
import type { SkillCatalog } from "../catalog.ts";
import { termTokens } from "./_tokens.ts";
import { spansOfTags, tagTokens, tokenContext } from "./tagger.ts";
import modelData from "./termModel.generated.json" with { type: "json" };

export type TermKind = "skill" | "term" | "soft";

export interface RequirementMention {
  /** "skill": a taxonomy skill (canonical name); "term": a literal hard-skill term; "soft": a soft skill */
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
export const shippedTagger: TermTagger = { model: shipped.model, outsideBias: shipped.outsideBias };

const SOFT = "soft_skill";
const EDGE = /^[^\p{L}\p{N}.+#]+|[^\p{L}\p{N}+#]+$/gu;

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
  const spans = spansOfTags(
    description,
    tokens,
    tagTokens(tagger.model, tokens, context, tagger.outsideBias),
  );
  const mentions = catalog.findSkillMentions(description);
  const out: RequirementMention[] = [];
  const push = (kind: TermKind, name: string, start: number, end: number) => {
    const clause = clauseAt(clauses, start);
    if (clause === undefined || clause.intent === "company") return;
    out.push({ kind, name, start, end, intent: clause.intent });
  };
  for (const span of spans) {
    const text = span.text.replace(EDGE, "");
    if (text.length === 0) continue;
    const whole = catalog.findSkill(text);
    if (whole !== undefined) {
      push(whole.category === SOFT ? "soft" : "skill", whole.name, span.start, span.end);
      continue;
    }
    const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end);
    if (inside.length === 0) push("term", text, span.start, span.end);
    for (const m of inside) push(m.category === SOFT ? "soft" : "skill", m.name, m.start, m.end);
  }
  // soft skills the tagger leaves alone (it is trained on hard skills) still count, apart
  for (const m of mentions) {
    if (m.category === SOFT && !spans.some((s) => s.start < m.end && m.start < s.end))
      push("soft", m.name, m.start, m.end);
  }
  return out.sort((a, b) => a.start - b.start);
}
