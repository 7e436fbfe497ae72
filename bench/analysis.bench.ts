// Times the CV analysis engine over the PDF and DOCX corpus: text extraction and the rest, per document.
// Run: npx tsx bench/analysis.bench.ts   (bench/run.ts calls run())
// BENCH_ANALYSIS_DIR=<folder> times the PDF and DOCX files of another folder instead (real CVs, for example
// ../shared/corpus/arefin/pdf); BENCH_ANALYSIS_ROUNDS sets the number of timed rounds (20). Beside the analysis,
// what storing a CV derives from it in the same thread: the matching profile and the built-in embedding
// (EMBEDDING_DIMENSIONS, 384 unless set).
import { readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { analyzeExtracted } from "../shared/analysis/analyzeText.ts";
import { extractDocument } from "../shared/analysis/extract/extractDocument.ts";
import { DEFAULT_LIMITS } from "../shared/analysis/limits.ts";
import { embedText } from "../shared/embeddings/builtin.ts";
import { toCvProfile } from "../shared/matching/profile.ts";
import { sampleDocx, singleColumnPdf, twoColumnPdf } from "../test/support/documents.ts";

const COMMAND = "npx tsx bench/analysis.bench.ts";
const CORPUS =
  process.env.BENCH_ANALYSIS_DIR ??
  fileURLToPath(new URL("../shared/analysis/fixtures/corpus/", import.meta.url));
const WARMUP_ROUNDS = 3;
const ROUNDS = Number(process.env.BENCH_ANALYSIS_ROUNDS ?? 20);
const DIMENSIONS = Number(process.env.EMBEDDING_DIMENSIONS ?? 384);

interface Sample {
  file: string;
  pages: number;
  extractMs: number;
  analyzeMs: number;
  profileMs: number;
  embeddingMs: number;
}

async function loadDocuments(): Promise<{ file: string; bytes: Uint8Array }[]> {
  let files: string[] = [];
  try {
    files = readdirSync(CORPUS).filter((file) => /\.(pdf|docx)$/i.test(file));
  } catch {
    files = [];
  }
  const documents = files.map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(CORPUS, file))) }));
  // Until the corpus exists, the generated test documents stand in for it.
  if (documents.length > 0) return documents;
  return [
    { file: "generated-single-column.pdf", bytes: await singleColumnPdf() },
    { file: "generated-two-column.pdf", bytes: await twoColumnPdf() },
    { file: "generated.docx", bytes: await sampleDocx() },
  ];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function analyseOnce(file: string, bytes: Uint8Array): Promise<Sample | null> {
  const started = performance.now();
  try {
    const extracted = await extractDocument(bytes, DEFAULT_LIMITS, () => performance.now());
    const extractedAt = performance.now();
    const result = analyzeExtracted(extracted, { asOf: "2026-11" });
    const analysedAt = performance.now();
    toCvProfile(result.analysis, undefined, result.text);
    const profiledAt = performance.now();
    embedText(result.text, DIMENSIONS);
    return {
      file,
      pages: extracted.pages,
      extractMs: extractedAt - started,
      analyzeMs: analysedAt - extractedAt,
      profileMs: profiledAt - analysedAt,
      embeddingMs: performance.now() - profiledAt,
    };
  } catch {
    return null; // documents that are refused on purpose (scans, encrypted) are not timed
  }
}

export async function run(): Promise<void> {
  const documents = await loadDocuments();
  const memoryBefore = process.memoryUsage();
  for (let round = 0; round < WARMUP_ROUNDS; round++) {
    for (const { file, bytes } of documents) await analyseOnce(file, bytes);
  }
  const samples: Sample[] = [];
  const wallStart = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const { file, bytes } of documents) {
      const sample = await analyseOnce(file, bytes);
      if (sample) samples.push(sample);
    }
  }
  const wallMs = performance.now() - wallStart;
  const memoryAfter = process.memoryUsage();
  const cpu = cpus();
  const row = (label: string, values: number[]) =>
    `${label.padEnd(22)} p50 ${percentile(values, 50).toFixed(2).padStart(7)} ms   p95 ${percentile(values, 95).toFixed(2).padStart(7)} ms   p99 ${percentile(values, 99).toFixed(2).padStart(7)} ms`;
  const total = samples.map((sample) => sample.extractMs + sample.analyzeMs);
  const twoPagePdfs = samples.filter((sample) => sample.file.endsWith(".pdf") && sample.pages <= 2);
  console.log("CV analysis benchmark");
  console.log(
    `command   ${process.env.BENCH_ANALYSIS_DIR ? `BENCH_ANALYSIS_DIR=${process.env.BENCH_ANALYSIS_DIR} ` : ""}${COMMAND}`,
  );
  console.log(`machine   ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, Node ${process.version}`);
  console.log(
    `corpus    ${documents.length} documents (${samples.length / ROUNDS} analysed per round), ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up rounds`,
  );
  console.log(row("total per document", total));
  console.log(
    row(
      "  text extraction",
      samples.map((sample) => sample.extractMs),
    ),
  );
  console.log(
    row(
      "  analysis",
      samples.map((sample) => sample.analyzeMs),
    ),
  );
  console.log(
    row(
      "  profile (storing)",
      samples.map((sample) => sample.profileMs),
    ),
  );
  console.log(
    row(
      `  embedding (${DIMENSIONS} dims)`,
      samples.map((sample) => sample.embeddingMs),
    ),
  );
  if (twoPagePdfs.length > 0) {
    console.log(
      row(
        "PDFs of 1-2 pages",
        twoPagePdfs.map((sample) => sample.extractMs + sample.analyzeMs),
      ),
    );
  }
  console.log(
    `throughput ${((samples.length / wallMs) * 1000).toFixed(1)} documents/s (sequential, one core, the profile and embedding included)`,
  );
  console.log(
    `memory    rss ${mib(memoryBefore.rss)} -> ${mib(memoryAfter.rss)}, heap used ${mib(memoryBefore.heapUsed)} -> ${mib(memoryAfter.heapUsed)}`,
  );
  const byFile = new Map<string, number[]>();
  for (const sample of samples)
    byFile.set(sample.file, [...(byFile.get(sample.file) ?? []), sample.extractMs + sample.analyzeMs]);
  const slowest = [...byFile]
    .map(([file, values]) => [file, percentile(values, 50)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3);
  console.log(`slowest   ${slowest.map(([file, ms]) => `${file} ${ms.toFixed(1)} ms`).join(", ")}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
