// Ingest through real HTTP: PDFs uploaded to POST /api/cvs at a fixed concurrency, each upload a distinct
// file, as CVs/s and per-upload p50/p95/p99, for 1 worker embedded and 1 and 2 workers in Postgres+Redis mode.
// Run: npx tsx bench/ingest.bench.ts   (Postgres+Redis mode needs BENCH_DATABASE_URL and BENCH_REDIS_URL)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Pool } from "undici";
import { describeMachine, latencies, latencyTable, loadAverage, runConcurrently } from "./_report.ts";
import { type BenchMode, modesFromEnv, openStore, startBenchService } from "./_service.ts";

const COMMAND = "npx tsx bench/ingest.bench.ts";
const CORPUS = new URL("../shared/analysis/fixtures/corpus/", import.meta.url);
const UPLOADS = Number(process.env.BENCH_INGEST_UPLOADS ?? 240);
const WARMUP = Number(process.env.BENCH_INGEST_WARMUP ?? 46);
const CONCURRENCY = Number(process.env.BENCH_INGEST_CONCURRENCY ?? 8);

interface Pdf {
  name: string;
  bytes: Uint8Array;
}

/** The corpus PDFs meant to be analysed: scans, encrypted and mislabelled files are refused on purpose. */
function corpusPdfs(): Pdf[] {
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith(".pdf") && !/^(encrypted|mislabelled|scanned)-/.test(name))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(CORPUS.pathname, name)) }));
}

/** The PDF with a comment after %%EOF, which readers ignore: the bytes differ, so the service stores it anew. */
function distinct(pdf: Pdf, tag: string): Uint8Array {
  const suffix = new TextEncoder().encode(`\n% cv-analyzer bench ${tag}\n`);
  const out = new Uint8Array(pdf.bytes.length + suffix.length);
  out.set(pdf.bytes);
  out.set(suffix, pdf.bytes.length);
  return out;
}

const BOUNDARY = "----cv-analyzer-bench-boundary";

function multipart(name: string, bytes: Uint8Array): Buffer {
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
}

async function upload(pool: Pool, name: string, bytes: Uint8Array): Promise<number> {
  const response = await pool.request({
    path: "/api/cvs",
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}` },
    body: multipart(name, bytes),
  });
  await response.body.dump();
  return response.statusCode;
}

interface IngestResult {
  label: string;
  mode: BenchMode;
  workers: number;
  cvsPerSecond: number;
  stats: ReturnType<typeof latencies>;
  failures: number;
}

async function measure(mode: BenchMode, workers: number, pdfs: Pdf[], run: string): Promise<IngestResult> {
  const store = await openStore(mode, `ingest_${workers}w`);
  try {
    const service = await startBenchService(store, workers);
    // A second worker may still be starting when the first answers: give it time before the warm-up.
    if (workers > 1) await new Promise((r) => setTimeout(r, 3_000));
    const pool = new Pool(service.url, { connections: CONCURRENCY });
    try {
      let failures = 0;
      const send = async (i: number, phase: string) => {
        const pdf = pdfs[i % pdfs.length];
        const status = await upload(pool, pdf.name, distinct(pdf, `${run} ${phase} ${i}`));
        if (status !== 201) failures++;
      };
      await runConcurrently(WARMUP, CONCURRENCY, (i) => send(i, "warm-up"));
      failures = 0;
      const { times, wallMs } = await runConcurrently(UPLOADS, CONCURRENCY, (i) => send(i, "measured"));
      const modeName = mode === "embedded" ? "embedded (PGlite)" : "Postgres+Redis (+Qdrant emulator)";
      return {
        label: `${modeName}, ${workers} worker${workers > 1 ? "s" : ""}`,
        mode,
        workers,
        cvsPerSecond: (UPLOADS / wallMs) * 1000,
        stats: latencies(times),
        failures,
      };
    } finally {
      await pool.close();
      await service.stop();
    }
  } finally {
    await store.close();
  }
}

/** Uploads each PDF once to an embedded service and keeps those answered 201 with the appended comment. */
async function analysablePdfs(): Promise<Pdf[]> {
  const store = await openStore("embedded", "ingest_check");
  const service = await startBenchService(store, 1);
  const pool = new Pool(service.url, { connections: 1 });
  try {
    const kept: Pdf[] = [];
    for (const pdf of corpusPdfs()) {
      const status = await upload(pool, pdf.name, distinct(pdf, "check"));
      if (status === 201) kept.push(pdf);
      else console.log(`  left out ${pdf.name}: ${status}`);
    }
    return kept;
  } finally {
    await pool.close();
    await service.stop();
    await store.close();
  }
}

export async function run(): Promise<IngestResult[]> {
  const loadBefore = loadAverage();
  const pdfs = await analysablePdfs();
  const run = Date.now().toString(36);
  const results: IngestResult[] = [];
  for (const mode of modesFromEnv()) {
    for (const workers of mode === "embedded" ? [1] : [1, 2])
      results.push(await measure(mode, workers, pdfs, run));
  }
  console.log("Ingest through HTTP: POST /api/cvs, one PDF per request");
  console.log(`command: ${COMMAND}`);
  console.log(`machine: ${describeMachine()}`);
  console.log(`load average (1/5/15 min) before: ${loadBefore}, after: ${loadAverage()}`);
  const bytes = pdfs.reduce((sum, pdf) => sum + pdf.bytes.length, 0);
  console.log(
    `files: ${pdfs.length} corpus PDFs (${(bytes / pdfs.length / 1024).toFixed(0)} KiB average) in turn, each upload made distinct by a comment after %%EOF`,
  );
  console.log(
    `load: ${UPLOADS} uploads at concurrency ${CONCURRENCY} after ${WARMUP} warm-up uploads, a fresh store per row`,
  );
  console.log(
    latencyTable(
      results.map((r) => ({
        label: r.label,
        stats: r.stats,
        extra: [r.cvsPerSecond.toFixed(1), String(r.failures)],
      })),
      ["CVs/s", "non-201"],
    ),
  );
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
