// Each tenant's CV profiles and embeddings held in memory, so ranking thousands of CVs reads no rows.
// Kept fresh by a cheap check per use (count and newest seq): new rows are loaded incrementally, and a
// count that does not add up (a CV deleted by another process) reloads the tenant. Bounded: a tenant unused for
// RANKING_INDEX_IDLE_MS is dropped, and beyond RANKING_INDEX_MAX_BYTES the least recently used tenants go.
import type { Kysely } from "kysely";
import { type RankedCv, rankedCvsAfter, rankedCvsVersion } from "../db/cvs-ranking.ts";
import type { Database } from "../db/schema.ts";
import type { LexicalIndex } from "../lexical/bm25.ts";
import {
  buildLexicalIndex,
  createGrowingLexicalIndex,
  type GrowingLexicalIndex,
} from "../lexical/growing.ts";

interface TenantEntries {
  byId: Map<string, RankedCv>;
  /** the tenant's BM25F index, grown and shrunk with byId (a CV's text never changes under its id) */
  lexical: GrowingLexicalIndex;
  lastSeq: string;
  list: RankedCv[] | null;
  /** when the table was last compared with this copy (ms) */
  checkedAt: number;
  /** what this copy holds in memory, estimated (sizeOf) */
  bytes: number;
  /** when a ranking last read it (ms) */
  usedAt: number;
}

export interface RankingIndexOptions {
  /** bytes (estimated) kept across tenants before the least recently used tenants are dropped */
  maxBytes: number;
  /** a tenant not read for this long is dropped */
  idleMs: number;
  /** the clock, in ms (tests) */
  now?: () => number;
}

/**
 * A CV's cost in memory, estimated: its text twice (the string, and the BM25 postings built from it), its
 * embedding, and a profile (a few hundred short strings).
 */
export const sizeOf = (cv: RankedCv) =>
  (cv.text.length + (cv.name?.length ?? 0) + (cv.headline?.length ?? 0)) * 2 +
  (cv.embedding?.byteLength ?? 0) +
  2_048;

export interface RankingIndex {
  /** every CV of the tenant, current as of this call */
  cvsOf(db: Kysely<Database>, tenantId: string): Promise<RankedCv[]>;
  /** called by this process's writes, so its own changes show at once */
  remember(tenantId: string, cv: RankedCv): void;
  forget(tenantId: string, id: string): void;
  /**
   * the tenant's BM25F index seen through a list `cvsOf` returned (scores in the list's order); the index
   * follows the tenant's CVs as they come and go, so a new upload costs one document, not a rebuild
   */
  lexicalOf(tenantId: string, list: RankedCv[]): LexicalIndex;
  /** tenants held and their estimated bytes, for tests and metrics */
  held(): { tenants: number; bytes: number };
}

/**
 * The fields lexical matching reads, and how much each counts: a word in a job title or the headline weighs
 * three times one in the text, a skill twice. Length normalisation is lighter for the short fields.
 */
export const CV_FIELDS = {
  titles: { weight: 3, b: 0.5 },
  skills: { weight: 2, b: 0.5 },
  text: { weight: 1, b: 0.75 },
};

export function lexicalFieldsOf(
  cv: Pick<RankedCv, "profile" | "text">,
): Record<keyof typeof CV_FIELDS, string> {
  const { profile } = cv;
  const titles = profile.titles ?? (profile.occupations ?? []).map((o) => o.title);
  return { titles: titles.join("\n"), skills: profile.skills.join("\n"), text: cv.text };
}

const LOAD_BATCH = 2_000;
// How long a copy is trusted before the table is asked again. This process's own writes show at once (remember,
// forget); another process's show within this time.
const FRESH_MS = 1_000;

