// `npm run accuracy:rendered`: the development set's DOCX CVs read as the DOCX files and as three renderings that
// LibreOffice makes of them (PDF, HTML, plain text), each scored against the same labels, with the baselines of
// the same run. The renderings are layouts the engine was not developed on, of documents whose labels are known:
// the gap between the readings is what reading each format loses. They are written to the system's temporary
// folder, never into the project. It needs `soffice` (Debian: libreoffice-writer-nogui) and skips without it.
//
// What the exports themselves drop is no loss of the engine's: text boxes and frames become images in HTML and
// are left out of plain text, and plain text also leaves out the page header (where many CVs put the name and
// contacts). Plain text writes a table one cell per line, rows apart by a blank line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { CORPUS } from "../test/accuracy/corpus.ts";
import type { StoredLabel } from "../test/accuracy/labelSchema.ts";
import {
  corpusPresent,
  FOLDS,
  isHeldOut,
  runRealSet,
  type Summary,
  summarize,
} from "../test/accuracy/realSet.ts";
import { table } from "./_table.ts";

if (!corpusPresent()) {
  console.log("accuracy:rendered skipped: ../shared/corpus is not beside the project");
  process.exit(0);
}
if (spawnSync("soffice", ["--version"], { encoding: "utf8" }).status !== 0) {
  console.log("accuracy:rendered skipped: soffice (LibreOffice) is not installed");
  process.exit(0);
}

/** each rendering: its file extension and LibreOffice's export filter */
const RENDERINGS = [
  { ext: "pdf", filter: "pdf" },
  { ext: "html", filter: "html" },
  { ext: "txt", filter: "txt:Text (encoded):UTF8" },
] as const;

const isDevelopmentDocx = (label: { file: string }) =>
  label.file.startsWith("arefin/docx/") && !isHeldOut(label);
const out = join(tmpdir(), "cv-analyzer-rendered");
mkdirSync(out, { recursive: true });
const rendered = (file: string, ext: string) => join(out, basename(file).replace(/\.docx$/i, `.${ext}`));

function render(labels: StoredLabel[], ext: string, filter: string) {
  const missing = labels.map((l) => l.file).filter((file) => !existsSync(rendered(file, ext)));
  if (missing.length === 0) return;
  const sources = missing.map((file) => new URL(file, CORPUS).pathname);
  const run = spawnSync("soffice", ["--headless", "--convert-to", filter, "--outdir", out, ...sources], {
    encoding: "utf8",
    timeout: 600_000,
  });
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
}

const docx = await runRealSet(isDevelopmentDocx);
const runs = [];
for (const { ext, filter } of RENDERINGS) {
  render(docx.labels, ext, filter);
  const run = await runRealSet(isDevelopmentDocx, "cv", (label) => {
    const file = rendered(label.file, ext);
    // An export that wrote nothing (a CV whose text is all in frames) is read as an empty document.
    return existsSync(file) ? new Uint8Array(readFileSync(file)) : new Uint8Array();
  });
  runs.push({ ext, run });
}

const pct = (x: number) => x.toFixed(2);
const pr = (s: Summary) => `${pct(s.precision)} / ${pct(s.recall)}`;
console.log(
  `Development DOCX CVs (${docx.labels.length}) as DOCX and as ${RENDERINGS.map((r) => r.ext.toUpperCase()).join(", ")} rendered by LibreOffice (${out}); learned parts ${FOLDS}-fold cross-validated; engine refused ${docx.refused.length} DOCX, ${runs.map(({ ext, run }) => `${run.refused.length} ${ext.toUpperCase()}`).join(", ")}`,
);
console.log("precision / recall, and the baseline of the same reading in brackets");
const docxSummary = summarize(docx.engine);
const summaries = runs.map(({ run }) => ({
  engine: summarize(run.engine),
  baseline: summarize(run.baseline),
}));
console.log(
  table(
    ["field", "DOCX", ...runs.map(({ ext }) => ext.toUpperCase())],
    [...docxSummary.values()].map((d) => [
      d.field,
      pr(d),
      ...summaries.map((s) => `${pr(s.engine.get(d.field)!)} (${pr(s.baseline.get(d.field)!)})`),
    ]),
  ),
);
const missesOf = process.argv.find((a) => a.startsWith("--misses="))?.slice("--misses=".length);
for (const { ext, run } of runs)
  if (missesOf === ext)
    for (const s of run.engine)
      if (s.misses.length) console.log(`${s.file} (${ext})\n  ${s.misses.join("\n  ")}`);
