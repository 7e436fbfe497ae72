// Runs the engine and the baselines over every labelled real CV in ../shared/corpus and sums the scores.
// The corpus sits beside the project, never inside it; without it there is nothing to measure.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { analyzeDocument } from "../../shared/analysis/index.ts";
import type { PieceJudge } from "../../shared/analysis/roles.ts";
import { judgeFrom } from "../../shared/analysis/segmenter/judge.ts";
import { train } from "../../shared/analysis/segmenter/perceptron.ts";
import { TRAINING } from "../../shared/analysis/segmenter/training.ts";
import { type SkillJudge, skillJudgeFrom } from "../../shared/analysis/skillJudge.ts";
import { AS_OF, CORPUS, DEFAULT_REGION } from "./corpus.ts";
import { type StoredLabel, storedLabel } from "./labelSchema.ts";
import { baseline, fromAnalysis } from "./predictions.ts";
import { REAL_FIELDS, type RealField, type RealScore, scoreReal, type Tally } from "./realScore.ts";
import { documentExamples, foldOf, trainSkillClaims } from "./segmenterData.ts";

const LABELS = new URL("./labels/", import.meta.url);

export function corpusPresent(): boolean {
  return existsSync(CORPUS);
}

const HELD_OUT = new Set(
  (JSON.parse(readFileSync(new URL("./heldout.json", import.meta.url), "utf8")) as { files: string[] }).files,
);

/** a label set apart: never developed on, never trained on (test/accuracy/heldout.json) */
export const isHeldOut = (label: { file: string }) => HELD_OUT.has(label.file);

/** the labels the engine's rules and learned parts are developed and trained on */
export const developmentLabels = (): StoredLabel[] => loadLabels().filter((l) => !isHeldOut(l));

export function loadLabels(): StoredLabel[] {
  return readdirSync(LABELS)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => storedLabel.parse(JSON.parse(readFileSync(new URL(f, LABELS), "utf8"))));
}

export interface Summary {
  field: RealField | "cvsWithHistoryGotEntry" | "namesInventedOnNamelessCvs" | "educationRowsAsJobs";
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export function summarize(scores: RealScore[]): Map<string, Summary> {
  const rows = new Map<string, Summary>();
  for (const field of REAL_FIELDS) {
    const c: Tally = { tp: 0, fp: 0, fn: 0 };
    for (const s of scores) {
      c.tp += s.counts[field].tp;
      c.fp += s.counts[field].fp;
      c.fn += s.counts[field].fn;
    }
    rows.set(field, {
      field,
      ...c,
      precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
      recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
    });
  }
  const withHistory = scores.filter((s) => s.hasHistory);
  const got = withHistory.filter((s) => s.gotEntry).length;
  rows.set("cvsWithHistoryGotEntry", rate("cvsWithHistoryGotEntry", got, withHistory.length));
  const nameless = scores.filter((s) => !s.labelHasName);
  const invented = nameless.filter((s) => s.inventedName).length;
  rows.set("namesInventedOnNamelessCvs", rate("namesInventedOnNamelessCvs", invented, nameless.length));
  const asJobs = scores.reduce((n, s) => n + s.educationAsJob, 0);
  rows.set("educationRowsAsJobs", rate("educationRowsAsJobs", asJobs, scores.length));
  return rows;
}

function rate(field: Summary["field"], hits: number, of: number): Summary {
  return {
    field,
    tp: hits,
    fp: 0,
    fn: of - hits,
    precision: of === 0 ? 1 : hits / of,
    recall: of === 0 ? 1 : hits / of,
  };
}

export interface RealRun {
  labels: StoredLabel[];
  engine: RealScore[];
  baseline: RealScore[];
  /** files the engine refused (no text layer, corrupt...), with the code */
  refused: { file: string; code: string }[];
}

/**
 * How the learned piece judge is chosen: "cv" trains one model per fold without that fold's documents (the
 * honest figure for learned parts), "rules" runs without a model, "shipped" uses the committed weights
 * (fitted on these very documents, so never the figure to report).
 */
export type JudgeMode = "cv" | "rules" | "shipped";
export const FOLDS = 5;

/**
 * Analyses every labelled CV (non-CVs excluded) with the engine and the baseline. In "cv" mode the learned parts
 * are cross-validated over the development labels; a held-out CV is judged by the shipped model, which is never
 * trained on one.
 */
export async function runRealSet(
  filter: (label: StoredLabel) => boolean = () => true,
  mode: JudgeMode = "cv",
  /** the document to analyse for a label: its corpus file, unless another rendering of it is asked for */
  bytesOf: (label: StoredLabel) => Uint8Array = (label) =>
    new Uint8Array(readFileSync(new URL(label.file, CORPUS))),
): Promise<RealRun> {
  const everyCv = loadLabels().filter((l) => l.isCv);
  const all = everyCv.filter((l) => !isHeldOut(l));
  const judges = new Map<string, PieceJudge | null | undefined>();
  const skillJudges = new Map<string, SkillJudge>();
  if (mode === "cv") {
    const documents = await documentExamples(all);
    for (let fold = 0; fold < FOLDS; fold++) {
      const training = documents.filter((_, i) => foldOf(i, FOLDS) !== fold);
      const judge = judgeFrom(
        train(
          training.flatMap((d) => d.examples),
          TRAINING,
        ),
      );
      const skillJudge = skillJudgeFrom(trainSkillClaims(training.flatMap((d) => d.skills)));
      all.forEach((label, i) => {
        if (foldOf(i, FOLDS) !== fold) return;
        judges.set(label.file, judge);
        skillJudges.set(label.file, skillJudge);
      });
    }
  }
  const labels = everyCv.filter(filter);
  const run: RealRun = { labels, engine: [], baseline: [], refused: [] };
  for (const label of labels) {
    const bytes = bytesOf(label);
    const pieceJudge = mode === "rules" ? null : mode === "shipped" ? undefined : judges.get(label.file);
    const skillJudge = mode === "rules" ? null : mode === "shipped" ? undefined : skillJudges.get(label.file);
    try {
      const result = await analyzeDocument(bytes, {
        asOf: AS_OF,
        defaultRegion: DEFAULT_REGION,
        pieceJudge,
        skillJudge,
      });
      run.engine.push(scoreReal(label, fromAnalysis(result)));
      run.baseline.push(scoreReal(label, baseline(result.text, result.analysis.document.dated.month)));
    } catch (error) {
      const code = (error as { code?: string }).code ?? String(error);
      run.refused.push({ file: label.file, code });
      const empty = baseline("", AS_OF);
      run.engine.push(scoreReal(label, empty));
      run.baseline.push(scoreReal(label, empty));
    }
  }
  return run;
}
