// Regenerates the test fixture of Qdrant's OpenAPI document: only the operations the Qdrant vector store calls,
// with every component schema they reach, so the emulator validates traffic against Qdrant's own published schemas.
// Usage: tsx scripts/qdrant-openapi-subset.ts [path/to/openapi-<version>.json]
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

/** The operations `shared/vectors/qdrant.ts` (and the readiness probe on the same client) make. */
export const emulatedOperations = [
  "root",
  "get_collection",
  "create_collection",
  "create_field_index",
  "upsert_points",
  "query_points",
  "scroll_points",
  "count_points",
  "delete_points",
] as const;

// the reference document lives beside the repository checkout, never inside it: the fixture is what tests read
const source = resolve(
  process.argv[2] ?? resolve(import.meta.dirname, "../../shared/reference/qdrant/openapi-1.19.0.json"),
);
const target = resolve(import.meta.dirname, "../test/support/qdrant-emulator/qdrant-openapi.subset.json");

interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { operationId?: string }>>;
  components: { schemas: Record<string, unknown> };
}

const document = JSON.parse(readFileSync(source, "utf8")) as OpenApiDocument;
const paths: OpenApiDocument["paths"] = {};
const wanted = new Set<string>(emulatedOperations);
for (const [path, item] of Object.entries(document.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (!operation.operationId || !wanted.has(operation.operationId)) continue;
    wanted.delete(operation.operationId);
    paths[path] = { ...paths[path], [method]: operation };
  }
}
if (wanted.size > 0) throw new Error(`operations missing from ${source}: ${[...wanted].join(", ")}`);

// Follows every "#/components/schemas/<name>" reference from the operations to a fixed point.
const schemas: Record<string, unknown> = {};
const pending: unknown[] = [paths];
while (pending.length > 0) {
  const node = pending.pop();
  if (Array.isArray(node)) pending.push(...node);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") {
        const name = value.replace("#/components/schemas/", "");
        if (name === value) throw new Error(`unsupported reference ${value}`);
        if (!(name in schemas)) {
          const schema = document.components.schemas[name];
          if (schema === undefined) throw new Error(`reference to a missing schema ${value}`);
          schemas[name] = schema;
          pending.push(schema);
        }
      } else pending.push(value);
    }
  }
}

const subset = {
  openapi: document.openapi,
  info: {
    title: `${document.info.title} (subset used by cv-analyzer's Qdrant emulator)`,
    version: document.info.version,
    "x-source": source.split("/").pop(),
    "x-generated-by": "scripts/qdrant-openapi-subset.ts",
  },
  paths,
  components: { schemas: Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))) },
};
writeFileSync(target, `${JSON.stringify(subset, null, 2)}\n`);
// in the layout the repository's formatter keeps, so that a refresh shows only real changes
execFileSync("npx", ["biome", "format", "--write", target], { stdio: "inherit" });
console.log(`${Object.keys(paths).length} paths, ${Object.keys(schemas).length} schemas -> ${target}`);
