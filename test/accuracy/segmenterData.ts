// Training examples for the piece role model, from the labelled real CVs: every experience header piece the
// engine hands to its judge, labelled title or organisation when it names a labelled job's title or
// employer, else other. Examples are kept per document so folds never share a document.
import { readFileSync } from "node:fs";
import { analyzeDocument } from "../../shared/analysis/index.ts";
import { pieceFeatures } from "../../shared/analysis/segmenter/features.ts";
import type { Example } from "../../shared/analysis/segmenter/perceptron.ts";
import { AS_OF, CORPUS, DEFAULT_REGION } from "./corpus.ts";
import type { StoredLabel } from "./labelSchema.ts";
import { sameEntity } from "./realScore.ts";

export interface DocumentExamples {
  file: string;
  examples: Example[];
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
    const bytes = new Uint8Array(readFileSync(new URL(label.file, CORPUS)));
    try {
      await analyzeDocument(bytes, {
        asOf: AS_OF,
        defaultRegion: DEFAULT_REGION,
        pieceJudge: (piece, context) => {
          examples.push({ features: pieceFeatures(piece, context), label: roleOf(piece, label) });
          return { title: 0, organisation: 0 };
        },
      });
    } catch {
      // a document the engine refuses gives no examples
    }
    out.push({ file: label.file, examples });
  }
  return out;
}

/** Fold of a document: its position in the sorted label list modulo k, so folds are fixed and reproducible. */
export function foldOf(index: number, k: number): number {
  return index % k;
}
