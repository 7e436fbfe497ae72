// `npm run accuracy:rendered`: the development set's DOCX CVs read twice, as the DOCX files and as PDFs that
// LibreOffice renders from them, each scored against the same labels, with the baselines of the same run. The
// rendered PDFs are layouts the engine was not developed on, of documents whose labels are known: the gap
// between the two readings is what PDF reading loses. The PDFs are written to the system's temporary folder,
// never into the project. It needs `soffice` (Debian: libreoffice-writer-nogui) and skips without it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { CORPUS } from "../test/accuracy/corpus.ts";
import { corpusPresent, FOLDS, isHeldOut, runRealSet, summarize } from "../test/accuracy/realSet.ts";
import { table } from "./_table.ts";

if (!corpusPresent()) {
  console.log("accuracy:rendered skipped: ../shared/corpus is not beside the project");
  process.exit(0);
}
if (spawnSync("soffice", ["--version"], { encoding: "utf8" }).status !== 0) {
  console.log("accuracy:rendered skipped: soffice (LibreOffice) is not installed");
  process.exit(0);
}

const isDevelopmentDocx = (label: { file: string }) =>
  label.file.startsWith("arefin/docx/") && !isHeldOut(label);
const out = join(tmpdir(), "cv-analyzer-rendered");
mkdirSync(out, { recursive: true });
const rendered = (file: string) => join(out, basename(file).replace(/\.docx$/i, ".pdf"));

const first = await runRealSet(isDevelopmentDocx);
const missing = first.labels.map((l) => l.file).filter((file) => !existsSync(rendered(file)));
if (missing.length > 0) {
  const sources = missing.map((file) => new URL(file, CORPUS).pathname);
  const run = spawnSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", out, ...sources], {
    encoding: "utf8",
    timeout: 600_000,
  });
  if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr}`);
}
const second = await runRealSet(
  isDevelopmentDocx,
  "cv",
  (label) => new Uint8Array(readFileSync(rendered(label.file))),
);

const pct = (x: number) => x.toFixed(2);
const docx = summarize(first.engine);
const pdf = summarize(second.engine);
const pdfBase = summarize(second.baseline);
console.log(
  `Development DOCX CVs (${first.labels.length}) as DOCX and as PDF rendered by LibreOffice (${out}); learned parts ${FOLDS}-fold cross-validated; engine refused ${first.refused.length} DOCX, ${second.refused.length} PDF`,
);
console.log(
  table(
    [
      "field",
      "DOCX p",
      "DOCX r",
      "PDF tp",
      "PDF fp",
      "PDF fn",
      "PDF p",
      "PDF r",
      "PDF baseline p",
      "PDF baseline r",
    ],
    [...pdf.values()].map((p) => {
      const d = docx.get(p.field)!;
      const b = pdfBase.get(p.field)!;
      return [
        p.field,
        pct(d.precision),
        pct(d.recall),
        String(p.tp),
        String(p.fp),
        String(p.fn),
        pct(p.precision),
        pct(p.recall),
        pct(b.precision),
        pct(b.recall),
      ];
    }),
  ),
);
if (process.argv.includes("--misses"))
  for (const s of second.engine)
    if (s.misses.length) console.log(`${s.file} (PDF)\n  ${s.misses.join("\n  ")}`);
