// Ranking and search latency with 1k and 10k stored CVs: GET /api/jobs/:id/matches and POST /api/search,
// embedded mode and Postgres+Redis mode, over real HTTP (and in-process at the largest size). Every request
// differs (minScore, query text), so none is answered from the result cache; cold is a fresh process's first.
// Run: npx tsx bench/ranking.bench.ts   (Postgres+Redis mode needs BENCH_DATABASE_URL and BENCH_REDIS_URL;
// BENCH_SEED_THROUGH_API=1000 stores 1k CVs through the API and reaches larger sizes with row copies)
import { pathToFileURL } from "node:url";
import { type ApiClient, createJob, httpClient, inProcessClient, seedCvs } from "./_api-client.ts";
import { copyCvRows } from "./_copies.ts";
import { describeMachine, type Latencies, latencies, latencyTable, loadAverage } from "./_report.ts";
import { type BenchMode, type BenchStore, modesFromEnv, openStore, startBenchService } from "./_service.ts";
import { SKILLS } from "./_synthetic-cvs.ts";

const COMMAND = "npx tsx bench/ranking.bench.ts";
const SIZES = (process.env.BENCH_RANKING_SIZES ?? "1000,10000").split(",").map(Number);
const MATCH_ROUNDS = Number(process.env.BENCH_MATCH_ROUNDS ?? 200);
const SEARCH_ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 100);
const PAIR_ROUNDS = Number(process.env.BENCH_PAIR_ROUNDS ?? 100);
const WARMUP = 20;
const SEED_CONCURRENCY = 8;
/** CVs stored through the API at most; sizes above it are reached with row copies (bench/_copies.ts) */
const SEED_THROUGH_API = Number(process.env.BENCH_SEED_THROUGH_API ?? Number.POSITIVE_INFINITY);
const TARGET_P95_MS = 50;

interface RouteTimes {
  cold: number;
  warm: Latencies;
  /** mean CPU ms the answering process spent per warm request: the work, apart from waiting for a core */
  cpuPerRequest: number;
  considered?: number;
}

interface Row {
  mode: BenchMode;
  size: number;
  transport: ApiClient["transport"];
  matches: RouteTimes;
  search: RouteTimes;
  pair: RouteTimes;
}

/** a distinct request each call: the result cache is keyed by the whole query */
function variations() {
  let n = 0;
  return {
    matchesPath: (jobId: string) =>
      `/api/jobs/${jobId}/matches?limit=20&minScore=${((n++ % 9_000) / 10_000).toFixed(4)}`,
    searchBody: () => {
      const i = n++;
      const a = SKILLS[i % SKILLS.length];
      const b = SKILLS[(Math.floor(i / SKILLS.length) + 1 + i) % SKILLS.length];
      return { query: `${a} ${b}`, limit: 10 };
    },
  };
}

type Variations = ReturnType<typeof variations>;

async function timed(send: () => Promise<{ status: number; json: unknown }>): Promise<[number, unknown]> {
  const started = performance.now();
  const { status, json } = await send();
  const ms = performance.now() - started;
  if (status !== 200) throw new Error(`answered ${status}: ${JSON.stringify(json)}`);
  return [ms, json];
}

async function rounds(
  count: number,
  send: () => Promise<{ status: number; json: unknown }>,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push((await timed(send))[0]);
  return times;
}

/** the first request of each route in a fresh process, then warm-up, then sequential measured rounds */
async function measureRoutes(client: ApiClient, jobId: string, vary: Variations) {
  const matches = () => client.call("GET", vary.matchesPath(jobId));
  const search = () => client.call("POST", "/api/search", vary.searchBody());
  const [matchesCold, first] = await timed(matches);
  const considered = (first as { considered: number }).considered;
  const [searchCold] = await timed(search);
  // one CV–job pair (POST /api/match), a different stored CV each time
  const listed = (await client.call("GET", "/api/cvs?limit=100")).json as { items: { id: string }[] };
  let p = 0;
  const pair = () =>
    client.call("POST", "/api/match", {
      cv: { id: listed.items[p++ % listed.items.length]!.id },
      job: { id: jobId },
    });
  const [pairCold] = await timed(pair);
  const measured = async (count: number, send: () => Promise<{ status: number; json: unknown }>) => {
    await rounds(WARMUP, send);
    const cpuBefore = client.cpuMs();
    const warm = latencies(await rounds(count, send));
    return { warm, cpuPerRequest: (client.cpuMs() - cpuBefore) / count };
  };
  return {
    matches: { cold: matchesCold, considered, ...(await measured(MATCH_ROUNDS, matches)) },
    search: { cold: searchCold, ...(await measured(SEARCH_ROUNDS, search)) },
    pair: { cold: pairCold, ...(await measured(PAIR_ROUNDS, pair)) },
  };
}

