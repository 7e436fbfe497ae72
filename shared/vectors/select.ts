// Chooses the vector store from configuration alone: Qdrant when QDRANT_URL is set, otherwise pgvector in the
// service's own database. A configured Qdrant that is down stays an error; there is no fallback to pgvector.
import type { Clients } from "../clients/types.ts";
import type { Settings } from "../config/settings.ts";
import { createPgVectorStore } from "../db/vectors-pgvector.ts";
import { createQdrantVectorStore } from "./qdrant.ts";
import type { VectorStore } from "./types.ts";

type VectorSettings = Pick<
  Settings,
  "QDRANT_URL" | "QDRANT_COLLECTION" | "QDRANT_SHARDS" | "QDRANT_REPLICATION_FACTOR"
>;

export function selectVectorStore(clients: Clients, settings: VectorSettings): VectorStore {
  if (settings.QDRANT_URL) {
    const handle = clients.qdrantHandle();
    if (!handle) throw new Error("QDRANT_URL is set but the connection cache has no Qdrant client for it");
    return createQdrantVectorStore(handle, {
      collection: settings.QDRANT_COLLECTION,
      shards: settings.QDRANT_SHARDS,
      replicationFactor: settings.QDRANT_REPLICATION_FACTOR,
    });
  }
  return createPgVectorStore(clients.db());
}
