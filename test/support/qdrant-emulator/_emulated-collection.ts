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
    const matches = compileFilter(filter);
    return [...this.points.values()].filter(matches).sort((a, b) => compareIds(a.id, b.id));
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

type Predicate = (point: StoredPoint) => boolean;

/** Turns a Qdrant filter into a predicate up front, so an unsupported condition fails even on an empty collection. */
function compileFilter(filter: unknown): Predicate {
  if (filter === undefined || filter === null) return () => true;
  const f = filter as Json;
  if (f.min_should !== undefined && f.min_should !== null) throw new NotEmulated("min_should");
  const must = asArray(f.must).map(compileCondition);
  const should = asArray(f.should).map(compileCondition);
  const mustNot = asArray(f.must_not).map(compileCondition);
  return (point) =>
    must.every((c) => c(point)) &&
    (should.length === 0 || should.some((c) => c(point))) &&
    !mustNot.some((c) => c(point));
}

function compileCondition(condition: unknown): Predicate {
  const c = condition as Json;
  if ("has_id" in c) {
    const wanted = new Set((c.has_id as PointId[]).map((id) => idKey(canonicalId(id))));
    return (point) => wanted.has(idKey(point.id));
  }
  if ("must" in c || "should" in c || "must_not" in c || "min_should" in c) return compileFilter(c);
  if (typeof c.key !== "string") throw new NotEmulated(`condition ${JSON.stringify(c)}`);
  if (c.key.includes(".") || c.key.includes("[")) throw new NotEmulated(`nested payload keys (${c.key})`);
  const set = Object.keys(c).filter((k) => k !== "key" && c[k] !== null && c[k] !== undefined);
  if (set.length !== 1 || !["match", "range"].includes(set[0]))
    throw new NotEmulated(`field condition ${JSON.stringify(c)}`);
  const key = c.key;
  // an array payload value matches when any of its elements does
  const test = c.match ? compileMatch(c.match as Json) : compileRange(c.range as Json);
  return (point) => test(asArray(point.payload[key]));
}

function compileMatch(match: Json): (values: unknown[]) => boolean {
  if ("value" in match) return (values) => values.includes(match.value);
  if ("any" in match) return (values) => values.some((v) => (match.any as unknown[]).includes(v));
  if ("except" in match) return (values) => !values.some((v) => (match.except as unknown[]).includes(v));
  throw new NotEmulated(`match ${JSON.stringify(match)}`);
}

function compileRange(range: Json): (values: unknown[]) => boolean {
  if (Object.values(range).some((v) => typeof v === "string")) throw new NotEmulated("datetime ranges");
  const bound = (name: string) => (typeof range[name] === "number" ? (range[name] as number) : undefined);
  const [gt, gte, lt, lte] = [bound("gt"), bound("gte"), bound("lt"), bound("lte")];
  return (values) =>
    values.some(
      (v) =>
        typeof v === "number" &&
        (gt === undefined || v > gt) &&
        (gte === undefined || v >= gte) &&
        (lt === undefined || v < lt) &&
        (lte === undefined || v <= lte),
    );
}
