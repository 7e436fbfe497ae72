// `npm run reindex`: rebuilds the vector index from PostgreSQL with the configured embedder and vector store.
// Options: --tenant <id> (one tenant), --only-missing (CVs whose indexed_at is null), --batch-size <n> (default 64).
import { parseArgs } from "node:util";
import { createNodeClients } from "../shared/clients/node.ts";
import { loadSettings } from "../shared/config/settings.ts";
import { migrateToLatest } from "../shared/db/migrations.ts";
import { createEmbedder } from "../shared/embeddings/select.ts";
import { reindexVectors } from "../shared/vectors/reindex.ts";
import { selectVectorStore } from "../shared/vectors/select.ts";

const { values } = parseArgs({
  options: {
    tenant: { type: "string" },
    "only-missing": { type: "boolean", default: false },
    "batch-size": { type: "string", default: "64" },
  },
});
const batchSize = Number(values["batch-size"]);
if (!Number.isInteger(batchSize) || batchSize < 1) {
  console.error(`--batch-size expects a positive integer, got ${values["batch-size"]}`);
  process.exit(2);
}

const settings = loadSettings(process.env);
const clients = createNodeClients(settings);
try {
  const db = clients.db();
  await migrateToLatest(db);
  const embedder = createEmbedder(settings);
  const store = selectVectorStore(clients, settings);
  await store.ensureCollection(embedder.dimensions);
  const started = performance.now();
  console.error(
    `reindexing ${values.tenant ? `tenant ${values.tenant}` : "every tenant"}${values["only-missing"] ? " (only CVs not indexed yet)" : ""} ` +
      `into ${store.kind} with the ${embedder.name} embedder (${embedder.dimensions} dimensions)`,
  );
  const report = await reindexVectors({
    db,
    store,
    embed: (texts) => embedder.embed(texts),
    tenantId: values.tenant,
    onlyMissing: values["only-missing"],
    batchSize,
    onBatch: (progress) => console.error(`  ${progress.indexed} CVs indexed`),
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify({
      ...report,
      store: store.kind,
      embedder: embedder.name,
      seconds: Math.round(seconds * 10) / 10,
    }),
  );
  if (report.changedMeanwhile > 0)
    console.error(
      `${report.changedMeanwhile} CVs changed during the run; run again with --only-missing to index their new text`,
    );
} catch (error) {
  console.error(`reindex failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await clients.close();
}
