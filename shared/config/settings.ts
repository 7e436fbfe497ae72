// Every setting of cv-analyzer in one zod schema: names (kept from the system this replaces), defaults, aliases.
// Configuration is read once here, validated, typed and passed down; nothing else reads the environment.
import { z } from "zod";
import { isLoopback } from "./loopback.ts";

type Env = Record<string, string | undefined>;

const int = (min: number, fallback: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, `an integer`)
    .transform(Number)
    .pipe(z.number().int().min(min, `an integer >= ${min}`).max(max, `an integer <= ${max}`))
    .default(fallback);

const num = (min: number, max: number, fallback: number) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/, "a number")
    .transform(Number)
    .pipe(z.number().min(min, `a number >= ${min}`).max(max, `a number <= ${max}`))
    .default(fallback);

const url = (protocols: string[]) =>
  z
    .string()
    .trim()
    .refine(
      (value) => {
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      `a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`,
    )
    .optional();

const bool = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no"], "true or false")
    .transform((v) => v === "true" || v === "1" || v === "yes")
    .default(fallback);

const memorySize = z.string().regex(/^\d+(b|kb|mb|gb)?$/i, "a Redis memory size like 512mb");

export const settingsSchema = z.object({
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  PORT: int(0, 8000, 65535),
  /** Node: a port of its own for GET /api/health (liveness), answered by a thread of the main process; 0 = none */
  HEALTH_PORT: int(0, 0, 65535),
  /** HEALTH_PORT answers 503 once the process's event loop has not run for this long */
  LIVENESS_STALL_MS: int(1_000, 30_000, 3_600_000),
  DATA_DIR: z.string().trim().min(1).default("./data"),
  // The web UI's build, served at / by the Node entry when the folder exists (npm run build:web makes it).
  WEB_DIR: z.string().trim().min(1).default("./web/dist"),
  LOG_LEVEL: z
    .enum(["debug", "info", "warn", "error", "silent"], "one of debug, info, warn, error, silent")
    .default("info"),
  /**
   * Node: GET /api/health through the app (a request id and an access-log line each) instead of answered by
   * the listener before it (counted in the HTTP metrics, not logged)
   */
  ACCESS_LOG_LIVENESS: bool(false),

  DATABASE_URL: url(["postgres:", "postgresql:"]),
  DATABASE_READ_URL: url(["postgres:", "postgresql:"]),
  DATABASE_POOL_SIZE: int(1, 50, 10_000),
  DATABASE_MAX_OVERFLOW: int(0, 20, 10_000),
  DATABASE_CONNECT_TIMEOUT_MS: int(100, 5_000),

  REDIS_URL: url(["redis:", "rediss:"]),
  UPSTASH_REDIS_REST_URL: url(["http:", "https:"]),
  UPSTASH_REDIS_REST_TOKEN: z.string().min(1).optional(),
  REDIS_MAXMEMORY: memorySize.default("512mb"),
  REDIS_MAXMEMORY_POLICY: z
    .enum(
      [
        "noeviction",
        "allkeys-lru",
        "allkeys-lfu",
        "allkeys-random",
        "volatile-lru",
        "volatile-lfu",
        "volatile-random",
        "volatile-ttl",
      ],
      "a Redis maxmemory-policy such as allkeys-lru",
    )
    .default("allkeys-lru"),

  QDRANT_URL: url(["http:", "https:"]),
  QDRANT_API_KEY: z.string().min(1).optional(),
  QDRANT_MAX_CONNECTIONS: int(1, 50, 10_000),
  QDRANT_POOL_SIZE: int(1, 10, 10_000),
  QDRANT_TIMEOUT: int(1, 30, 3_600),
  QDRANT_SHARDS: int(1, 1, 1_000),
  QDRANT_REPLICATION_FACTOR: int(1, 1, 100),
  QDRANT_COLLECTION: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, "letters, digits, _ and -")
    .default("cv_analyzer_cvs"),

  UVICORN_WORKERS: int(1, 2, 256),
  MIN_QUEUE_WORKERS: int(0, 2, 1_000),
  MAX_QUEUE_WORKERS: int(1, 8, 1_000),
  MEMORY_THRESHOLD_MB: int(1, 8192),
  PYTHON_MEMORY_LIMIT: int(64, 8192),
  /**
   * Node: after each full collection a heap may grow by this share of what it kept before the next one (V8's
   * --heap-growing-percent, set in every process and so for every thread); 0 leaves V8's own factor, 1.1 to 4
   * times, under which a worker held three times its live heap
   */
  NODE_HEAP_GROWING_PERCENT: int(0, 50, 400),
  /**
   * Node: the semi-space (MB) of a queue process's main thread (V8's --max-semi-space-size; its analysis threads
   * keep V8's own); 0 leaves V8's own, which start-up grows to 16 MB and gives back a minute later
   */
  QUEUE_MAIN_SEMI_SPACE_MB: int(0, 1, 256),
  /**
   * Node: the cluster primary collects its heap in full after its first metrics gather (start-up's garbage) and
   * then after a gather once it has grown this many MB since its last full collection; 0 leaves it to V8, which
   * let it climb about 1 MB a minute for over 10 minutes
   */
  PRIMARY_GC_MB: int(0, 1, 1_024),
  /**
   * Node: a queue process's main thread collects its heap in full (checked every 5 s) once it has grown this many
   * MB since its last full collection; 0 leaves it to V8, under which it climbed about 2 MB a minute between them
   */
  QUEUE_GC_MB: int(0, 2, 1_024),
  /**
   * Node: the least semi-space (MB) of the threads a process starts (analysis, the embedded database); V8 gives an
   * idle thread's young generation back (from 32 MB to 1) and grows it again with its next work; 0 leaves V8's own
   */
  THREAD_MIN_SEMI_SPACE_MB: int(0, 16, 256),
  MAX_CONCURRENT_REQUESTS: int(1, 100, 1_000_000),
  MAX_GLOBAL_CONCURRENT: int(1, 150, 10_000_000),
  GLOBAL_SLOT_TTL_MS: int(1_000, 3_000),
  RETRY_AFTER_SECONDS: int(1, 2, 3_600),
  READINESS_TIMEOUT_MS: int(50, 2_000, 60_000),
  SHUTDOWN_TIMEOUT_MS: int(0, 10_000, 600_000),
  REQUEST_TIMEOUT_MS: int(100, 30_000, 3_600_000),
  /** pending connections the kernel queues for the listening socket (uvicorn's --backlog, 2048) */
  LISTEN_BACKLOG: int(1, 2048, 65_535),
  /** how often resident memory is sampled for the MEMORY_THRESHOLD_MB check */
  MEMORY_SAMPLE_MS: int(50, 1_000, 60_000),
  /**
   * Node: while the event loop lags more than this (ms, smoothed; or stuck for twice it right now), new API
   * requests are answered 503 and liveness by the listener; 0 turns it off
   */
  SHED_EVENT_LOOP_LAG_MS: int(0, 200, 60_000),

  MAX_UPLOAD_BYTES: int(1, 10 * 1024 * 1024),
  MAX_FILES_PER_UPLOAD: int(1, 20, 1_000),
  MAX_FILENAME_CHARS: int(1, 255, 4_096),
  MAX_JSON_BYTES: int(1, 2 * 1024 * 1024),
  /** a request body with no new bytes for this long is answered 408 (and gives back its slot) */
  BODY_IDLE_TIMEOUT_MS: int(100, 10_000, 600_000),
  /**
   * Node: after an answer sent before its body was read (413, 408), up to this many body bytes are read and
   * dropped (then reading stops), for up to BODY_DRAIN_MS, before the connection closes, so the client reads the
   * answer, not a reset
   */
  BODY_DRAIN_BYTES: int(0, 16 * 1024 * 1024),
  BODY_DRAIN_MS: int(0, 2_000, 600_000),
  MAX_PAGES: int(1, 20, 10_000),
  MAX_INFLATED_BYTES: int(1, 50 * 1024 * 1024),
  ANALYSIS_TIMEOUT_MS: int(100, 10_000, 600_000),
  // Node: analysis threads per process, each with this heap cap; ANALYSIS_TIMEOUT_MS is their hard deadline.
  ANALYSIS_WORKERS: int(1, 2, 256),
  MAX_PDF_TEXT_ITEMS: int(100, 100_000),
  MAX_PDF_OPERATORS: int(1_000, 500_000),
  ANALYSIS_MEMORY_MB: int(32, 512, 65_536),
  /** Node: niceness of the analysis threads (Linux, per thread): HTTP serving keeps the CPU it needs under load */
  ANALYSIS_NICE: int(0, 10, 19),
  /**
   * Node: start an HTTP or queue process's analysis threads with the process (true) or on its first upload or
   * task (false, the default: an idle worker holds no thread; the first waits about 1 s for one, outside its
   * deadline)
   */
  ANALYSIS_THREADS_AT_START: bool(false),
  DEFAULT_PHONE_REGION: z
    .string()
    .regex(/^[A-Z]{2}$/, "an ISO 3166-1 alpha-2 code like DE")
    .default("US"),

  AUTH_MODE: z.enum(["apikey", "none"], "apikey or none").optional(),
  METRICS_TOKEN: z.string().min(16, "at least 16 characters").optional(),
  METRICS_INSTANCE_TTL_MS: int(1_000, 60_000),

  EMBEDDING_URL: url(["http:", "https:"]),
  EMBEDDING_MODEL: z.string().min(1).optional(),
  EMBEDDING_API_KEY: z.string().min(1).optional(),
  EMBEDDING_DIMENSIONS: int(8, 384, 65_536),
  EMBEDDING_TIMEOUT_MS: int(100, 30_000, 600_000),
  EMBEDDING_BATCH_SIZE: int(1, 64, 2_048),

  CACHE_TTL_SECONDS: int(1, 3_600),
  CACHE_MAX_ENTRIES: int(1, 10_000),
  /** in-process cache: bytes of cached JSON kept before the least recently used goes */
  CACHE_MAX_BYTES: int(1_024, 256 * 1024 * 1024),
  /** Node and embedded: bytes of CV text and profiles the ranking index keeps in memory across tenants */
  RANKING_INDEX_MAX_BYTES: int(1024 * 1024, 1024 * 1024 * 1024),
  /** a tenant whose ranking copy was not used for this long is dropped from memory (reloaded on demand) */
  RANKING_INDEX_IDLE_MS: int(1_000, 30 * 60 * 1000),

  MATCH_WEIGHT_SEMANTIC: num(0, 100, 0.25),
  MATCH_WEIGHT_REQUIRED_SKILLS: num(0, 100, 0.4),
  MATCH_WEIGHT_PREFERRED_SKILLS: num(0, 100, 0.1),
  MATCH_WEIGHT_EXPERIENCE: num(0, 100, 0.15),
  MATCH_WEIGHT_EDUCATION: num(0, 100, 0.1),
  MATCH_WEIGHT_OCCUPATION: num(0, 100, 0.25),
  MATCH_WEIGHT_LEXICAL: num(0, 100, 0.4),
  MATCH_WEIGHT_TITLE: num(0, 100, 0.3),
  SEARCH_MIN_SCORE: num(0, 100, 20),
  MAX_MATCH_RESULTS: int(1, 100, 10_000),

  QUEUE_ENABLED: bool(true),
  // Asynchronous ingestion (shared/queue): batches, leases, retries, scaling and webhooks.
  QUEUE_MAX_BATCH_FILES: int(1, 1_000, 100_000),
  /** prefix of the queue's Redis keys (tasks stream, dead-letter stream): two deployments on one Redis differ */
  QUEUE_STREAM: z
    .string()
    .regex(/^[A-Za-z0-9_:.-]+$/, "letters, digits and _ : . -")
    .default("cv_analyzer:queue"),
  /** queued and running tasks (all tenants) above which new batches get 503 + Retry-After */
  QUEUE_MAX_BACKLOG: int(1, 10_000, 10_000_000),
  /** how long a claimed task is a worker's; after that another worker takes it (the worker died) */
  QUEUE_LEASE_MS: int(1_000, 60_000, 3_600_000),
  /** claims of one task before it is failed and dead-lettered */
  QUEUE_MAX_ATTEMPTS: int(1, 3, 100),
  /** back-off before a task that failed for a passing reason runs again: doubles per attempt */
  QUEUE_RETRY_BASE_MS: int(10, 1_000, 3_600_000),
  /** a queued task whose stream message is gone for this long is published again (Redis lost it) */
  QUEUE_REDELIVER_MS: int(100, 30_000, 3_600_000),
  QUEUE_SWEEP_INTERVAL_MS: int(50, 5_000, 3_600_000),
  /** how often an idle worker looks for work when nothing wakes it (embedded) or Redis blocks at most */
  QUEUE_POLL_MS: int(10, 1_000, 60_000),
  /** tasks one queue worker process runs at once (stack mode) */
  QUEUE_WORKER_CONCURRENCY: int(1, 2, 64),
  /**
   * analysis threads of one queue worker process, at most QUEUE_WORKER_CONCURRENCY: with fewer threads than
   * tasks, one task's analysis runs while another's results are written, so the threads never wait on the
   * database
   */
  QUEUE_ANALYSIS_THREADS: int(1, 1, 64),
  QUEUE_SCALE_INTERVAL_MS: int(50, 2_000, 3_600_000),
  /** backlog one worker is expected to absorb before another starts */
  QUEUE_SCALE_TASKS_PER_WORKER: int(1, 20, 1_000_000),
  /**
   * the share of the machine's CPU time (0–1, over the last scaling interval) at or above which no queue
   * worker process is added; below it workers are added one per interval. 1 turns the check off: workers then
   * start at once for the whole backlog, as when they run on machines of their own
   */
  QUEUE_SCALE_MAX_CPU: num(0, 1, 0.85),
  /** the queue is idle this long (nothing queued or running) before a worker stops */
  QUEUE_IDLE_MS: int(0, 30_000, 3_600_000),
  QUEUE_EVENTS_POLL_MS: int(10, 250, 60_000),
  WEBHOOK_TIMEOUT_MS: int(100, 5_000, 600_000),
  /** how long a delivery is retried after the event before it is given up */
  WEBHOOK_RETRY_PERIOD_MS: int(1_000, 86_400_000, 30 * 86_400_000),
  WEBHOOK_BACKOFF_BASE_MS: int(10, 1_000, 3_600_000),
  WEBHOOK_BACKOFF_MAX_MS: int(10, 600_000, 86_400_000),
  /** failed attempts in a row after which a webhook is disabled */
  WEBHOOK_DISABLE_AFTER: int(1, 20, 100_000),
  /** deliver to loopback and private addresses (tests, a receiver on the same network) */
  WEBHOOK_ALLOW_PRIVATE: bool(false),
  VECTOR_CATCHUP_INTERVAL_MS: int(1_000, 30_000),
});

