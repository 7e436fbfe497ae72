// Load shedding: refuse new work with 503 + Retry-After before the process or the fleet is overloaded.
// Three limits: in-flight requests in this process, in-flight requests across every instance (Redis), and
// resident memory (heavy routes only).
import { createMiddleware } from "hono/factory";
import type { KeyValueStore } from "../clients/types.ts";
import type { AppEnv } from "./env.ts";
import { HttpError } from "./errors.ts";

/** event_loop: refused by the Node listener while the event loop lags (functions/_entries/node-fast-path.ts) */
export type ShedReason = "concurrency" | "global" | "memory" | "event_loop";

export interface ShedOptions {
  maxConcurrent: number;
  maxGlobal: number;
  /**
   * a global slot is a lease of this length, renewed by its process every third of it while the request runs:
   * the slots of a process that dies (or stops answering) are free again within this time
   */
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

// A slot is a member of a sorted set scored by the end of its lease, in Redis's own clock (no skew between
// hosts). Acquiring drops lapsed leases, then takes one if fewer than the limit are held; atomic inside Redis.
const serverNow = "local t = redis.call('TIME') local now = t[1] * 1000 + math.floor(t[2] / 1000)";
const acquireScript = `${serverNow}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) * 2)
return 1`;
// Extends the leases this process still holds (XX: a lease that lapsed and was dropped is not revived).
const renewScript = `${serverNow}
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[1]), ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]) * 2)
return 0`;

/** The leases this process holds, renewed together by one heartbeat while there are any. */
function leaseHeartbeat(ttlMs: number, onError: (error: unknown) => void) {
  const held = new Map<string, KeyValueStore>();
  let timer: ReturnType<typeof setInterval> | undefined;
  const renew = () => {
    const byStore = new Map<KeyValueStore, string[]>();
    for (const [slot, store] of held) byStore.set(store, [...(byStore.get(store) ?? []), slot]);
    for (const [store, slots] of byStore)
      store.eval(renewScript, [GLOBAL_KEY], [ttlMs, ...slots]).catch(onError);
  };
  return {
    add(slot: string, store: KeyValueStore) {
      held.set(slot, store);
      if (!timer) {
        timer = setInterval(renew, Math.max(100, Math.floor(ttlMs / 3)));
        // a process with nothing else to do may exit; its leases lapse on their own
        (timer as { unref?: () => void }).unref?.();
      }
    },
    remove(slot: string) {
      held.delete(slot);
      if (held.size === 0 && timer) {
        clearInterval(timer);
        timer = undefined;
      }
    },
  };
}

export function loadShedding(options: ShedOptions) {
  let inFlight = 0;
  const leases = leaseHeartbeat(options.slotTtlMs, (error) => options.onGlobalError?.(error));
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
    const release = () => {
      if (!holdsSlot || !store) return;
      holdsSlot = false;
      leases.remove(slot);
      store.eval("return redis.call('ZREM', KEYS[1], ARGV[1])", [GLOBAL_KEY], [slot]).catch(() => {});
    };
    try {
      if (store) {
        try {
          const taken = await store.eval(
            acquireScript,
            [GLOBAL_KEY],
            [options.maxGlobal, options.slotTtlMs, slot],
          );
          holdsSlot = Number(taken) === 1;
          if (holdsSlot) {
            leases.add(slot, store);
            c.set("releaseGlobalSlot", release);
          }
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
      release();
    }
  });
  return { middleware, inFlight: () => inFlight };
}
