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
  DATA_DIR: z.string().trim().min(1).default("./data"),
  // The web UI's build, served at / by the Node entry when the folder exists (npm run build:web makes it).
  WEB_DIR: z.string().trim().min(1).default("./web/dist"),
  LOG_LEVEL: z
    .enum(["debug", "info", "warn", "error", "silent"], "one of debug, info, warn, error, silent")
    .default("info"),

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
  MAX_CONCURRENT_REQUESTS: int(1, 100, 1_000_000),
  MAX_GLOBAL_CONCURRENT: int(1, 150, 10_000_000),
  GLOBAL_SLOT_TTL_MS: int(1_000, 60_000),
  RETRY_AFTER_SECONDS: int(1, 2, 3_600),
  READINESS_TIMEOUT_MS: int(50, 2_000, 60_000),
  SHUTDOWN_TIMEOUT_MS: int(0, 10_000, 600_000),
  REQUEST_TIMEOUT_MS: int(100, 30_000, 3_600_000),
  /** pending connections the kernel queues for the listening socket (uvicorn's --backlog, 2048) */
  LISTEN_BACKLOG: int(1, 2048, 65_535),
  /** how often resident memory is sampled for the MEMORY_THRESHOLD_MB check */
  MEMORY_SAMPLE_MS: int(50, 1_000, 60_000),

  MAX_UPLOAD_BYTES: int(1, 10 * 1024 * 1024),
  MAX_FILES_PER_UPLOAD: int(1, 20, 1_000),
  MAX_FILENAME_CHARS: int(1, 255, 4_096),
  MAX_JSON_BYTES: int(1, 2 * 1024 * 1024),
  MAX_PAGES: int(1, 20, 10_000),
  MAX_INFLATED_BYTES: int(1, 50 * 1024 * 1024),
  ANALYSIS_TIMEOUT_MS: int(100, 10_000, 600_000),
  // Node: analysis threads per process, each with this heap cap; ANALYSIS_TIMEOUT_MS is their hard deadline.
  ANALYSIS_WORKERS: int(1, 2, 256),
  MAX_PDF_TEXT_ITEMS: int(100, 100_000),
  MAX_PDF_OPERATORS: int(1_000, 500_000),
  ANALYSIS_MEMORY_MB: int(32, 512, 65_536),
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

  MATCH_WEIGHT_SEMANTIC: num(0, 100, 0.25),
  MATCH_WEIGHT_REQUIRED_SKILLS: num(0, 100, 0.4),
  MATCH_WEIGHT_PREFERRED_SKILLS: num(0, 100, 0.1),
  MATCH_WEIGHT_EXPERIENCE: num(0, 100, 0.15),
  MATCH_WEIGHT_EDUCATION: num(0, 100, 0.1),
  MATCH_WEIGHT_OCCUPATION: num(0, 100, 0.25),
  MATCH_WEIGHT_LEXICAL: num(0, 100, 0.4),
  SEARCH_MIN_SCORE: num(0, 100, 20),
  MAX_MATCH_RESULTS: int(1, 100, 10_000),

  QUEUE_ENABLED: bool(true),
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