/** Settings that have a second name; the first name wins when both are set. */
export const settingAliases: Record<string, string> = {
  WEB_CONCURRENCY: "UVICORN_WORKERS",
  NODE_MEMORY_LIMIT_MB: "PYTHON_MEMORY_LIMIT",
  UVICORN_BACKLOG: "LISTEN_BACKLOG",
};

export type Settings = z.output<typeof settingsSchema> & {
  /** which backing services are in use, derived from the URLs alone */
  mode: "embedded" | "stack" | "edge";
  authMode: "apikey" | "none";
};

// A bad secret is named, never echoed; URLs lose their user:password part.
const shownValue = (variable: string, value: string | undefined) => {
  if (value === undefined) return "nothing";
  if (/TOKEN|KEY|PASSWORD/.test(variable)) return "a value (hidden)";
  return JSON.stringify(value.replace(/(\/\/)[^/@\s]+@/, "$1***@"));
};

export class SettingsError extends Error {
  constructor(readonly problems: { variable: string; expected: string; got: string | undefined }[]) {
    super(
      `Invalid settings (${problems.length}):\n${problems
        .map((p) => `  ${p.variable}: expected ${p.expected}, got ${shownValue(p.variable, p.got)}`)
        .join("\n")}`,
    );
    this.name = "SettingsError";
  }
}

