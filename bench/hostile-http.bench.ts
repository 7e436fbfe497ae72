// Every hostile case (scripts/hostile) through POST /api/cvs of the real Node entry, embedded and Postgres+Redis
// with 2 workers, one after another: the time and answer of each against the analysis deadline + 1 s, GET
// /api/health probed on its own connection every 20 ms throughout, the resident memory of the service's
// processes sampled every 100 ms, and a CV stored before the cases read back after them.
// Run: npx tsx bench/hostile-http.bench.ts   (Postgres+Redis needs BENCH_DATABASE_URL and BENCH_REDIS_URL)
import { pathToFileURL } from "node:url";
import { Pool } from "undici";
import { type HostileCase, hostileCases } from "../scripts/hostile/cases.ts";
import { loadSettings } from "../shared/config/settings.ts";
import { describeMachine, latencies, latencyTable, loadAverage } from "./_report.ts";
import { type BenchMode, modesFromEnv, openStore, startBenchService } from "./_service.ts";

const COMMAND = "npx tsx bench/hostile-http.bench.ts";
const DEFAULTS = loadSettings({});
const DEADLINE_MS = DEFAULTS.ANALYSIS_TIMEOUT_MS;
/** README, "Analysis never runs on the HTTP event loop": the resident memory no process of the service passes */
const CEILING_MB = 512 + DEFAULTS.ANALYSIS_WORKERS * DEFAULTS.ANALYSIS_MEMORY_MB;

interface CaseResult {
  name: string;
  ms: number;
  status: number;
  outcome: string;
  expected: boolean;
}

function multipart(name: string, bytes: Uint8Array): { body: Buffer; type: string } {
  const boundary = "hostile-bench";
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

interface Prepared {
  c: HostileCase;
  request: { body: Buffer; type: string };
}

/** Every case's request body, made before the probes start: building them takes seconds of this process */
function prepare(cases: HostileCase[]): Prepared[] {
  return cases.map((c) => ({
    c,
    request:
      c.kind === "file"
        ? multipart(c.name, c.bytes)
        : {
            body: Buffer.from(
              JSON.stringify({ text: new TextDecoder().decode(c.bytes), filename: "hostile.txt" }),
            ),
            type: "application/json",
          },
  }));
}

async function upload(pool: Pool, { c, request }: Prepared): Promise<CaseResult> {
  const started = performance.now();
  const res = await pool.request({
    path: "/api/cvs",
    method: "POST",
    headers: { "content-type": request.type },
    body: request.body,
    headersTimeout: DEADLINE_MS * 6,
    bodyTimeout: DEADLINE_MS * 6,
  });
  const answer = (await res.body.json().catch(() => ({}))) as { error?: { code?: string } };
  const ms = performance.now() - started;
  const outcome = res.statusCode < 300 ? "ok" : (answer.error?.code ?? String(res.statusCode));
  return {
    name: c.name,
    ms,
    status: res.statusCode,
    outcome,
    expected: res.statusCode < 500 && (c.expect as string[]).includes(outcome),
  };
}

async function measure(mode: BenchMode) {
  const store = await openStore(mode, "hostile");
  try {
    const service = await startBenchService(store, mode === "stack" ? 2 : 1);
    const pool = new Pool(service.url, { connections: 1 });
    const probePool = new Pool(service.url, { connections: 1 });
    try {
      const stored = await pool.request({
        path: "/api/cvs",
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          text: "Ada Lovelace\nada@example.com\n\nExperience\nAnalyst, Babbage Ltd, 2019 - 2023\n\nSkills\nPython, SQL",
          filename: "kept.txt",
        }),
      });
      const { id } = (await stored.body.json()) as { id: string };
      if (stored.statusCode !== 201) throw new Error(`the ordinary CV was refused: ${stored.statusCode}`);

      const prepared = prepare(hostileCases());
      const probes: number[] = [];
      const rss = { total: 0, largest: 0 };
      let running = true;
      const sampler = setInterval(() => {
        const now = service.rssMb();
        rss.total = Math.max(rss.total, now.total);
        rss.largest = Math.max(rss.largest, now.largest);
      }, 100);
      const probing = (async () => {
        while (running) {
          const t0 = performance.now();
          const res = await probePool.request({ path: "/api/health", method: "GET" });
          await res.body.dump();
          probes.push(res.statusCode === 200 ? performance.now() - t0 : Number.POSITIVE_INFINITY);
          await new Promise((r) => setTimeout(r, 20));
        }
      })();
      const results: CaseResult[] = [];
      for (const p of prepared) results.push(await upload(pool, p));
      running = false;
      await probing;
      clearInterval(sampler);

      const kept = await pool.request({ path: `/api/cvs/${id}`, method: "GET" });
      await kept.body.dump();
      return {
        mode,
        results,
        health: latencies(probes),
        worstProbeMs: Math.max(...probes),
        over100: probes.filter((ms) => ms > 100).length,
        rss,
        keptStatus: kept.statusCode,
      };
    } finally {
      await pool.close();
      await probePool.close();
      await service.stop();
    }
  } finally {
    await store.close();
  }
}

export async function run() {
  const loadBefore = loadAverage();
  const runs = [];
  for (const mode of modesFromEnv()) runs.push(await measure(mode));
  console.log("Hostile uploads through POST /api/cvs, one after another, health probed every 20 ms");
  console.log(`command: ${COMMAND}, entry: ${process.env.BENCH_ENTRY ?? "tsx"} (BENCH_ENTRY)`);
  console.log(`machine: ${describeMachine()}`);
  console.log(`load average (1/5/15 min) before: ${loadBefore}, after: ${loadAverage()}`);
  console.log(`analysis deadline (ANALYSIS_TIMEOUT_MS): ${DEADLINE_MS} ms; allowed per case: deadline + 1 s`);
  for (const r of runs) {
    console.log(`\n${r.mode}:`);
    console.log("| case | ms | status | answer | expected | within deadline + 1 s |");
    console.log("| --- | ---: | ---: | --- | --- | --- |");
    for (const c of r.results)
      console.log(
        `| ${c.name} | ${c.ms.toFixed(0)} | ${c.status} | ${c.outcome} | ${c.expected ? "yes" : "NO"} | ${c.ms <= DEADLINE_MS + 1000 ? "yes" : "NO"} |`,
      );
    const late = r.results.filter((c) => c.ms > DEADLINE_MS + 1000).length;
    const wrong = r.results.filter((c) => !c.expected).length;
    console.log(
      `cases ${r.results.length}, unexpected answers ${wrong}, over deadline + 1 s ${late}; peak RSS ${r.rss.total.toFixed(0)} MB for all processes, ${r.rss.largest.toFixed(0)} MB for the largest (ceiling per process ${CEILING_MB} MB: ${r.rss.largest <= CEILING_MB ? "within" : "OVER"}); the CV stored before: ${r.keptStatus}`,
    );
  }
  console.log("\nGET /api/health during the cases (a failed probe counts as infinite):");
  console.log(latencyTable(runs.map((r) => ({ label: r.mode, stats: r.health }))));
  for (const r of runs)
    console.log(`${r.mode}: worst probe ${r.worstProbeMs.toFixed(1)} ms, probes over 100 ms ${r.over100}`);
  return runs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
