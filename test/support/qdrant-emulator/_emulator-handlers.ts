// What the Qdrant emulator answers for each operation, with Qdrant's semantics for the parts the store uses.
import {
  canonicalId,
  compareIds,
  EmulatedCollection,
  type Json,
  NotEmulated,
  type PointId,
  QdrantRefusal,
  type StoredPoint,
} from "./_emulated-collection.ts";

export interface HandlerContext {
  collections: Map<string, EmulatedCollection>;
  collection: string;
  query: Record<string, unknown>;
  body: Json;
}

const completed = (collection: EmulatedCollection, query: Record<string, unknown>) => ({
  operation_id: collection.nextVersion(),
  status: query.wait === true ? "completed" : "acknowledged",
});

function existing(context: HandlerContext): EmulatedCollection {
  const collection = context.collections.get(context.collection);
  if (!collection)
    throw new QdrantRefusal(404, `Not found: Collection \`${context.collection}\` doesn't exist!`);
  return collection;
}

/** The payload fields asked for: true, false, a list of keys, or { include } / { exclude }. */
function selectPayload(point: StoredPoint, selector: unknown): Json | null {
  if (selector === undefined || selector === null || selector === false) return null;
  if (selector === true) return point.payload;
  const pick = (keys: string[], keep: boolean) =>
    Object.fromEntries(Object.entries(point.payload).filter(([k]) => keys.includes(k) === keep));
  if (Array.isArray(selector)) return pick(selector as string[], true);
  const s = selector as { include?: string[]; exclude?: string[] };
  return s.include ? pick(s.include, true) : pick(s.exclude ?? [], false);
}

function queryVector(query: unknown): number[] {
  const nearest =
    query !== null && typeof query === "object" && !Array.isArray(query) ? (query as Json).nearest : query;
  if (Array.isArray(nearest) && nearest.every((x) => typeof x === "number")) return nearest as number[];
  throw new NotEmulated(
    `query ${JSON.stringify(query)?.slice(0, 80)} (only a dense vector or { nearest: vector })`,
  );
}

export const handlers: Record<string, (context: HandlerContext) => unknown> = {
  root: () => ({
    title: "qdrant - vector search engine (cv-analyzer emulator)",
    version: "1.19.0",
    commit: null,
  }),

  get_collection(context) {
    const c = existing(context);
    return {
      status: "green",
      optimizer_status: "ok",
      indexed_vectors_count: 0,
      points_count: c.points.size,
      segments_count: c.shardNumber,
      config: {
        params: {
          vectors: { size: c.size, distance: "Cosine" },
          shard_number: c.shardNumber,
          replication_factor: c.replicationFactor,
          write_consistency_factor: 1,
          on_disk_payload: true,
        },
        hnsw_config: { m: 16, ef_construct: 100, full_scan_threshold: 10000, max_indexing_threads: 0 },
        optimizer_config: {
          deleted_threshold: 0.2,
          vacuum_min_vector_number: 1000,
          default_segment_number: 0,
          max_segment_size: null,
          memmap_threshold: null,
          indexing_threshold: 10000,
          flush_interval_sec: 5,
          max_optimization_threads: null,
        },
        wal_config: { wal_capacity_mb: 32, wal_segments_ahead: 0 },
        quantization_config: null,
      },
      payload_schema: Object.fromEntries(
        [...c.payloadIndexes].map(([field, index]) => [
          field,
          {
            data_type: index.data_type,
            ...(index.params ? { params: index.params } : {}),
            points: c.points.size,
          },
        ]),
      ),
    };
  },

  create_collection(context) {
    if (context.collections.has(context.collection))
      throw new QdrantRefusal(409, `Wrong input: Collection \`${context.collection}\` already exists!`);
    const vectors = context.body.vectors as Json | undefined;
    if (!vectors || typeof vectors.size !== "number")
      throw new NotEmulated("named or missing vector parameters");
    if (vectors.distance !== "Cosine") throw new NotEmulated(`distance ${String(vectors.distance)}`);
    const shards = (context.body.shard_number as number | null | undefined) ?? 1;
    const replication = (context.body.replication_factor as number | null | undefined) ?? 1;
    context.collections.set(context.collection, new EmulatedCollection(vectors.size, shards, replication));
    return true;
  },

  create_field_index(context) {
    const c = existing(context);
    const schema = context.body.field_schema as string | Json | null | undefined;
    if (schema === undefined || schema === null) throw new NotEmulated("an index without field_schema");
    const dataType = typeof schema === "string" ? schema : String(schema.type);
    c.payloadIndexes.set(String(context.body.field_name), {
      data_type: dataType,
      params: typeof schema === "string" ? null : schema,
    });
    return completed(c, context.query);
  },

  upsert_points(context) {
    const c = existing(context);
    const points = context.body.points as
      | { id: PointId; vector: unknown; payload?: Json | null }[]
      | undefined;
    if (!Array.isArray(points)) throw new NotEmulated("the batch (columnar) form of upsert");
    if (context.body.update_filter || context.body.shard_key)
      throw new NotEmulated("conditional or sharded upserts");
    const version = completed(c, context.query);
    for (const point of points) c.upsert(point.id, point.vector, point.payload ?? null);
    return version;
  },

  query_points(context) {
    const c = existing(context);
    const { body } = context;
    for (const unsupported of ["prefetch", "using", "lookup_from", "shard_key", "score_threshold"])
      if (body[unsupported] !== undefined && body[unsupported] !== null)
        throw new NotEmulated(`query ${unsupported}`);
    const vector = queryVector(body.query);
    const limit = (body.limit as number | null | undefined) ?? 10;
    const offset = (body.offset as number | null | undefined) ?? 0;
    const scored = c
      .select(body.filter)
      .map((point) => ({ point, score: c.score(vector, point) }))
      // best first; equal scores in id order so that answers are repeatable
      .sort((a, b) => b.score - a.score);
    return {
      points: scored.slice(offset, offset + limit).map(({ point, score }) => ({
        id: point.id,
        version: point.version,
        score,
        payload: selectPayload(point, body.with_payload),
        ...(body.with_vector === true ? { vector: point.vector } : {}),
      })),
    };
  },

  scroll_points(context) {
    const c = existing(context);
    const { body } = context;
    if (body.order_by !== undefined && body.order_by !== null) throw new NotEmulated("scroll order_by");
    const limit = (body.limit as number | null | undefined) ?? 10;
    const all = c.select(body.filter);
    // the offset is the first id of the page, whether or not a point has it
    const offset =
      body.offset === undefined || body.offset === null ? null : canonicalId(body.offset as PointId);
    const from = offset === null ? 0 : all.findIndex((p) => compareIds(p.id, offset) >= 0);
    const start = from < 0 ? all.length : from;
    const page = all.slice(start, start + limit);
    return {
      points: page.map((point) => ({
        id: point.id,
        payload: selectPayload(point, body.with_payload ?? true),
        ...(body.with_vector === true ? { vector: point.vector } : {}),
      })),
      next_page_offset: all[start + limit]?.id ?? null,
    };
  },

  count_points(context) {
    return { count: existing(context).select(context.body.filter).length };
  },

  delete_points(context) {
    const c = existing(context);
    const { body } = context;
    if (body.shard_key) throw new NotEmulated("sharded deletes");
    const version = completed(c, context.query);
    if (Array.isArray(body.points)) c.deleteIds(body.points as PointId[]);
    else c.deleteIds(c.select(body.filter).map((p) => p.id));
    return version;
  },
};
