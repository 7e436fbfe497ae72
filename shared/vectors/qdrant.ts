// The VectorStore over Qdrant's REST API: one collection for every tenant, cosine distance, payload indexes for
// the filter fields, and the tenant's condition in every read and delete.
import type { QdrantHandle } from "../clients/types.ts";
import { pointId, qdrantFilter, toQdrantPayload } from "./_qdrant-points.ts";
import {
  checkVector,
  UPSERT_BATCH_SIZE,
  VectorDimensionError,
  type VectorHit,
  type VectorStore,
  VectorStoreError,
} from "./types.ts";

export interface QdrantVectorStoreOptions {
  collection: string;
  /** QDRANT_SHARDS: shards of a newly created collection */
  shards: number;
  /** QDRANT_REPLICATION_FACTOR: copies of each shard in a Qdrant cluster */
  replicationFactor: number;
}

type FieldSchema = { type: "keyword"; is_tenant?: boolean } | { type: "float" };

/** Payload indexes: tenantId as Qdrant's tenant index keeps each tenant's points together on disk. */
const payloadIndexes: Record<string, FieldSchema> = {
  tenantId: { type: "keyword", is_tenant: true },
  skills: { type: "keyword" },
  years: { type: "float" },
  locationKeys: { type: "keyword" },
  language: { type: "keyword" },
};

export function createQdrantVectorStore(
  handle: QdrantHandle,
  options: QdrantVectorStoreOptions,
): VectorStore {
  const { client, track } = handle;
  const { collection } = options;
  let dimensions: number | undefined;

  // Every call goes through the handle's tracking (pool state, error count) and fails as a VectorStoreError.
  const call = async <T>(operation: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await track(work());
    } catch (error) {
      const message = describeQdrantError(error);
      // a store made per request has not read the collection's size: Qdrant's own check says it
      const dimension = /Vector dimension error: expected dim: (\d+), got (\d+)/.exec(message);
      if (dimension)
        throw new VectorDimensionError(
          `Qdrant collection ${collection}`,
          Number(dimension[1]),
          Number(dimension[2]),
        );
      throw new VectorStoreError("qdrant", operation, message, { cause: error });
    }
  };

  const readCollection = async (): Promise<{
    size: number;
    distance: string;
    indexed: Set<string>;
  } | null> => {
    try {
      const info = await track(client.getCollection(collection));
      const vectors = info.config.params.vectors as { size?: number; distance?: string } | undefined;
      if (!vectors || typeof vectors.size !== "number")
        throw new VectorStoreError(
          "qdrant",
          "ensureCollection",
          `collection ${collection} has named vectors; expected one unnamed vector`,
        );
      return {
        size: vectors.size,
        distance: String(vectors.distance),
        indexed: new Set(Object.keys(info.payload_schema)),
      };
    } catch (error) {
      if (error instanceof VectorStoreError) throw error;
      if (statusOf(error) === 404) return null;
      throw new VectorStoreError("qdrant", "ensureCollection", describeQdrantError(error), { cause: error });
    }
  };

  return {
    kind: "qdrant",

    async ensureCollection(size) {
      let existing = await readCollection();
      if (!existing) {
        try {
          await track(
            client.createCollection(collection, {
              vectors: { size, distance: "Cosine" },
              shard_number: options.shards,
              replication_factor: options.replicationFactor,
            }),
          );
        } catch (error) {
          // another process may have created it between our read and our create: re-read and judge that one
          existing = await readCollection();
          if (!existing)
            throw new VectorStoreError("qdrant", "ensureCollection", describeQdrantError(error), {
              cause: error,
            });
        }
        existing ??= { size, distance: "Cosine", indexed: new Set() };
      }
      if (existing.size !== size)
        throw new VectorDimensionError(`Qdrant collection ${collection}`, existing.size, size);
      if (existing.distance !== "Cosine")
        throw new VectorStoreError(
          "qdrant",
          "ensureCollection",
          `collection ${collection} uses ${existing.distance} distance; expected Cosine`,
        );
      for (const [field, schema] of Object.entries(payloadIndexes)) {
        if (existing.indexed.has(field)) continue;
        await call("ensureCollection", () =>
          client.createPayloadIndex(collection, { field_name: field, field_schema: schema, wait: true }),
        );
      }
      dimensions = size;
    },

    async upsert(records) {
      for (const record of records) checkVector(record.vector, dimensions, `Qdrant collection ${collection}`);
      for (let start = 0; start < records.length; start += UPSERT_BATCH_SIZE) {
        const batch = records.slice(start, start + UPSERT_BATCH_SIZE);
        const points = await Promise.all(
          batch.map(async (record) => ({
            id: await pointId(record.payload.tenantId, record.id),
            vector: record.vector,
            payload: toQdrantPayload(record.id, record.payload),
          })),
        );
        await call("upsert", () => client.upsert(collection, { wait: true, points }));
      }
    },

    async search(vector, filter, limit): Promise<VectorHit[]> {
      checkVector(vector, dimensions, `Qdrant collection ${collection}`);
      if (limit <= 0 || filter.ids?.length === 0) return [];
      const result = await call("search", async () =>
        client.query(collection, {
          query: vector,
          filter: await qdrantFilter(filter),
          limit,
          with_payload: ["cvId"],
        }),
      );
      return result.points.map((point) => ({ id: cvIdOf(point.payload), score: point.score }));
    },

    async delete(tenantId, ids) {
      if (ids.length === 0) return;
      await call("delete", async () =>
        client.delete(collection, { wait: true, filter: await qdrantFilter({ tenantId, ids }) }),
      );
    },

    async existing(tenantId, ids) {
      if (ids.length === 0) return [];
      const found: string[] = [];
      // scroll pages through the matching points; a page never holds more than the ids asked for
      let offset: string | number | undefined;
      do {
        const page = await call("existing", async () =>
          client.scroll(collection, {
            filter: await qdrantFilter({ tenantId, ids }),
            limit: Math.min(ids.length, 1000),
            with_payload: ["cvId"],
            with_vector: false,
            ...(offset === undefined ? {} : { offset }),
          }),
        );
        for (const point of page.points) found.push(cvIdOf(point.payload));
        const next = page.next_page_offset;
        offset = typeof next === "string" || typeof next === "number" ? next : undefined;
      } while (offset !== undefined);
      return found;
    },

    async count(tenantId) {
      const result = await call("count", async () =>
        client.count(collection, { filter: await qdrantFilter({ tenantId }), exact: true }),
      );
      return result.count;
    },
  };
}

function cvIdOf(payload: Record<string, unknown> | null | undefined): string {
  const id = payload?.cvId;
  if (typeof id !== "string")
    throw new VectorStoreError("qdrant", "read", "a point without a cvId in its payload");
  return id;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}

/** Qdrant's own words when it answered, else what kept it from answering (refused, timed out). */
export function describeQdrantError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === "QdrantClientTimeoutError") return "no answer within QDRANT_TIMEOUT";
  const status = statusOf(error);
  const data = (error as { data?: { status?: { error?: string } } }).data;
  if (status !== undefined) return `HTTP ${status}: ${data?.status?.error ?? error.message}`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code || cause?.message) return `${error.message} (${cause.code ?? cause.message})`;
  return error.message;
}
