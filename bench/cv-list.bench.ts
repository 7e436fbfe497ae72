// The CV list's cost with 10k stored CVs: GET /api/cvs (a page and its total) in-process, beside the page query
// alone and the count alone on the same database in the same run, for each sort and with a filter and words.
// Run: npx tsx bench/cv-list.bench.ts   (Postgres+Redis mode needs BENCH_DATABASE_URL and BENCH_REDIS_URL;
// BENCH_LIST_SIZE sets the number of CVs, BENCH_SEED_THROUGH_API how many are analysed, the rest row copies)
import { pathToFileURL } from "node:url";
import { createNodeClients } from "../shared/clients/node.ts";
import { loadSettings } from "../shared/config/settings.ts";
import type { CvFilters } from "../shared/db/cvs.ts";
import { type CvSort, countCvs, listCvs, type SortOrder } from "../shared/db/cvs-list.ts";
import { ensureTenant } from "../shared/db/tenants.ts";
import { LOCAL_TENANT } from "../shared/http/auth.ts";
import { httpClient, inProcessClient, seedCvs } from "./_api-client.ts";
import { copyCvRows } from "./_copies.ts";
import { describeMachine, latencies, latencyTable, loadAverage } from "./_report.ts";
import { type BenchMode, modesFromEnv, openStore, startBenchService } from "./_service.ts";

const COMMAND = "npx tsx bench/cv-list.bench.ts";
const SIZE = Number(process.env.BENCH_LIST_SIZE ?? 10_000);
const THROUGH_API = Number(process.env.BENCH_SEED_THROUGH_API ?? 200);
const ROUNDS = Number(process.env.BENCH_LIST_ROUNDS ?? 100);
const WARMUP = 10;

interface Case {
  label: string;
  query: string;
  filters: CvFilters;
  sort: CvSort;
  order: SortOrder;
}

const CASES: Case[] = [
  { label: "recent", query: "", filters: {}, sort: "recent", order: "desc" },
  { label: "name", query: "&sort=name", filters: {}, sort: "name", order: "asc" },
  { label: "years", query: "&sort=years", filters: {}, sort: "years", order: "desc" },
  { label: "quality", query: "&sort=quality", filters: {}, sort: "quality", order: "desc" },
  {
    label: "skill=Python",
    query: "&skill=Python",
    filters: { skills: ["Python"] },
    sort: "recent",
    order: "desc",
  },
  { label: "q=engineer", query: "&q=engineer", filters: { q: "engineer" }, sort: "recent", order: "desc" },
];

async function time(count: number, task: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  return times;
}

async function measureMode(mode: BenchMode, log: (line: string) => void) {
  const store = await openStore(mode, "cvlist");
  const rows: Parameters<typeof latencyTable>[0] = [];
  try {
    const service = await startBenchService(store, 1);
    const seeder = httpClient(service.url, 8);
    try {
      const { rate } = await seedCvs(seeder, 0, Math.min(SIZE, THROUGH_API), 8);
      log(`${mode}: ${Math.min(SIZE, THROUGH_API)} CVs through the API (${rate.toFixed(1)} CVs/s)`);
    } finally {
      await seeder.close();
      await service.stop();
    }
    if (SIZE > THROUGH_API)
      log(`${mode}: ${await copyCvRows(store.env, SIZE)} row copies, ${SIZE} CVs in all`);
    const api = await inProcessClient(store.env);
    const clients = createNodeClients(loadSettings({ ...store.env, LOG_LEVEL: "silent" }));
    try {
      const db = clients.db();
      const tenantId = await ensureTenant(db, LOCAL_TENANT);
      for (const c of CASES) {
        const path = `/api/cvs?limit=20${c.query}`;
        const first = (await api.call("GET", path)).json as { total: number; items: unknown[] };
        const route = await time(ROUNDS, async () => {
          const { status } = await api.call("GET", path);
          if (status !== 200) throw new Error(`${path}: ${status}`);
        });
        const page = await time(ROUNDS, () =>
          listCvs(db, tenantId, c.filters, { limit: 20, sort: c.sort, order: c.order }),
        );
        const count = await time(ROUNDS, () => countCvs(db, tenantId, c.filters));
        const name = mode === "embedded" ? "embedded" : "Postgres";
        const extra = [String(first.total)];
        rows.push({
          label: `${name}, ${c.label}: GET /api/cvs (page + total)`,
          stats: latencies(route),
          extra,
        });
        rows.push({ label: `${name}, ${c.label}: page query alone`, stats: latencies(page), extra });
        rows.push({ label: `${name}, ${c.label}: count alone`, stats: latencies(count), extra });
      }
    } finally {
      await clients.close();
      await api.close();
    }
  } finally {
    await store.close();
  }
  return rows;
}

export async function run() {
  const loadBefore = loadAverage();
  const notes: string[] = [];
  const log = (line: string) => {
    notes.push(line);
    console.error(line);
  };
  const rows: Parameters<typeof latencyTable>[0] = [];
  for (const mode of modesFromEnv()) rows.push(...(await measureMode(mode, log)));
  console.log(
    `CV list with ${SIZE} CVs: GET /api/cvs?limit=20 in-process, the page query and the count alone`,
  );
  console.log(`command: ${COMMAND}`);
  console.log(`machine: ${describeMachine()}`);
  console.log(`load average (1/5/15 min) before: ${loadBefore}, after: ${loadAverage()}`);
  for (const note of notes) console.log(note);
  console.log(`sequential; ${ROUNDS} rounds after ${WARMUP} warm-up each`);
  console.log(latencyTable(rows, ["total"]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
