// Asynchronous ingestion: one batch of distinct PDFs through POST /api/batches, timed from the request to the
// batch's completion (its completedAt, the same machine's clock), after a warm-up batch of other PDFs, against
// the analysis-only rate of the same files in the same run (a pool of analysis threads, one per core, nothing
// else); GET /api/health latency, probed one request after another while the batch runs; and the CPU of every
// process of the service by role, to the 202 and after it (bench/_cpu.ts). Embedded mode (queue loops in the
// one process) and Postgres+Redis (queue worker processes).
// Run: npx tsx bench/queue.bench.ts   (Postgres+Redis mode needs BENCH_DATABASE_URL and BENCH_REDIS_URL)
import { cpus } from "node:os";
import { pathToFileURL } from "node:url";
import { Pool } from "undici";
import { createThreadAnalysisPool } from "../shared/clients/analysis-pool.node.ts";
import { loadSettings } from "../shared/config/settings.ts";
import { analysisLimitsOf, currentMonth } from "../shared/services/ingest.ts";
import { distinctPdfs } from "../test/support/queue.ts";
import { type CpuByRole, cpuBetween, readCpuByRole } from "./_cpu.ts";
import { describeMachine, latencies, latencyTable, loadAverage } from "./_report.ts";
import { type BenchMode, modesFromEnv, openStore, startBenchService } from "./_service.ts";

const COMMAND = "npx tsx bench/queue.bench.ts";
const FILES = Number(process.env.BENCH_QUEUE_FILES ?? 400);
/** files (other bytes than the measured ones) through each side first, so both are measured warm */
const WARM = Number(process.env.BENCH_QUEUE_WARM ?? 100);
/** a folder of PDFs to use instead of the synthetic corpus (real CVs: ../shared/corpus/arefin/pdf) */
const DIR = process.env.BENCH_QUEUE_DIR || undefined;
const CORES = cpus().length;
/** which of a mode's configurations run, by their position from 1 ("1,2"); all when unset */
const ONLY = process.env.BENCH_QUEUE_CONFIGS?.split(",").map((n) => Number(n.trim()));

type Pdfs = ReturnType<typeof distinctPdfs>;

/**
 * PDFs/s of the analysis alone: the same files through a thread pool of one thread per core, at the niceness
 * the service gives its analysis threads (ANALYSIS_NICE), so that both meet the machine's other load alike.
 */
async function analysisOnlyRate(pdfs: Pdfs, warm: Pdfs): Promise<number> {
  const settings = loadSettings({});
  const pool = createThreadAnalysisPool({
    size: CORES,
    memoryMb: settings.ANALYSIS_MEMORY_MB,
    deadlineMs: settings.ANALYSIS_TIMEOUT_MS,
    nice: settings.ANALYSIS_NICE,
  });
  const options = { asOf: currentMonth(), defaultRegion: "US", limits: analysisLimitsOf(settings) };
  try {
    // warm-up: the same files as the service's warm-up batch
    // allSettled: a real CV without a text layer fails its analysis here as its task fails in the batch
    await Promise.allSettled(warm.map((p) => pool.analyze({ bytes: p.bytes, asText: false, options })));
    const started = performance.now();
    await Promise.allSettled(pdfs.map((p) => pool.analyze({ bytes: p.bytes, asText: false, options })));
    return (pdfs.length / (performance.now() - started)) * 1000;
  } finally {
    await pool.close();
  }
}

function multipart(pdfs: Pdfs, boundary: string): Buffer {
  const parts = pdfs.flatMap((p) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${p.name}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    Buffer.from(p.bytes),
    Buffer.from("\r\n"),
  ]);
  return Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
}

interface QueueResult {
  label: string;
  /** the analysis-only rate measured just before and just after this configuration's batch */
  analysisRates: [number, number];
  pdfsPerSecond: number;
  acceptMs: number;
  health: ReturnType<typeof latencies>;
  failed: number;
  /** CPU by role while the body was sent and stored (to the 202), and from the 202 to the batch's end */
  cpu: { upload: CpuByRole; batch: CpuByRole };
}