async function measureHttp(store: BenchStore, jobId: string, vary: Variations) {
  // Latency of ranking, not shedding: on a loaded machine the cold first ranking (loading every CV) puts the
  // event loop past the lag threshold and the next requests would be shed with 503.
  const service = await startBenchService(store, 1, { env: { SHED_EVENT_LOOP_LAG_MS: "0" } });
  const client = httpClient(service.url, 1, service.cpuMs);
  try {
    return await measureRoutes(client, jobId, vary);
  } finally {
    await client.close();
    await service.stop();
  }
}

async function measureMode(mode: BenchMode, log: (line: string) => void): Promise<Row[]> {
  const store = await openStore(mode, "ranking");
  const rows: Row[] = [];
  const vary = variations();
  try {
    let stored = 0;
    let jobId = "";
    for (const size of SIZES) {
      // Seeding goes through the service; the measurement then starts a fresh process over the data.
      const throughApi = Math.min(size, SEED_THROUGH_API);
      if (stored < throughApi || !jobId) {
        const service = await startBenchService(store, 1);
        const seeder = httpClient(service.url, SEED_CONCURRENCY);
        try {
          const started = performance.now();
          const { rate, retries } = await seedCvs(seeder, stored, throughApi, SEED_CONCURRENCY);
          log(
            `${mode}: stored CVs ${stored}..${throughApi - 1} through the API in ${((performance.now() - started) / 1000).toFixed(0)} s (${rate.toFixed(1)} text CVs/s at concurrency ${SEED_CONCURRENCY}, ${retries} retried after 503)`,
          );
          stored = throughApi;
          jobId ||= await createJob(seeder);
        } finally {
          await seeder.close();
          await service.stop();
        }
      }
      if (size > stored) {
        const copied = await copyCvRows(store.env, size);
        log(
          `${mode}: ${copied} row copies of the ${stored} CVs stored through the API, ${stored + copied} in all`,
        );
        stored += copied;
      }
      console.error(`${mode}: HTTP measurement over ${size} CVs`);
      rows.push({ mode, size: stored, transport: "HTTP", ...(await measureHttp(store, jobId, vary)) });
    }
    console.error(`${mode}: in-process measurement over ${stored} CVs`);
    const inProcess = await inProcessClient(store.env);
    try {
      rows.push({
        mode,
        size: stored,
        transport: "in-process",
        ...(await measureRoutes(inProcess, jobId, vary)),
      });
    } finally {
      await inProcess.close();
    }
  } finally {
    await store.close();
  }
  return rows;
}

const modeName = (mode: BenchMode) => (mode === "embedded" ? "embedded" : "Postgres+Redis");

export async function run(): Promise<Row[]> {
  const loadBefore = loadAverage();
  const notes: string[] = [];
  const log = (line: string) => {
    notes.push(line);
    console.error(line);
  };
  const rows: Row[] = [];
  for (const mode of modesFromEnv()) rows.push(...(await measureMode(mode, log)));
  console.log(
    "Ranking and search latency: GET /api/jobs/:id/matches?limit=20, POST /api/search {query, limit: 10}, POST /api/match {cv: {id}, job: {id}}",
  );
  console.log(`command: ${COMMAND}`);
  console.log(`machine: ${describeMachine()}`);
  console.log(`load average (1/5/15 min) before: ${loadBefore}, after: ${loadAverage()}`);
  for (const note of notes) console.log(note);
  console.log(
    `one worker; sequential requests; warm = ${MATCH_ROUNDS} matches / ${SEARCH_ROUNDS} searches / ${PAIR_ROUNDS} pairs after ${WARMUP} warm-up each; cold = first request of the route after a process start (pair: after the first ranking and search)`,
  );
  const table = (route: "matches" | "search" | "pair") =>
    latencyTable(
      rows.map((row) => ({
        label: `${modeName(row.mode)}, ${row.size} CVs, ${row.transport}, ${route}`,
        stats: row[route].warm,
        extra: [
          row[route].cold.toFixed(1),
          row[route].cpuPerRequest.toFixed(1),
          String(row[route].considered ?? "-"),
        ],
      })),
      ["cold ms", "CPU ms/req", "considered"],
    );
  console.log(
    "CPU ms/req: the server process's user+system CPU (/proc) over the warm rounds / requests (in-process: this whole process; the Qdrant emulator runs in the bench process and is not in the HTTP figure)",
  );
  console.log(table("matches"));
  console.log(table("search"));
  console.log(table("pair"));
  for (const row of rows.filter((r) => r.mode === "embedded" && r.size >= 10_000 && r.transport === "HTTP")) {
    const p95 = row.matches.warm.p95;
    console.log(
      `acceptance (ranking ${row.size} CVs, embedded, p95 <= ${TARGET_P95_MS} ms): ${p95.toFixed(1)} ms, ${p95 <= TARGET_P95_MS ? "met" : "missed"}`,
    );
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
