// Resident memory under a long mixed load: the real entry (embedded; Postgres+Redis with 2 HTTP workers) serves
// uploads, deletions, lists, reads (plain and redacted), searches and a job's matches from 4 loops for
// BENCH_DRIFT_SECONDS (600), over a bounded set of BENCH_DRIFT_CVS synthetic CVs (once all are stored, each
// upload first deletes one, so the data stays the same size and any growth is the service's own). Every process
// of the service is sampled every 5 s; the figure is each process's RSS at the end against the first minute's.
// The service runs with the image's MALLOC_ARENA_MAX (2) in every process and its fixed mmap threshold
// (GLIBC_TUNABLES) in the primary.
// A read or a deletion may answer 404: another loop deleted that CV meanwhile.
// Run: npx tsx bench/rss-drift.bench.ts   (Postgres+Redis needs BENCH_DATABASE_URL and BENCH_REDIS_URL)
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { Pool } from "undici";
import { describeMachine, loadAverage } from "./_report.ts";
import {
  type BenchMode,
  modesFromEnv,
  openStore,
  processTree,
  rssMbOf,
  serviceEnvFromBench,
  startBenchService,
} from "./_service.ts";
import { SKILLS, syntheticCv } from "./_synthetic-cvs.ts";

const COMMAND = "npx tsx bench/rss-drift.bench.ts";
const SECONDS = Number(process.env.BENCH_DRIFT_SECONDS ?? 600);
const CVS = Number(process.env.BENCH_DRIFT_CVS ?? 300);
const LOOPS = 4;
const SAMPLE_MS = 5_000;
/** the acceptance figure: RSS at the end within this share of the first minute's */
const DRIFT_LIMIT = 0.05;

interface Sample {
  atS: number;
  /** pid → VmRSS MB, for the service's process and every descendant */
  rss: Map<number, number>;
  /**
   * pid → anonymous memory MB (smaps_rollup): the heaps and buffers the process wrote, without the pages of the
   * node binary and its libraries that the kernel maps in and drops as the machine's memory comes and goes
   */
  anon: Map<number, number>;
}

function anonMbOf(pid: number): number {
  try {
    return (
      Number(/Anonymous:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0) / 1024
    );
  } catch {
    return 0;
  }
}

function roleOf(pid: number, root: number): string {
  if (pid === root) return "primary";
  try {
    const env = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
    return env.includes("CV_ANALYZER_ROLE=queue") ? "queue worker" : "HTTP worker";
  } catch {
    return "child";
  }
}

/** the Docker image's GLIBC_TUNABLES */
const IMAGE_TUNABLES = "glibc.malloc.mmap_threshold=131072";

