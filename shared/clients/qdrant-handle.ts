// Qdrant's REST client: keep-alive sockets bounded by QDRANT_MAX_CONNECTIONS, QDRANT_TIMEOUT seconds per call.
// The client's class is given by the caller (qdrant.ts imports it; the Node connection cache loads it only when
// QDRANT_URL is set), so that a process without Qdrant never loads the package and its HTTP client.
import type { QdrantClient } from "@qdrant/js-client-rest";
import type { Settings } from "../config/settings.ts";
import { type QdrantHandle, withTimeout } from "./types.ts";

export function createQdrantWith(Client: typeof QdrantClient, url: string, settings: Settings): QdrantHandle {
  let errors = 0;
  let inFlight = 0;
  const client = new Client({
    url,
    ...(settings.QDRANT_API_KEY ? { apiKey: settings.QDRANT_API_KEY } : {}),
    timeout: settings.QDRANT_TIMEOUT * 1000,
    // the client's undici Agent is the keep-alive pool; this caps its sockets per origin
    maxConnections: settings.QDRANT_MAX_CONNECTIONS,
    // the version probe would run a request at construction and only warn on failure: readiness reports instead
    checkCompatibility: false,
  });
  const track = async <T>(call: Promise<T>): Promise<T> => {
    inFlight += 1;
    try {
      return await call;
    } catch (error) {
      errors += 1;
      throw error;
    } finally {
      inFlight -= 1;
    }
  };
  return {
    client,
    track,
    dependency: {
      name: "qdrant",
      async check(timeoutMs) {
        await withTimeout(track(client.versionInfo()), timeoutMs, "qdrant");
      },
      // Sockets above QDRANT_POOL_SIZE count as overflow: calls beyond it are reported as waiting.
      state: () => ({
        open: Math.min(inFlight, settings.QDRANT_MAX_CONNECTIONS),
        idle: Math.max(0, settings.QDRANT_POOL_SIZE - inFlight),
        waiting: Math.max(0, inFlight - settings.QDRANT_POOL_SIZE),
        errors,
      }),
      close: async () => {},
    },
  };
}
