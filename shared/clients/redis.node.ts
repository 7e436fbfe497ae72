// Redis over ioredis for Node: one client per URL per process, failing fast instead of queueing forever.
import type { Redis } from "ioredis";
import type { Settings } from "../config/settings.ts";
import { loadIoredis } from "./driver-packages.node.ts";
import { DependencyUnavailableError } from "./errors.ts";
import { type Dependency, type KeyValueStore, withTimeout } from "./types.ts";

export interface RedisHandle {
  store: KeyValueStore;
  dependency: Dependency;
}

/** Redis is known to be down (the client is between reconnection attempts): a 503, not a bug. */
export class RedisUnavailableError extends DependencyUnavailableError {
  constructor(status: string) {
    super("redis", `redis is unavailable (client ${status})`);
    this.name = "RedisUnavailableError";
  }
}

export function createRedis(url: string, settings: Settings): RedisHandle {
  const { Redis, ReplyError } = loadIoredis();
  let errors = 0;
  let waiting = 0;
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: settings.DATABASE_CONNECT_TIMEOUT_MS,
    // A command fails after one retry rather than waiting for a server that may not come back.
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    enableAutoPipelining: true,
  });
  // ioredis emits connection errors as events; counted here, reported through readiness and metrics.
  client.on("error", () => {
    errors += 1;
  });
  // While the client is reconnecting after losing its server, a command would wait in the offline queue for
  // the next attempt: it fails at once instead, so callers answer 503 (or skip the cache) without stalling.
  // Before the first connection (status "wait"/"connecting") commands still queue as usual.
  const tracked = async <T>(send: () => Promise<T>): Promise<T> => {
    if (client.status === "reconnecting" || client.status === "end") {
      errors += 1;
      throw new RedisUnavailableError(client.status);
    }
    const command = send();
    waiting += 1;
    try {
      return await command;
    } catch (error) {
      errors += 1;
      // A reply is the server answering (a script error is ours); anything else is the connection failing.
      if (error instanceof ReplyError) throw error;
      throw new DependencyUnavailableError("redis", `redis: ${(error as Error).message}`, { cause: error });
    } finally {
      waiting -= 1;
    }
  };
  // Subscriptions need a connection of their own (a subscribed connection takes no other command); made on
  // the first subscribe, resubscribed by ioredis after a reconnection.
  let subscriber: Redis | undefined;
  const listeners = new Map<string, Set<(message: string) => void>>();
  const subscribe = (channel: string, onMessage: (message: string) => void) => {
    if (!subscriber) {
      subscriber = client.duplicate();
      subscriber.on("error", () => {
        errors += 1;
      });
      subscriber.on("message", (from: string, message: string) => {
        for (const listener of listeners.get(from) ?? []) listener(message);
      });
    }
    let set = listeners.get(channel);
    if (!set) {
      set = new Set();
      listeners.set(channel, set);
      subscriber.subscribe(channel).catch(() => {
        errors += 1;
      });
    }
    set.add(onMessage);
    return () => {
      set.delete(onMessage);
    };
  };
  const store: KeyValueStore = {
    get: (key) => tracked(() => client.get(key)),
    async set(key, value, ttlSeconds) {
      await tracked(() => (ttlSeconds ? client.set(key, value, "EX", ttlSeconds) : client.set(key, value)));
    },
    del: (...keys) => (keys.length === 0 ? Promise.resolve(0) : tracked(() => client.del(...keys))),
    eval: (script, keys, args) => tracked(() => client.eval(script, keys.length, ...keys, ...args)),
    async ping() {
      await tracked(() => client.ping());
    },
    async publish(channel, message) {
      await tracked(() => client.publish(channel, message));
    },
    subscribe,
  };
  return {
    store,
    dependency: {
      name: "redis",
      async check(timeoutMs) {
        await withTimeout(store.ping(), timeoutMs, "redis");
      },
      state: () => {
        const open = client.status === "ready" ? 1 : 0;
        return { open, idle: open && waiting === 0 ? 1 : 0, waiting, errors };
      },
      async close() {
        subscriber?.disconnect();
        try {
          await client.quit();
        } catch {
          client.disconnect();
        }
      },
    },
  };
}
