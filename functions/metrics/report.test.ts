// The host's periodic report to Redis, from the real Node entry with two HTTP processes and a queue process over
// a scratch PostgreSQL: each process keeps the report alive, but the host is gathered (every process asked for
// its metrics) once per interval, not once per process.
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  integrationAvailable,
  isolatedRedisUrl,
  testDatabaseUrl,
  testRedisUrl,
} from "../../test/support/integration.ts";
import { createScratchDatabase, type ScratchDatabase } from "../../test/support/postgres.ts";
import {
  freePort,
  type ServiceProcess,
  startService,
  waitForWorkersListening,
} from "../../test/support/process.ts";
import {
  type QdrantEmulator,
  startQdrantEmulator,
} from "../../test/support/qdrant-emulator/qdrant-emulator.ts";

const ttlMs = 2_000;
/** METRICS_INSTANCE_TTL_MS / 4, as the service reports */
const everyMs = ttlMs / 4;

describe.runIf(
  integrationAvailable("the host's report to Redis", {
    "DATABASE_URL (or TEST_DATABASE_URL)": testDatabaseUrl,
    TEST_REDIS_URL: testRedisUrl,
  }),
)("the host's periodic report, 2 HTTP processes and 1 queue process", () => {
  const redisUrl = isolatedRedisUrl(12);
  let database: ScratchDatabase;
  let qdrant: QdrantEmulator;
  let service: ServiceProcess;
  let redis: Redis;
  beforeAll(async () => {
    redis = new Redis(redisUrl);
    const stale = await redis.keys("{cv_analyzer_metrics}*");
    if (stale.length > 0) await redis.del(...stale);
    database = await createScratchDatabase(testDatabaseUrl!, "report");
    qdrant = await startQdrantEmulator();
    service = startService(
      {
        DATABASE_URL: database.url,
        REDIS_URL: redisUrl,
        QDRANT_URL: qdrant.url,
        UVICORN_WORKERS: "2",
        MIN_QUEUE_WORKERS: "1",
        MAX_QUEUE_WORKERS: "1",
        METRICS_INSTANCE_TTL_MS: String(ttlMs),
        LOG_LEVEL: "info",
      },
      await freePort(),
    );
    await service.waitForLog((l) => l.msg === "queue worker ready", 120_000);
    await waitForWorkersListening(service, 2, 120_000);
  }, 180_000);
  afterAll(async () => {
    await service?.stop();
    await qdrant?.close();
    await database?.drop();
    redis?.disconnect();
  });

  /** the gather count of the host's report (the first line of its instance key), and when it was read */
  const reportSeq = async () => {
    const keys = (await redis.keys("{cv_analyzer_metrics}*:instance:*")).filter(
      (k) => !k.endsWith(":cumulative"),
    );
    expect(keys).toHaveLength(1);
    const value = (await redis.get(keys[0]!)) ?? "";
    return { seq: Number(value.split("\n")[0]), at: performance.now() };
  };

  it("is gathered once per interval, however many processes keep it alive", async () => {
    // every process is up and reporting by now; nobody scrapes, so only reports gather the host
    await new Promise((resolve) => setTimeout(resolve, 3 * everyMs));
    const first = await reportSeq();
    await new Promise((resolve) => setTimeout(resolve, 12 * everyMs));
    const last = await reportSeq();
    const intervals = (last.at - first.at) / everyMs;
    const gathers = last.seq - first.seq;
    // three processes each reporting would gather about three times per interval
    expect(gathers).toBeLessThanOrEqual(intervals * 1.5);
    // and the report is kept alive
    expect(gathers).toBeGreaterThanOrEqual(intervals * 0.5);
  }, 60_000);
});
