// Catch-up indexing: CVs stored while the vector store was down (indexed_at null) are indexed once it is back.
import type { Clients } from "../clients/types.ts";
import type { Logger } from "../log/logger.ts";
import { reindexVectors } from "../vectors/reindex.ts";
import { servicesFor } from "./context.ts";

/** Runs one pass; returns how many CVs were indexed. Errors are logged, not thrown: the next pass retries. */
export async function catchUpVectors(clients: Clients, log: Logger): Promise<number> {
  const services = servicesFor(clients);
  try {
    await services.vectorsReady();
    const report = await reindexVectors({
      db: clients.db(),
      store: services.vectors,
      embed: (texts) => services.embedder.embed(texts),
      onlyMissing: true,
      batchSize: 64,
    });
    if (report.indexed > 0) log.info("vectors caught up", { indexed: report.indexed });
    return report.indexed;
  } catch (error) {
    log.warn("vector catch-up failed; retrying later", { error });
    return 0;
  }
}

/** Starts the periodic catch-up; returns a function that stops it. */
export function startVectorCatchUp(clients: Clients, log: Logger): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    catchUpVectors(clients, log).finally(() => {
      running = false;
    });
  }, clients.settings.VECTOR_CATCHUP_INTERVAL_MS);
  (timer as { unref?: () => void }).unref?.();
  return () => clearInterval(timer);
}
