// `npm run accuracy`: per-field precision and recall of the analysis engine on the labelled real CVs next to
// the baselines of the same run, the development set and the held-out set apart, then on the synthetic corpus.
// `--misses` lists each development file's misses (never a held-out file's);
// `--judge=cv|rules|shipped` chooses how the learned piece model is run (cv, the honest one, by default).
import { readdirSync, readFileSync } from "node:fs";
import {
  type ExpectedAnalysis,
  type Outcome,
  scoreFile,
  summarize as summarizeSynthetic,
} from "../shared/analysis/accuracy.ts";
import { isAnalysisError } from "../shared/analysis/errors.ts";
import { analyzeDocument } from "../shared/analysis/index.ts";
import {
  corpusPresent,
  FOLDS,
  isHeldOut,
  type JudgeMode,
  runRealSet,
  summarize,
} from "../test/accuracy/realSet.ts";
import { table } from "./_table.ts";

const pct = (x: number) => x.toFixed(2);
const misses = process.argv.includes("--misses");
const group = process.argv.find((a) => a.startsWith("--only="))?.slice(7);

async function real(): Promise<void> {
  if (!corpusPresent()) {
    console.log(
      "Real set: skipped, ../shared/corpus is not beside the project (see test/accuracy/LABELLING.md).\n",
    );
    return;
  }
  const mode = (process.argv.find((a) => a.startsWith("--judge="))?.slice(8) ?? "cv") as JudgeMode;
  // --only=<prefix>[,<prefix>...]: the labels whose corpus path starts with one of them
  const prefixes = group?.split(",").filter(Boolean) ?? [];
  const run = await runRealSet(
    (l) => prefixes.length === 0 || prefixes.some((p) => l.file.startsWith(p)),
    mode,
  );
  const how =
    mode === "cv"
      ? `learned parts ${FOLDS}-fold cross-validated`
      : mode === "rules"
        ? "rules only"
        : "shipped model, fitted on the development set";
  const parts: [string, boolean][] = [
    [`Real set, development: {n} labelled CVs ({folders}), engine refused {refused}; ${how}`, false],
    [
      `Real set, held out: {n} labelled CVs ({folders}), engine refused {refused}; never developed or trained on (test/accuracy/heldout.json), ${mode === "rules" ? "rules only" : "shipped model"}`,
      true,
    ],
  ];
  for (const [title, heldOut] of parts) {
    const pick = <T extends { file: string }>(list: T[]) => list.filter((x) => isHeldOut(x) === heldOut);
    const labels = pick(run.labels);
    if (labels.length === 0) continue;
    const engine = summarize(pick(run.engine));
    const base = summarize(pick(run.baseline));
    const rows = [...engine.values()].map((e) => {
      const b = base.get(e.field)!;
      return [
        e.field,
        String(e.tp),
        String(e.fp),
        String(e.fn),
        pct(e.precision),
        pct(e.recall),
        pct(b.precision),
        pct(b.recall),
      ];
    });
    const byFolder = new Map<string, number>();
    for (const l of labels) {
      const folder = l.file.split("/").slice(0, 2).join("/");
      byFolder.set(folder, (byFolder.get(folder) ?? 0) + 1);
    }
    const folders = [...byFolder].map(([k, v]) => `${k.startsWith("livecareer") ? "livecareer" : k} ${v}`);
    console.log(
      title
        .replace("{n}", String(labels.length))
        .replace("{folders}", summarizeFolders(folders))
        .replace("{refused}", String(pick(run.refused).length)),
    );
    console.log(table(["field", "tp", "fp", "fn", "precision", "recall", "baseline p", "baseline r"], rows));
    console.log(
      "(rates: cvsWithHistoryGotEntry, namesInventedOnNamelessCvs and educationRowsAsJobs show the rate as both p and r)\n",
    );
  }
  if (misses) {
    // the held-out set's misses stay unread: reading them is developing on them
    for (const s of run.engine)
      if (s.misses.length && !isHeldOut(s)) console.log(`${s.file}\n  ${s.misses.join("\n  ")}`);
    for (const r of run.refused) console.log(`refused ${r.file}: ${r.code}`);
  }
}

function summarizeFolders(folders: string[]): string {
  const merged = new Map<string, number>();
  for (const f of folders) {
    const [k, v] = [f.slice(0, f.lastIndexOf(" ")), Number(f.slice(f.lastIndexOf(" ") + 1))];
    merged.set(k, (merged.get(k) ?? 0) + v);
  }
  return [...merged].map(([k, v]) => `${k} ${v}`).join(", ");
}

async function synthetic(): Promise<void> {
  const dir = new URL("../shared/analysis/fixtures/corpus/", import.meta.url);
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), "utf8")) as ExpectedAnalysis);
  const scores = [];
  for (const expected of cases) {
    let outcome: Outcome;
    try {
      const bytes = new Uint8Array(readFileSync(new URL(expected.file, dir)));
      outcome = {
        result: await analyzeDocument(bytes, { asOf: expected.asOf, defaultRegion: expected.region }),
      };
    } catch (error) {
      outcome = { error: isAnalysisError(error) ? error.code : `crash: ${String(error)}` };
    }
    scores.push(scoreFile(expected, outcome));
  }
  const rows = summarizeSynthetic(scores).map((r) => [
    r.field,
    String(r.tp),
    String(r.fp),
    String(r.fn),
    pct(r.precision),
    pct(r.recall),
  ]);
  console.log(
    `Synthetic corpus: ${cases.length} files written with the engine (measures agreement with itself)`,
  );
  console.log(table(["field", "tp", "fp", "fn", "precision", "recall"], rows));
}

await real();
await synthetic();
