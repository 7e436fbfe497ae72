// The work after a CV's row is committed: bump its tenant's cached-results generation, write its vector and
// mark the row indexed. CVs that finish while a previous round is being written (queue tasks, uploads) are
// written together in the next round: one vector upsert, one update per tenant and one cache bump per tenant
// for all of them. Each caller still waits for its own round, so an upload answers (and a queue task ends)
// only once its CV can be found, as before.
import type { Kysely } from "kysely";
import type { Cache } from "../cache/types.ts";
import { markIndexed } from "../db/cvs.ts";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../log/logger.ts";
import type { VectorRecord, VectorStore } from "../vectors/types.ts";
import { bestEffort } from "./best-effort.ts";

export interface IndexWrites {
  /**
   * Resolves once the round holding this CV is written. Rejects when the vector store failed (the row keeps
   * indexed_at null and the catch-up writes it later); a cache that is down is logged, never an error.
   */
  write(tenantId: string, record: VectorRecord): Promise<void>;
}

interface Pending {
  tenantId: string;
  record: VectorRecord;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface IndexWritesDeps {
  db: () => Kysely<Database>;
  vectors: VectorStore;
  vectorsReady: () => Promise<void>;
  cache: Cache;
  log?: Logger;
}

export function createIndexWrites(deps: IndexWritesDeps): IndexWrites {
  let pending: Pending[] = [];
  let writing = false;

  const writeRound = async (round: Pending[]) => {
    const tenants = [...new Set(round.map((p) => p.tenantId))];
    let failure: { error: unknown } | null = null;
    try {
      await deps.vectorsReady();
      await deps.vectors.upsert(round.map((p) => p.record));
      const db = deps.db();
      for (const tenantId of tenants)
        await markIndexed(
          db,
          tenantId,
          round.filter((p) => p.tenantId === tenantId).map((p) => p.record.id),
        );
    } catch (error) {
      failure = { error };
    }
    // After the vectors: a search cached in between would otherwise miss these CVs until its TTL.
    await Promise.all(
      tenants.map((tenantId) =>
        bestEffort(() => deps.cache.invalidateResults(tenantId), deps.log, "invalidating cached results"),
      ),
    );
    for (const p of round) {
      if (failure) p.reject(failure.error);
      else p.resolve();
    }
  };

  const drain = async () => {
    writing = true;
    try {
      // Let the callers of this turn of the event loop join the first round.
      await Promise.resolve();
      while (pending.length > 0) {
        const round = pending;
        pending = [];
        await writeRound(round);
      }
    } finally {
      writing = false;
    }
  };

  return {
    write(tenantId, record) {
      return new Promise<void>((resolve, reject) => {
        pending.push({ tenantId, record, resolve, reject });
        if (!writing) void drain();
      });
    },
  };
}
