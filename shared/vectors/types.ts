// The VectorStore contract: the derived index of CV embeddings, kept in Qdrant or in pgvector, always per tenant.
// PostgreSQL stays the source of truth; everything a store holds can be rebuilt from the cvs table (reindex.ts).
import { DependencyUnavailableError } from "../clients/errors.ts";

/** What a CV's vector carries for filtering. Skills, location and language are matched case-insensitively. */
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

export interface VectorFilter {
  tenantId: string;
  /** every one of these skills must be present (case-insensitive) */
  skills?: string[];
  /** years of experience at least this */
  minYears?: number;
  /**
   * Case-insensitive equality or prefix on whole words, punctuation ignored: "berlin" matches "Berlin" and
   * "Berlin, Germany", "new york" matches "New York, NY"; "ber" and "germany" do not match "Berlin, Germany".
   */
  location?: string;
  /** case-insensitive equality, e.g. "en" */
  language?: string;
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

/** Lower-cased, single-spaced, trimmed: the form skills, locations and languages are compared in. */
export function normalizeTerm(value: string): string {
  return value.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The keys a location filter can hit: the location's words, lower-cased, and every leading run of them, so
 * "Berlin, Germany" yields "berlin germany" and "berlin".
 */
export function locationKeys(location: string | null): string[] {
  if (location === null) return [];
  const words = locationWords(location);
  return words.map((_, i) => words.slice(0, i + 1).join(" "));
}

/** A location as the filter compares it: its words, lower-cased, single-spaced, punctuation dropped. */
export function normalizeLocation(location: string): string {
  return locationWords(location).join(" ");
}

const locationWords = (location: string) =>
  location
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");

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