async function measure(mode: BenchMode) {
  const store = await openStore(mode, "drift");
  // glibc's arenas and mmap threshold as the image sets them (infra/docker/Dockerfile; the primary forks the
  // others with the same arenas and glibc's own threshold), unless BENCH_SERVICE_ENV says otherwise
  const service = await startBenchService(store, mode === "stack" ? 2 : 1, {
    env: { MALLOC_ARENA_MAX: "2", GLIBC_TUNABLES: IMAGE_TUNABLES, ...serviceEnvFromBench() },
  });
  const pool = new Pool(service.url, { connections: LOOPS + 1 });
  const root = service.pid;
  const counts: Record<string, Record<string, number>> = {};
  const count = (op: string, status: number) => {
    counts[op] ??= {};
    counts[op][String(status)] = (counts[op][String(status)] ?? 0) + 1;
  };
  const call = async (op: string, method: "GET" | "POST" | "DELETE", path: string, body?: unknown) => {
    const res = await pool.request({
      method,
      path,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.body.text();
    count(op, res.statusCode);
    return { status: res.statusCode, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  };
  try {
    if (root === undefined) throw new Error("the bench service does not expose its pid");
    const job = await call("job", "POST", "/api/jobs", {
      title: "Backend Engineer",
      description: "Must have: Python, PostgreSQL, Docker. Nice to have: Kubernetes. 3+ years of experience.",
    });
    const jobId = job.json.id as string;
    const stored: string[] = [];
    let next = 0;
    const upload = async () => {
      if (stored.length >= CVS) {
        const victim = stored.splice(Math.floor(Math.random() * stored.length), 1)[0];
        await call("delete", "DELETE", `/api/cvs/${victim}`);
      }
      // the index makes each text distinct; past CVS the same texts come back after their deletion
      const index = next++ % (CVS * 2);
      const res = await call("upload", "POST", "/api/cvs", {
        text: syntheticCv(index),
        filename: `drift-${index}.txt`,
      });
      // 200: these bytes are stored already, under an id the list holds
      if (res.status === 201) stored.push(res.json.id as string);
    };
    const pick = () => stored[Math.floor(Math.random() * stored.length)];
    const operations: [number, () => Promise<unknown>][] = [
      [20, upload],
      [25, () => call("list", "GET", "/api/cvs?limit=10")],
      [15, () => (stored.length ? call("get", "GET", `/api/cvs/${pick()}`) : upload())],
      [10, () => (stored.length ? call("redacted", "GET", `/api/cvs/${pick()}?redact=true`) : upload())],
      [
        15,
        () => {
          const i = Math.floor(Math.random() * SKILLS.length);
          return call("search", "POST", "/api/search", {
            query: `${SKILLS[i]} ${SKILLS[(i + 7) % SKILLS.length]}`,
            limit: 10,
          });
        },
      ],
      [15, () => call("matches", "GET", `/api/jobs/${jobId}/matches?limit=20`)],
    ];
    const total = operations.reduce((sum, [weight]) => sum + weight, 0);
    const chooseOperation = () => {
      let roll = Math.random() * total;
      for (const [weight, run] of operations) {
        roll -= weight;
        if (roll < 0) return run;
      }
      return operations[0][1];
    };

    const samples: Sample[] = [];
    const started = performance.now();
    const sample = () => {
      const rss = new Map<number, number>();
      const anon = new Map<number, number>();
      for (const pid of processTree(root)) {
        rss.set(pid, rssMbOf(pid));
        anon.set(pid, anonMbOf(pid));
      }
      samples.push({ atS: (performance.now() - started) / 1000, rss, anon });
    };
    sample();
    const sampler = setInterval(sample, SAMPLE_MS);
    const endAt = started + SECONDS * 1000;
    await Promise.all(
      Array.from({ length: LOOPS }, async () => {
        while (performance.now() < endAt) await chooseOperation()();
      }),
    );
    clearInterval(sampler);
    sample();
    const roles = new Map([...samples.at(-1)!.rss.keys()].map((pid) => [pid, roleOf(pid, root)]));
    return { mode, samples, counts, roles };
  } finally {
    await pool.close();
    await service.stop();
    await store.close();
  }
}

/** mean RSS (or anonymous memory) of a process over the samples taken in [fromS, toS) */
function meanRss(
  samples: Sample[],
  pid: number,
  fromS: number,
  toS: number,
  of: "rss" | "anon" = "rss",
): number {
  const values = samples
    .filter((s) => s.atS >= fromS && s.atS < toS && s[of].has(pid))
    .map((s) => s[of].get(pid)!);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
}

export async function run() {
  const loadBefore = loadAverage();
  const runs = [];
  for (const mode of modesFromEnv()) runs.push(await measure(mode));
  console.log(`RSS under ${SECONDS} s of mixed load, ${LOOPS} loops, ${CVS} CVs at most stored`);
  console.log(`command: ${COMMAND}, entry: ${process.env.BENCH_ENTRY ?? "tsx"} (BENCH_ENTRY)`);
  console.log(`machine: ${describeMachine()}`);
  console.log(`load average (1/5/15 min) before: ${loadBefore}, after: ${loadAverage()}`);
  for (const r of runs) {
    console.log(`\n${r.mode}: answers by operation and status ${JSON.stringify(r.counts)}`);
    console.log(
      "| process | pid | RSS at 55-60 s, MB | RSS in the last minute, MB | peak MB | change | within 5 % | anonymous MB, first → last minute |",
    );
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
    const lastS = r.samples.at(-1)!.atS;
    for (const [pid, role] of r.roles) {
      const first = meanRss(r.samples, pid, 55, 61);
      const last = meanRss(r.samples, pid, lastS - 60, lastS + 1);
      const peak = Math.max(...r.samples.map((s) => s.rss.get(pid) ?? 0));
      const change = (last - first) / first;
      const anon = [55, lastS - 60].map((from) =>
        meanRss(r.samples, pid, from, from === 55 ? 61 : lastS + 1, "anon").toFixed(0),
      );
      console.log(
        `| ${role} | ${pid} | ${first.toFixed(0)} | ${last.toFixed(0)} | ${peak.toFixed(0)} | ${(change * 100).toFixed(1)} % | ${Math.abs(change) <= DRIFT_LIMIT ? "yes" : "NO"} | ${anon.join(" → ")} |`,
      );
    }
    console.log("\nRSS per minute (MB, each process in the order above):");
    for (let minute = 1; minute * 60 <= lastS + 1; minute++) {
      const at = r.samples.find((s) => s.atS >= minute * 60 - SAMPLE_MS / 1000) ?? r.samples.at(-1)!;
      console.log(
        `  ${minute} min: ${[...r.roles.keys()].map((pid) => (at.rss.get(pid) ?? 0).toFixed(0)).join(" / ")}`,
      );
    }
  }
  return runs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
