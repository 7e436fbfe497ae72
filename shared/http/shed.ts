// Load shedding: refuse new work with 503 + Retry-After before the process or the fleet is overloaded.
// Three limits: in-flight requests in this process, in-flight requests across every instance (Redis), and
// resident memory (heavy routes only).
import { createMiddleware } from "hono/factory";
import type { KeyValueStore } from "../clients/types.ts";
import type { AppEnv } from "./env.ts";
import { HttpError } from "./errors.ts";

export type ShedReason = "concurrency" | "global" | "memory";

export interface ShedOptions {
  maxConcurrent: number;
  maxGlobal: number;
  /** how long a global slot lives if its holder dies without releasing it */
  slotTtlMs: number;
  retryAfterSeconds: number;
  memoryThresholdMb: number;
  /** resident memory in MB; absent where the runtime cannot tell (Workers) */
  residentMemoryMb?: () => number;
  /** Redis for the global limit; null means the global limit is not enforced (a single instance) */
  keyValue: () => KeyValueStore | null;
  /** paths that are never shed (liveness, readiness, metrics) */
  exempt: (path: string) => boolean;
  /** paths that count as heavy for the memory limit */
  heavy: (path: string) => boolean;
  onShed?: (reason: ShedReason) => void;
  onInFlight?: (count: number) => void;
  onGlobalError?: (error: unknown) => void;
}

const GLOBAL_KEY = "cv_analyzer:inflight";

// Drops expired slots, then takes one if fewer than the limit are held. Atomic inside Redis.
const acquireScript = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1`;

export function loadShedding(options: ShedOptions) {
  let inFlight = 0;
  const refuse = (reason: ShedReason, message: string) => {
    options.onShed?.(reason);
    return new HttpError(
      503,
      "overloaded",
      message,
      { reason },
      { "Retry-After": String(options.retryAfterSeconds) },
    );
  };

  const middleware = createMiddleware<AppEnv>(async (c, next) => {
    const path = c.req.path;
    if (options.exempt(path)) return next();
    if (inFlight >= options.maxConcurrent)
      throw refuse(
        "concurrency",
        `this instance is at its limit of ${options.maxConcurrent} requests in flight`,
      );
    if (options.residentMemoryMb && options.heavy(path)) {
      const rss = options.residentMemoryMb();
      if (rss > options.memoryThresholdMb)
        throw refuse(
          "memory",
          `memory in use (${Math.round(rss)} MB) is above the ${options.memoryThresholdMb} MB threshold`,
        );
    }
    inFlight += 1;
    options.onInFlight?.(inFlight);
    const store = options.keyValue();
    const slot = `${c.var.requestId}:${crypto.randomUUID()}`;
    let holdsSlot = false;
    try {
      if (store) {
        const now = Date.now();
        try {
          const taken = await store.eval(
            acquireScript,
            [GLOBAL_KEY],
            [now, now + options.slotTtlMs, options.maxGlobal, slot, options.slotTtlMs * 2],
          );
          holdsSlot = Number(taken) === 1;
          if (!holdsSlot)
            throw refuse("global", `the service is at its limit of ${options.maxGlobal} requests in flight`);
        } catch (error) {
          if (error instanceof HttpError) throw error;
          // Redis down: the per-process limit still holds; refusing everything would turn a cache outage into
          // a full outage.
          options.onGlobalError?.(error);
        }
      }
      await next();
    } finally {
      inFlight -= 1;
      options.onInFlight?.(inFlight);
      if (holdsSlot && store)
        store.eval("return redis.call('ZREM', KEYS[1], ARGV[1])", [GLOBAL_KEY], [slot]).catch(() => {});
    }
  });
  return { middleware, inFlight: () => inFlight };
}
