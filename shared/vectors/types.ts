// The VectorStore contract: the derived index of CV embeddings, kept in Qdrant or in pgvector, always per tenant.
// PostgreSQL stays the source of truth; everything a store holds can be rebuilt from the cvs table (reindex.ts).

import { DependencyUnavailableError } from "../clients/errors.ts";
import type { CvFilter } from "../matching/cv-filter.ts";

/** What a CV's vector carries for filtering, compared as shared/matching/cv-filter.ts says. */
export interface VectorPayload {
  tenantId: string;
  skills: string[];
  years: number;
  location: string | null;
  language: string | null;
  educationLevel: string | null;
}

export interface VectorRecord {
  /** the CV id */
  id: string;
  vector: number[];
  payload: VectorPayload;
}

/** The CV filter (see shared/matching/cv-filter.ts) within one tenant, optionally among given CV ids. */
export interface VectorFilter extends CvFilter {
  tenantId: string;
  /** only these CV ids; an empty list matches nothing */
  ids?: string[];
}

export interface VectorHit {
  /** the CV id */
  id: string;
  /** cosine similarity in [-1, 1], higher is closer */
  score: number;
}

export interface VectorStore {
  readonly kind: "qdrant" | "pgvector";
  /** creates the collection/table and payload indexes if missing; throws VectorDimensionError when an existing one has another dimension */
  ensureCollection(dimensions: number): Promise<void>;
  /** inserts or replaces, in batches of UPSERT_BATCH_SIZE */
  upsert(records: VectorRecord[]): Promise<void>;
  /** the closest vectors of the filter's tenant, best first */
  search(vector: number[], filter: VectorFilter, limit: number): Promise<VectorHit[]>;
  delete(tenantId: string, ids: string[]): Promise<void>;
  /** ids present for a tenant among the given ones (used to prove a deletion left no trace, and by reindex) */
  existing(tenantId: string, ids: string[]): Promise<string[]>;
  count(tenantId: string): Promise<number>;
}

/** Records per write call: large enough to amortise round trips, small enough to keep a request body modest. */
export const UPSERT_BATCH_SIZE = 256;

/** The stored vectors have another length than the embedder produces: reindexing into a new collection is needed. */
export class VectorDimensionError extends Error {
  constructor(
    readonly where: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(
      `${where} holds vectors of ${expected} dimensions but ${actual} were given; ` +
        "point EMBEDDING_DIMENSIONS/the embedder at the same size, or use a new collection and run `npm run reindex`",
    );
    this.name = "VectorDimensionError";
  }
}

/** A vector store call failed (down, timed out, refused the request); never answered by a silent fallback. */
export class VectorStoreError extends DependencyUnavailableError {
  constructor(
    readonly store: VectorStore["kind"],
    readonly operation: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super("vector store", `${store} ${operation} failed: ${message}`, options);
    this.name = "VectorStoreError";
  }
}

/**
 * Rejects vectors of the wrong length or with non-finite components before they reach a store. A zero vector
 * (the built-in embedder's answer to a text without features) is allowed: it scores 0 against everything.
 */
export function checkVector(vector: number[], dimensions: number | undefined, where: string): void {
  if (dimensions !== undefined && vector.length !== dimensions)
    throw new VectorDimensionError(where, dimensions, vector.length);
  for (const x of vector)
    if (!Number.isFinite(x)) throw new TypeError(`${where}: vector components must be finite numbers`);
}
