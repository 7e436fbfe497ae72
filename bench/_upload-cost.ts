// Upload cost against the number of keys in Redis: the real entry (Postgres+Redis, 1 worker) stores distinct
// text CVs one at a time, first with nothing else in its Redis database, then with 150k cached analyses in
// it. The baseline beside each row is the SCAN purge that every upload used to run, timed on the same keys.
import { Redis } from "ioredis";
import pg from "pg";
import { type Latencies, latencies } from "./_report.ts";
import { openStore, stackUrls, startBenchService } from "./_service.ts";
import { syntheticCv } from "./_synthetic-cvs.ts";

export interface UploadCost {
  keys: number;
  scanPurgeP50Ms: number;
  upload: Latencies;
  failed: number;
}

/**
 * The bench's own Redis database (BENCH_REDIS_DB, 14 unless given; 11 is the fleet test's), so that its keys
 * never mix with others'.
 */
export function benchEnv(): { redis: string } {
  const { redis } = stackUrls();
  const url = new URL(redis!);
  url.pathname = `/${process.env.BENCH_REDIS_DB ?? "14"}`;
  process.env.BENCH_REDIS_URL = url.toString();
  return { redis: url.toString() };
}

// The purge each upload ran before generations alone did the invalidation (one SCAN step per round trip).
const legacyPurgeStep = `
local page = redis.call('SCAN', ARGV[1], 'MATCH', ARGV[2], 'COUNT', 500)
local deleted = 0
for _, key in ipairs(page[2]) do
  if string.sub(key, 1, #ARGV[3]) ~= ARGV[3] then deleted = deleted + redis.call('DEL', key) end
end
return { page[1], deleted }`;

async function legacyPurgeMs(redis: Redis, tenantPrefix: string): Promise<number> {
  const started = performance.now();
  for (const kind of ["match", "search"]) {
    let cursor = "0";
    do {
      const [next] = (await redis.eval(
        legacyPurgeStep,
        0,
        cursor,
        `${tenantPrefix}${kind}:g*`,
        `${tenantPrefix}${kind}:g999:`,
      )) as [string, number];
      cursor = next;
    } while (cursor !== "0");
  }
  return performance.now() - started;
}

/** removes what the bench's services left in the bench's Redis database (slots, fleet reports, cache) */
export async function cleanBenchRedis(url: string) {
  const redis = new Redis(url);
  try {
    await removeByPrefix(redis, "cv_analyzer");
    await removeByPrefix(redis, "{cv_analyzer");
  } finally {
    redis.disconnect();
  }
}

async function removeByPrefix(redis: Redis, prefix: string) {
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 5000);
    if (keys.length > 0) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== "0");
}

async function fill(redis: Redis, prefix: string, count: number) {
  for (let from = 0; from < count; from += 10_000) {
    const batch = redis.pipeline();
    for (let i = from; i < Math.min(count, from + 10_000); i++)
      batch.set(`${prefix}analysis:fill${i}`, `{"filler":${i}}`, "EX", 1800);
    await batch.exec();
  }
}

export async function measureUploads(env: { redis: string }): Promise<UploadCost[]> {
  const sizes = (process.env.BENCH_UPLOAD_KEYS ?? "0,150000").split(",").map(Number);
  const uploads = Number(process.env.BENCH_UPLOAD_COUNT ?? 60);
  const redis = new Redis(env.redis);
  const out: UploadCost[] = [];
  let next = 1_000_000;
  try {
    for (const keys of sizes) {
      const store = await openStore("stack", "hot_upload");
      const service = await startBenchService(store, 1);
      let tenantPrefix = "";
      try {
        const post = (index: number) =>
          fetch(`${service.url}/api/cvs`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ text: syntheticCv(index), filename: `hot-${index}.txt` }),
          }).then(async (r) => {
            await r.arrayBuffer();
            return r.status;
          });
        for (let i = 0; i < 5; i++) await post(next++); // warm-up; also creates the local tenant
        const db = new pg.Client({ connectionString: store.env.DATABASE_URL });
        await db.connect();
        const tenant = (await db.query("select id from tenants where name = 'local'")).rows[0]?.id as string;
        await db.end();
        tenantPrefix = `cv_analyzer:{${encodeURIComponent(tenant)}}:`;
        await fill(redis, tenantPrefix, keys);
        const purge: number[] = [];
        for (let i = 0; i < 5; i++) purge.push(await legacyPurgeMs(redis, tenantPrefix));
        const times: number[] = [];
        let failed = 0;
        for (let i = 0; i < uploads; i++) {
          const started = performance.now();
          const status = await post(next++);
          times.push(performance.now() - started);
          if (status !== 201) failed++;
        }
        out.push({ keys, scanPurgeP50Ms: latencies(purge).p50, upload: latencies(times), failed });
        console.log(`  ${keys} keys in Redis (dbsize ${await redis.dbsize()}): done`);
      } finally {
        await service.stop();
        if (tenantPrefix) await removeByPrefix(redis, tenantPrefix);
        await store.close();
      }
    }
  } finally {
    redis.disconnect();
  }
  return out;
}