export { isLoopback } from "./loopback.ts";

/** Validates the environment; throws one SettingsError naming every bad variable. */
export function loadSettings(env: Env, runtime: "node" | "workerd" = "node"): Settings {
  const raw: Env = {};
  for (const key of Object.keys(settingsSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== "") raw[key] = value;
  }
  for (const [alias, name] of Object.entries(settingAliases)) {
    if (raw[name] === undefined && env[alias] !== undefined && env[alias] !== "") raw[name] = env[alias];
  }
  const parsed = settingsSchema.safeParse(raw);
  const problems: SettingsError["problems"] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const variable = String(issue.path[0]);
      if (problems.some((p) => p.variable === variable)) continue;
      problems.push({ variable, expected: issue.message, got: raw[variable] });
    }
  }
  if (parsed.success) {
    const s = parsed.data;
    if (s.MIN_QUEUE_WORKERS > s.MAX_QUEUE_WORKERS)
      problems.push({
        variable: "MIN_QUEUE_WORKERS",
        expected: `at most MAX_QUEUE_WORKERS (${s.MAX_QUEUE_WORKERS})`,
        got: raw.MIN_QUEUE_WORKERS,
      });
    if (s.QUEUE_LEASE_MS <= s.ANALYSIS_TIMEOUT_MS)
      problems.push({
        variable: "QUEUE_LEASE_MS",
        expected: `more than ANALYSIS_TIMEOUT_MS (${s.ANALYSIS_TIMEOUT_MS}): a task's lease must outlast its analysis`,
        got: raw.QUEUE_LEASE_MS,
      });
    if (s.QDRANT_POOL_SIZE > s.QDRANT_MAX_CONNECTIONS)
      problems.push({
        variable: "QDRANT_POOL_SIZE",
        expected: `at most QDRANT_MAX_CONNECTIONS (${s.QDRANT_MAX_CONNECTIONS})`,
        got: raw.QDRANT_POOL_SIZE,
      });
    // The connection budget is shared by the HTTP processes: each needs at least one connection.
    if (s.DATABASE_URL && s.DATABASE_POOL_SIZE + s.DATABASE_MAX_OVERFLOW < s.UVICORN_WORKERS)
      problems.push({
        variable: "DATABASE_POOL_SIZE",
        expected: `with DATABASE_MAX_OVERFLOW at least UVICORN_WORKERS (${s.UVICORN_WORKERS}): the service's connections are shared by its HTTP processes`,
        got: raw.DATABASE_POOL_SIZE,
      });
    if (Boolean(s.UPSTASH_REDIS_REST_URL) !== Boolean(s.UPSTASH_REDIS_REST_TOKEN))
      problems.push({
        variable: "UPSTASH_REDIS_REST_TOKEN",
        expected: "to be set together with UPSTASH_REDIS_REST_URL",
        got: undefined,
      });
    // Without keys the service is open to whoever reaches it: only a loopback listener may run that way.
    const open = runtime === "node" && isLoopback(s.HOST);
    const authMode = s.AUTH_MODE ?? (open ? "none" : "apikey");
    if (authMode === "none" && !open)
      problems.push({
        variable: "AUTH_MODE",
        expected:
          runtime === "workerd"
            ? "apikey on Workers"
            : `apikey when HOST is not a loopback address (HOST=${s.HOST})`,
        got: raw.AUTH_MODE,
      });
    if (problems.length === 0) {
      const mode =
        runtime === "workerd" ? "edge" : s.DATABASE_URL || s.REDIS_URL || s.QDRANT_URL ? "stack" : "embedded";
      return { ...s, mode, authMode };
    }
  }
  throw new SettingsError(problems);
}
