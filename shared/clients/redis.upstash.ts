// Redis over Upstash's REST protocol (fetch, no socket): the edge's cache and queue store.
import { Redis } from "@upstash/redis";
import { type Dependency, type KeyValueStore, withTimeout } from "./types.ts";

export interface UpstashHandle {
  store: KeyValueStore;
  dependency: Dependency;
}

export function createUpstash(url: string, token: string): UpstashHandle {
  let errors = 0;
  let waiting = 0;
  // automaticDeserialization off: values are strings in and out, as with ioredis.
  const client = new Redis({ url, token, automaticDeserialization: false, retry: { retries: 1 } });
  const tracked = async <T>(command: Promise<T>): Promise<T> => {
    waiting += 1;
    try {
      return await command;
    } catch (error) {
      errors += 1;
      throw error;
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