export function createRankingIndex(options: RankingIndexOptions): RankingIndex {
  const now = options.now ?? (() => performance.now());
  const tenants = new Map<string, TenantEntries>();
  // Keyed by the list itself: a list is replaced, never changed, when the tenant's CVs change.
  const views = new WeakMap<RankedCv[], LexicalIndex>();
  const fresh = (): TenantEntries => ({
    byId: new Map(),
    lexical: createGrowingLexicalIndex({ fields: CV_FIELDS }),
    lastSeq: "0",
    list: null,
    checkedAt: 0,
    bytes: 0,
    usedAt: now(),
  });
  const keep = (entries: TenantEntries, cv: RankedCv) => {
    const known = entries.byId.get(cv.id);
    if (!known) entries.lexical.add(cv.id, lexicalFieldsOf(cv));
    entries.bytes += sizeOf(cv) - (known ? sizeOf(known) : 0);
    entries.byId.set(cv.id, cv);
  };
  // Drops idle tenants, then the least recently used ones while over the budget; never the one being read.
  const evict = (current: string) => {
    const at = now();
    let total = 0;
    for (const [tenantId, entries] of tenants) {
      if (tenantId !== current && at - entries.usedAt > options.idleMs) tenants.delete(tenantId);
      else total += entries.bytes;
    }
    if (total <= options.maxBytes) return;
    const byAge = [...tenants].filter(([id]) => id !== current).sort((a, b) => a[1].usedAt - b[1].usedAt);
    for (const [tenantId, entries] of byAge) {
      if (total <= options.maxBytes) break;
      tenants.delete(tenantId);
      total -= entries.bytes;
    }
  };

  async function loadAfter(db: Kysely<Database>, tenantId: string, entries: TenantEntries) {
    for (;;) {
      const rows = await rankedCvsAfter(db, tenantId, entries.lastSeq, LOAD_BATCH);
      for (const { seq, cv } of rows) {
        keep(entries, cv);
        entries.lastSeq = seq;
      }
      if (rows.length > 0) entries.list = null;
      if (rows.length < LOAD_BATCH) return;
    }
  }

  return {
    async cvsOf(db, tenantId) {
      const known = tenants.get(tenantId);
      if (known?.list && performance.now() - known.checkedAt < FRESH_MS) {
        known.usedAt = now();
        evict(tenantId);
        return known.list;
      }
      const { count, newest } = await rankedCvsVersion(db, tenantId);
      let entries = tenants.get(tenantId);
      if (!entries || BigInt(newest) < BigInt(entries.lastSeq)) {
        entries = fresh();
        tenants.set(tenantId, entries);
      }
      if (BigInt(newest) > BigInt(entries.lastSeq)) await loadAfter(db, tenantId, entries);
      if (entries.byId.size !== count) {
        // Something was deleted elsewhere (or raced with this load): start again from the table.
        entries = fresh();
        tenants.set(tenantId, entries);
        await loadAfter(db, tenantId, entries);
      }
      if (entries.lexical.dead > entries.lexical.live) {
        // Mostly removed documents: a fresh index over the live ones is smaller and faster.
        const lexical = createGrowingLexicalIndex({ fields: CV_FIELDS });
        for (const cv of entries.byId.values()) lexical.add(cv.id, lexicalFieldsOf(cv));
        entries.lexical = lexical;
        entries.list = null;
      }
      entries.list ??= [...entries.byId.values()];
      entries.checkedAt = performance.now();
      entries.usedAt = now();
      evict(tenantId);
      return entries.list;
    },
    remember(tenantId, cv) {
      // Only speeds up this process's view; the seq check above still loads the row itself later.
      const entries = tenants.get(tenantId);
      if (entries) {
        keep(entries, cv);
        entries.list = null;
        entries.checkedAt = 0;
      }
    },
    lexicalOf(tenantId, list) {
      let view = views.get(list);
      if (!view) {
        const entries = tenants.get(tenantId);
        // A list this index did not hand out (or an older one) gets an index of its own.
        view =
          entries && entries.list === list
            ? entries.lexical.view(list.map((cv) => cv.id))
            : buildLexicalIndex(
                list.map((cv) => ({ id: cv.id, fields: lexicalFieldsOf(cv) })),
                { fields: CV_FIELDS },
              );
        views.set(list, view);
      }
      return view;
    },
    held() {
      let bytes = 0;
      for (const entries of tenants.values()) bytes += entries.bytes;
      return { tenants: tenants.size, bytes };
    },
    forget(tenantId, id) {
      const entries = tenants.get(tenantId);
      const cv = entries?.byId.get(id);
      if (entries && cv) {
        entries.byId.delete(id);
        entries.bytes -= sizeOf(cv);
        entries.lexical.remove(id);
        entries.list = null;
        entries.checkedAt = 0;
      }
    },
  };
}
