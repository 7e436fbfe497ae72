// Training examples for the learned parts, from the labelled real CVs, in one pass: every experience header
// piece the engine hands to its judge, labelled title or organisation when it names a labelled job's title or
// employer, else other; and every candidate skill, labelled claim or skip (skillClaimLabel). Examples are kept
// per document so folds never share a document.
import { readFileSync } from "node:fs";
import { analyzeDocument } from "../../shared/analysis/index.ts";
import { pieceFeatures } from "../../shared/analysis/segmenter/features.ts";
import { trainLogistic } from "../../shared/analysis/segmenter/logistic.ts";
import type { Example, PerceptronModel } from "../../shared/analysis/segmenter/perceptron.ts";
import { SKILL_OFFSET, SKILL_TRAINING } from "../../shared/analysis/skillJudge.ts";
import { findSkillMentions } from "../../shared/taxonomy/index.ts";
import { AS_OF, CORPUS, DEFAULT_REGION } from "./corpus.ts";
import type { StoredLabel } from "./labelSchema.ts";
import { sameEntity, skillClaimLabel } from "./realScore.ts";

export interface DocumentExamples {
  file: string;
  examples: Example[];
  /** candidate skills for the claim model */
  skills: Example[];
}

export function roleOf(piece: string, label: StoredLabel): "title" | "organisation" | "other" {
  if (label.experience.some((job) => job.employer && sameEntity(piece, job.employer))) return "organisation";
  if (label.experience.some((job) => job.title && sameEntity(piece, job.title))) return "title";
  return "other";
}

export async function documentExamples(labels: StoredLabel[]): Promise<DocumentExamples[]> {
  const out: DocumentExamples[] = [];
  for (const label of labels) {
    const examples: Example[] = [];
    const candidates: { features: string[]; skill: string }[] = [];
    let text = "";
    const bytes = new Uint8Array(readFileSync(new URL(label.file, CORPUS)));
    try {
      await analyzeDocument(bytes, {
        asOf: AS_OF,
        defaultRegion: DEFAULT_REGION,
        pieceJudge: (piece, context) => {
          examples.push({ features: pieceFeatures(piece, context), label: roleOf(piece, label) });
          return { title: 0, organisation: 0 };
        },
        // the rules decide meanwhile, so the features are those the rules' reading gives
        skillJudge: (features, skill) => {
          candidates.push({ features, skill });
          return features.includes("rule=true") ? 1 : -1;
        },
      }).then((result) => {
        text = result.text;
      });
    } catch {
      // a document the engine refuses gives no examples
    }
    const mentions = findSkillMentions(text);
    const skills = candidates.flatMap(({ features, skill }) => {
      const surfaces = mentions.filter((m) => m.name === skill).map((m) => m.surface);
      // soft skills are not labelled: the rules keep deciding them
      if (features.includes("cat=soft_skill")) return [];
      return [{ features, label: skillClaimLabel(label, skill, surfaces) }];
    });
    out.push({ file: label.file, examples, skills });
  }
  return out;
}

/** Fold of a document: its position in the sorted label list modulo k, so folds are fixed and reproducible. */
export function foldOf(index: number, k: number): number {
  return index % k;
}

/**
 * The claim model from candidate skills, with the decision offset it is shipped with. A candidate inside a
 * labelled phrase is left out: it counts neither way for skills, and taught as a claim it cost precision.
 */
export function trainSkillClaims(examples: Example[]): PerceptronModel & { offset: number } {
  const counted = examples.filter((e) => e.label !== "inside");
  return { ...trainLogistic(counted, "claim", "skip", SKILL_TRAINING), offset: SKILL_OFFSET };
}