async function measure(
  mode: BenchMode,
  pdfs: Pdfs,
  warmPdfs: Pdfs,
  env: Record<string, string>,
  label: string,
): Promise<Omit<QueueResult, "analysisRates">> {
  const store = await openStore(mode, "queue");
  try {
    const service = await startBenchService(store, 1, { env });
    // the queue processes of the stack start beside the HTTP one
    await new Promise((r) => setTimeout(r, 3_000));
    const pool = new Pool(service.url, { connections: 2 });
    try {
      // warm-up batch: the analysis threads, the queue processes' code and the database's caches
      const warm = multipart(warmPdfs, "warm");
      const warmBatch = await post(pool, warm, "warm");
      await waitDone(pool, warmBatch);

      const body = multipart(pdfs, "measured");
      const probes: number[] = [];
      let loading = true;
      const probe = (async () => {
        while (loading) {
          const t0 = performance.now();
          const res = await pool.request({ path: "/api/health", method: "GET" });
          await res.body.dump();
          probes.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const cpuAtStart = readCpuByRole(service.pid);
      const startedAt = Date.now();
      const started = performance.now();
      const id = await post(pool, body, "measured");
      const acceptMs = performance.now() - started;
      const cpuAtAccept = readCpuByRole(service.pid);
      const final = await waitDone(pool, id);
      const cpuAtEnd = readCpuByRole(service.pid);
      // the batch's own completion time, not the moment the bench saw it end
      const wallMs = Date.parse(final.completedAt) - startedAt;
      loading = false;
      await probe;
      return {
        label,
        pdfsPerSecond: (pdfs.length / wallMs) * 1000,
        acceptMs,
        health: latencies(probes),
        failed: final.failed,
        cpu: { upload: cpuBetween(cpuAtStart, cpuAtAccept), batch: cpuBetween(cpuAtAccept, cpuAtEnd) },
      };
    } finally {
      await pool.close();
      await service.stop();
    }
  } finally {
    await store.close();
  }
}

async function post(pool: Pool, body: Buffer, boundary: string): Promise<string> {
  const res = await pool.request({
    path: "/api/batches",
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    body,
  });
  const answer = (await res.body.json()) as { id: string };
  if (res.statusCode !== 202) throw new Error(`batch refused: ${res.statusCode} ${JSON.stringify(answer)}`);
  return answer.id;
}

/**
 * how the bench follows a batch to its end: `events` reads its event stream (GET /api/batches/:id/events, one
 * event per ended task), `poll` reads the whole batch (every task's state) every 500 ms
 */
const FOLLOW = process.env.BENCH_QUEUE_FOLLOW === "poll" ? "poll" : "events";

type Final = { completedAt: string; done: number; failed: number };
/** a batch as the API gives it, completed or not */
type BatchState = Omit<Final, "completedAt"> & { completedAt: string | null };

async function waitDone(pool: Pool, id: string): Promise<Final> {
  return FOLLOW === "poll" ? pollDone(pool, id) : followDone(pool, id);
}

async function pollDone(pool: Pool, id: string): Promise<Final> {
  for (;;) {
    const res = await pool.request({ path: `/api/batches/${id}`, method: "GET" });
    const batch = (await res.body.json()) as BatchState;
    if (batch.completedAt) return { ...batch, completedAt: batch.completedAt };
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** the batch's `completed` event, read off its event stream (a new stream if one ends without it) */
async function followDone(pool: Pool, id: string): Promise<Final> {
  for (;;) {
    const res = await pool.request({ path: `/api/batches/${id}/events`, method: "GET" });
    if (res.statusCode !== 200) throw new Error(`batch events: ${res.statusCode}`);
    let text = "";
    for await (const chunk of res.body) {
      text += chunk.toString();
      const at = text.indexOf("event: completed\n");
      if (at === -1) {
        // keep only the unfinished event
        const end = text.lastIndexOf("\n\n");
        if (end !== -1) text = text.slice(end + 2);
        continue;
      }
      const data = /\ndata: (.*)\n/.exec(text.slice(at))?.[1];
      if (data === undefined) continue;
      res.body.destroy();
      const batch = JSON.parse(data) as BatchState;
      if (batch.completedAt) return { ...batch, completedAt: batch.completedAt };
    }
  }
}

/**
 * The batch between two analysis-only runs of the same files: on a machine shared with other work, a baseline
 * measured once at the start drifted by half against runs minutes later.
 */
async function bracketed(pdfs: Pdfs, warm: Pdfs, run: () => Promise<Omit<QueueResult, "analysisRates">>) {
  const before = await analysisOnlyRate(pdfs, warm);
  const result = await run();
  const after = await analysisOnlyRate(pdfs, warm);
  return { ...result, analysisRates: [before, after] as [number, number] };
}

/** the configurations measured in each mode: a label and the settings over the defaults */
function configurations(mode: BenchMode): [string, Record<string, string>][] {
  if (mode === "embedded")
    return [
      [
        `embedded: queue loops in the HTTP process, ${CORES} analysis threads`,
        {
          ANALYSIS_WORKERS: String(CORES),
          MIN_QUEUE_WORKERS: String(CORES),
          MAX_QUEUE_WORKERS: String(CORES * 2),
        },
      ],
    ];
  return [
    [
      `Postgres+Redis: ${CORES} queue processes (default 2 tasks over 1 analysis thread each), 1 HTTP process`,
      { MIN_QUEUE_WORKERS: String(CORES), MAX_QUEUE_WORKERS: String(CORES) },
    ],
    // the shipped MIN/MAX_QUEUE_WORKERS (2 / 8), with the CPU check that holds processes to the cores, and
    // without it (QUEUE_SCALE_MAX_CPU=1: as many processes as the backlog asks for, up to MAX)
    ["Postgres+Redis: default MIN/MAX_QUEUE_WORKERS (2 / 8), CPU check on, 1 HTTP process", {}],
    [
      "Postgres+Redis: default MIN/MAX_QUEUE_WORKERS (2 / 8), CPU check off, 1 HTTP process",
      { QUEUE_SCALE_MAX_CPU: "1" },
    ],
  ];
}

export async function run(): Promise<QueueResult[]> {
  const loadBefore = loadAverage();
  const all = distinctPdfs(FILES + WARM, DIR);
  const pdfs = all.slice(0, FILES);
  const warm = all.slice(FILES).map((p) => ({ ...p, name: `warm-${p.name}` }));
  const results: QueueResult[] = [];
  for (const mode of modesFromEnv())
    for (const [i, [label, env]] of configurations(mode).entries())
      if (!ONLY || ONLY.includes(i + 1))
        results.push(await bracketed(pdfs, warm, () => measure(mode, pdfs, warm, env, label)));
  console.log("Asynchronous ingestion: one batch through POST /api/batches, to completion");
  console.log(`command: ${COMMAND}, entry: ${process.env.BENCH_ENTRY ?? "tsx"} (BENCH_ENTRY)`);
  console.log(`machine: ${describeMachine()}`);
  console.log(`load average (1/5/15 min) before: ${loadBefore}, after: ${loadAverage()}`);
  console.log(
    `followed by: ${FOLLOW} (BENCH_QUEUE_FOLLOW); files: ${FILES} PDFs of ${DIR ?? "the synthetic corpus"} (BENCH_QUEUE_DIR) made distinct, after ${WARM} others through the same side (BENCH_QUEUE_WARM); analysis only: ${CORES} threads at ANALYSIS_NICE as the service's, the same files, just before and just after each batch (the share is of their mean)`,
  );
  console.log("GET /api/health probed one after another (20 ms apart) during the batch:");
  console.log(
    latencyTable(
      results.map((r) => ({
        label: r.label,
        stats: r.health,
        extra: [
          r.pdfsPerSecond.toFixed(1),
          r.analysisRates.map((rate) => rate.toFixed(1)).join(" / "),
          `${((r.pdfsPerSecond / ((r.analysisRates[0] + r.analysisRates[1]) / 2)) * 100).toFixed(1)} %`,
          r.acceptMs.toFixed(0),
          String(r.failed),
        ],
      })),
      ["PDFs/s", "analysis-only before / after", "of analysis-only", "202 after ms", "failed"],
    ),
  );
  printCpu(results);
  return results;
}

/**
 * each configuration's CPU by role in ms per PDF: the analysis threads (the queue processes' other threads in
 * stack mode) against everything around them
 */
function printCpu(results: QueueResult[]) {
  console.log(
    "\nCPU ms per PDF by role, from /proc: to the 202 / from the 202 to the batch's end (the HTTP processes also answer this bench's health probes, 20 ms apart, and follow the batch (its event stream, or with BENCH_QUEUE_FOLLOW=poll the whole batch every 500 ms); the PostgreSQL and Redis figures are every process of those names on the machine)",
  );
  for (const r of results) {
    console.log(`\n${r.label}`);
    const roles = [...new Set([...r.cpu.upload.keys(), ...r.cpu.batch.keys()])].sort();
    const line = (role: string, upload: number, batch: number) =>
      console.log(`  ${role.padEnd(46)} ${upload.toFixed(2).padStart(8)} / ${batch.toFixed(2).padStart(8)}`);
    let total = [0, 0];
    for (const role of roles) {
      const upload = (r.cpu.upload.get(role) ?? 0) / FILES;
      const batch = (r.cpu.batch.get(role) ?? 0) / FILES;
      total = [total[0] + upload, total[1] + batch];
      line(role, upload, batch);
    }
    line("all", total[0], total[1]);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
