// Redis over Upstash's REST protocol (fetch, no socket): the edge's cache and queue store.
import { Redis } from "@upstash/redis";
import { DependencyUnavailableError } from "./errors.ts";
import { type Dependency, type KeyValueStore, withTimeout } from "./types.ts";

export interface UpstashHandle {
  store: KeyValueStore;
  dependency: Dependency;
}

/**
 * Upstash's client writes the whole command, values included, into the message of an HTTP error
 * ("Unauthorized, command was: [[\"set\",\"key\",\"<a cached CV>\"]]"). Such messages end up in logs,
 * so the command part is cut off and the original error (which still holds it) is not kept as a cause.
 */
export function withoutCommand(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const cut = error.message.indexOf(", command was: ");
  if (cut < 0) return error;
  const clean = new Error(`upstash: ${error.message.slice(0, cut)}`);
  clean.name = error.name;
  return clean;
}

/** `timeoutMs` bounds each REST call (5 s unless given): a hung endpoint fails the call, never the wait. */
export function createUpstash(
  url: string,
  token: string,
  options: { timeoutMs?: number } = {},
): UpstashHandle {
  const timeoutMs = options.timeoutMs ?? 5_000;
  let errors = 0;
  let waiting = 0;
  const client = new Redis({
    url,
    token,
    // values are strings in and out, as with ioredis
    automaticDeserialization: false,
    retry: { retries: 1 },
    // A fresh signal per request. Given a fixed signal instead, the client answers an aborted call with
    // the result "Aborted" as though it were a value; given a function, it rejects.
    signal: () => AbortSignal.timeout(timeoutMs),
  });
  const tracked = async <T>(command: Promise<T>): Promise<T> => {
    waiting += 1;
    try {
      return await command;
    } catch (error) {
      errors += 1;
      if (error instanceof Error && error.name === "TimeoutError")
        throw new DependencyUnavailableError(
          "redis",
          `upstash: ${url} did not answer within ${timeoutMs} ms`,
        );
      throw withoutCommand(error);
    } finally {
      waiting -= 1;
    }
  };
  const store: KeyValueStore = {
    get: (key) => tracked(client.get<string>(key)),
    async set(key, value, ttlSeconds) {
      await tracked(ttlSeconds ? client.set(key, value, { ex: ttlSeconds }) : client.set(key, value));
    },
    del: (...keys) => (keys.length === 0 ? Promise.resolve(0) : tracked(client.del(...keys))),
    eval: (script, keys, args) => tracked(client.eval(script, keys, args.map(String))),
    async ping() {
      await tracked(client.ping());
    },
  };
  return {
    store,
    dependency: {
      name: "redis",
      async check(timeoutMs) {
        await withTimeout(store.ping(), timeoutMs, "redis (upstash)");
      },
      // REST holds no connection: nothing is open or idle between calls.
      state: () => ({ open: 0, idle: 0, waiting, errors }),
      close: async () => {},
    },
  };
}
