// `npm run accuracy:rendered`: the development set's DOCX CVs read as the DOCX files and as four renderings that
// LibreOffice makes of them (PDF, PDF of pages 72 % as wide, HTML, plain text), each scored against the same
// labels, with the baselines of the same run. The narrow pages wrap lines where the author's did not: names,
// dates and sentences broken at any word, as in the narrow columns of many real PDFs. The renderings are layouts the engine was not developed on, of documents whose labels are known:
// the gap between the readings is what reading each format loses. They are written to the system's temporary
// folder, never into the project. It needs `soffice` (Debian: libreoffice-writer-nogui) and skips without it.
//
// What the exports themselves drop is no loss of the engine's: text boxes and frames become images in HTML and
// are left out of plain text, and plain text also leaves out the page header (where many CVs put the name and
// contacts). Plain text writes a table one cell per line, rows apart by a blank line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { CORPUS } from "../test/accuracy/corpus.ts";
import type { StoredLabel } from "../test/accuracy/labelSchema.ts";
import {
  corpusPresent,
  FOLDS,
  isHeldOut,
  type JudgeMode,
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

/** each rendering: its name, file extension, LibreOffice's export filter, and whether its pages are narrowed */
const RENDERINGS = [
  { name: "PDF", ext: "pdf", filter: "pdf", narrow: false },
  { name: "PDF narrow", ext: "pdf", filter: "pdf", narrow: true },
  { name: "HTML", ext: "html", filter: "html", narrow: false },
  { name: "text", ext: "txt", filter: "txt:Text (encoded):UTF8", narrow: false },
] as const;
const NARROWING = 0.72;

const isDevelopmentDocx = (label: { file: string }) =>
  label.file.startsWith("arefin/docx/") && !isHeldOut(label);
const base = join(tmpdir(), "cv-analyzer-rendered");
const folder = (narrow: boolean) => (narrow ? join(base, "narrow") : base);
for (const narrow of [false, true]) mkdirSync(join(folder(narrow), "docx"), { recursive: true });
const rendered = (file: string, ext: string, narrow: boolean) =>
  join(folder(narrow), basename(file).replace(/\.docx$/i, `.${ext}`));

/** a copy of the DOCX whose page width (every section's w:pgSz) is NARROWING of the author's */
function narrowed(file: string): string {
  const copy = join(folder(true), "docx", basename(file));
  if (existsSync(copy)) return copy;
  const entries = unzipSync(new Uint8Array(readFileSync(new URL(file, CORPUS))));
  const xml = strFromU8(entries["word/document.xml"]);
  entries["word/document.xml"] = strToU8(
    xml.replace(/(<w:pgSz\b[^>]*?\bw:w=")(\d+)"/g, (_m, head: string, width: string) => {
      return `${head}${Math.round(Number(width) * NARROWING)}"`;
    }),
  );
  writeFileSync(copy, zipSync(entries));
  return copy;
}

function render(labels: StoredLabel[], ext: string, filter: string, narrow: boolean) {
  const missing = labels.map((l) => l.file).filter((file) => !existsSync(rendered(file, ext, narrow)));
  if (missing.length === 0) return;
  const sources = missing.map((file) => (narrow ? narrowed(file) : new URL(file, CORPUS).pathname));
  const out = folder(narrow);
  const run = spawnSync("soffice", ["--headless", "--convert-to", filter, "--outdir", out, ...sources], {
    encoding: "utf8",
    timeout: 600_000,
  });
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
}

// --judge=shipped runs the shipped piece and skill models instead of the cross-validated ones, so that two versions
// of the rules compare without the noise of models refitted per fold on each version's own readings
const judge = (process.argv.find((a) => a.startsWith("--judge="))?.slice(8) ?? "cv") as JudgeMode;
const docx = await runRealSet(isDevelopmentDocx, judge);
const runs = [];
for (const { name, ext, filter, narrow } of RENDERINGS) {
  render(docx.labels, ext, filter, narrow);
  const run = await runRealSet(isDevelopmentDocx, judge, (label) => {
    const file = rendered(label.file, ext, narrow);
    // An export that wrote nothing (a CV whose text is all in frames) is read as an empty document.
    return existsSync(file) ? new Uint8Array(readFileSync(file)) : new Uint8Array();
  });
  runs.push({ name, ext, run });
}

const pct = (x: number) => x.toFixed(2);
const pr = (s: Summary) => `${pct(s.precision)} / ${pct(s.recall)}`;
console.log(
  `Development DOCX CVs (${docx.labels.length}) as DOCX and as ${RENDERINGS.map((r) => r.name).join(", ")} rendered by LibreOffice (${base}); learned parts ${judge === "cv" ? `${FOLDS}-fold cross-validated` : `judged by the ${judge} models`}; engine refused ${docx.refused.length} DOCX, ${runs.map(({ name, run }) => `${run.refused.length} ${name}`).join(", ")}`,
);
console.log("precision / recall, and the baseline of the same reading in brackets");
const docxSummary = summarize(docx.engine);
const summaries = runs.map(({ run }) => ({
  engine: summarize(run.engine),
  baseline: summarize(run.baseline),
}));
console.log(
  table(
    ["field", "DOCX", ...runs.map(({ name }) => name)],
    [...docxSummary.values()].map((d) => [
      d.field,
      pr(d),
      ...summaries.map((s) => `${pr(s.engine.get(d.field)!)} (${pr(s.baseline.get(d.field)!)})`),
    ]),
  ),
);
const missesOf = process.argv.find((a) => a.startsWith("--misses="))?.slice("--misses=".length);
// --misses=<rendering name>, e.g. --misses="PDF narrow": every miss of that reading
for (const { name, run } of runs)
  if (missesOf === name)
    for (const s of run.engine)
      if (s.misses.length) console.log(`${s.file} (${name})\n  ${s.misses.join("\n  ")}`);
