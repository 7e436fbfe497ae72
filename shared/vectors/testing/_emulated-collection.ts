// One emulated Qdrant collection in memory: points, cosine scoring and the filter semantics the store relies on.
// Anything valid in Qdrant but not emulated here throws NotEmulated, which the emulator reports as a failure.

export type PointId = string | number;
export type Json = Record<string, unknown>;

export interface StoredPoint {
  id: PointId;
  /** normalized at insert, as Qdrant does for the Cosine distance */
  vector: number[];
  payload: Json;
  version: number;
}

export class NotEmulated extends Error {
  constructor(what: string) {
    super(`not emulated: ${what}`);
    this.name = "NotEmulated";
  }
}

/** Qdrant's answer to a request it refuses (HTTP status and its error text). */
export class QdrantRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** UUIDs are compared in Qdrant's canonical form: lower-case with hyphens. */
export function canonicalId(id: PointId): PointId {
  if (typeof id === "number") return id;
  const hex = id.replace(/-/g, "").toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const idKey = (id: PointId) => `${typeof id}:${canonicalId(id)}`;

/** Qdrant orders integer ids before UUIDs, each by value. */
export function compareIds(a: PointId, b: PointId): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1;
  if (typeof b === "number") return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const asArray = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

export class EmulatedCollection {
  readonly points = new Map<string, StoredPoint>();
  readonly payloadIndexes = new Map<string, { data_type: string; params: Json | null }>();
  private version = 0;

  constructor(
    readonly size: number,
    readonly shardNumber: number,
    readonly replicationFactor: number,
  ) {}

  nextVersion(): number {
    this.version += 1;
    return this.version;
  }

  upsert(id: PointId, vector: unknown, payload: Json | null): void {
    if (!Array.isArray(vector) || vector.some((x) => typeof x !== "number"))
      throw new NotEmulated("named, multi or inferred vectors");
    if (vector.length !== this.size)
      throw new QdrantRefusal(
        400,
        `Wrong input: Vector dimension error: expected dim: ${this.size}, got ${vector.length}`,
      );
    const canonical = canonicalId(id);
    this.points.set(idKey(canonical), {
      id: canonical,
      vector: normalize(vector as number[]),
      payload: payload ?? {},
      version: this.version,
    });
  }

  deleteIds(ids: PointId[]): void {
    for (const id of ids) this.points.delete(idKey(id));
  }

  /** The points a Qdrant filter selects, in id order. */
  select(filter: unknown): StoredPoint[] {
    return [...this.points.values()]
      .filter((p) => matchesFilter(p, filter))
      .sort((a, b) => compareIds(a.id, b.id));
  }

  score(query: number[], point: StoredPoint): number {
    if (query.length !== this.size)
      throw new QdrantRefusal(
        400,
        `Wrong input: Vector dimension error: expected dim: ${this.size}, got ${query.length}`,
      );
    const q = normalize(query);
    let dot = 0;
    for (let i = 0; i < q.length; i++) dot += q[i] * point.vector[i];
    return Math.fround(dot);
  }
}

function normalize(vector: number[]): number[] {
  const norm = Math.hypot(...vector);
  // Qdrant leaves a zero vector as it is; its cosine with anything is then 0
  return norm === 0 ? vector.map(Math.fround) : vector.map((x) => Math.fround(x / norm));
}

function matchesFilter(point: StoredPoint, filter: unknown): boolean {
  if (filter === undefined || filter === null) return true;
  const f = filter as Json;
  if (f.min_should !== undefined && f.min_should !== null) throw new NotEmulated("min_should");
  const must = asArray(f.must);
  const should = asArray(f.should);
  const mustNot = asArray(f.must_not);
  return (
    must.every((c) => matchesCondition(point, c)) &&
    (should.length === 0 || should.some((c) => matchesCondition(point, c))) &&
    !mustNot.some((c) => matchesCondition(point, c))
  );
}

function matchesCondition(point: StoredPoint, condition: unknown): boolean {
  const c = condition as Json;
  if ("has_id" in c) return (c.has_id as PointId[]).some((id) => idKey(canonicalId(id)) === idKey(point.id));
  if ("must" in c || "should" in c || "must_not" in c || "min_should" in c) return matchesFilter(point, c);
  if (typeof c.key !== "string") throw new NotEmulated(`condition ${JSON.stringify(c)}`);
  if (c.key.includes(".") || c.key.includes("[")) throw new NotEmulated(`nested payload keys (${c.key})`);
  const used = ["match", "range"].filter((k) => c[k] !== undefined && c[k] !== null);
  const other = Object.keys(c).filter(
    (k) => k !== "key" && !used.includes(k) && c[k] !== null && c[k] !== undefined,
  );
  if (other.length > 0 || used.length !== 1) throw new NotEmulated(`field condition ${JSON.stringify(c)}`);
  // an array payload value matches when any of its elements does
  const values = asArray(point.payload[c.key]);
  if (c.match) return matchValue(values, c.match as Json);
  return matchRange(values, c.range as Json);
}

function matchValue(values: unknown[], match: Json): boolean {
  if ("value" in match) return values.includes(match.value);
  if ("any" in match) return values.some((v) => (match.any as unknown[]).includes(v));
  if ("except" in match) return !values.some((v) => (match.except as unknown[]).includes(v));
  throw new NotEmulated(`match ${JSON.stringify(match)}`);
}

function matchRange(values: unknown[], range: Json): boolean {
  const bound = (name: string) => (typeof range[name] === "number" ? (range[name] as number) : undefined);
  if (Object.values(range).some((v) => typeof v === "string")) throw new NotEmulated("datetime ranges");
  const [gt, gte, lt, lte] = [bound("gt"), bound("gte"), bound("lt"), bound("lte")];
  return values.some(
    (v) =>
      typeof v === "number" &&
      (gt === undefined || v > gt) &&
      (gte === undefined || v >= gte) &&
      (lt === undefined || v < lt) &&
      (lte === undefined || v <= lte),
  );
}
