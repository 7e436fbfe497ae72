// The Node production build (`npm run build:server`): esbuild bundles the entry, the analysis and database threads and
// the keys and reindex commands into one folder (dist/ unless given), as plain ESM for `node`.
// Large JSON data modules (the taxonomy, gazetteers, occupations, the term model: 3.5 MB) are written beside the
// bundles as their own files and read and parsed on first use: bundled as object literals, every process built all
// of them at start-up, whether it ever ranked, parsed a job or read a place; bundled as string literals, every
// process still held their text in its copy of the bundle's source (see bench/README.md, cold start).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";

/** JSON modules at least this large are read on first use; smaller ones are bundled as they are */
const LAZY_JSON_BYTES = 64 * 1024;

/**
 * A JSON module whose top level is an object becomes a file in the output folder (named by its content) and a
 * stand-in that reads and parses that file when a property is first read. Every reading operation goes to the
 * parsed object, so the modules that import it see no difference.
 */
export const lazyJson: Plugin = {
  name: "lazy-json",
  setup(builder) {
    const { outdir, outfile } = builder.initialOptions;
    const folder = outdir ?? (outfile ? dirname(outfile) : undefined);
    builder.onLoad({ filter: /\.json$/ }, ({ path }) => {
      const text = readFileSync(path, "utf8");
      if (text.length < LAZY_JSON_BYTES || !text.trimStart().startsWith("{")) return undefined;
      if (!folder)
        throw new Error("lazy-json: the build needs an outdir or outfile to write the data beside");
      const compact = JSON.stringify(JSON.parse(text));
      const hash = createHash("sha256").update(compact).digest("hex").slice(0, 8).toUpperCase();
      const file = `${basename(path, ".json")}-${hash}.json`;
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, file), compact);
      return {
        loader: "js",
        contents: `import { readFileSync } from "node:fs";
let value;
const load = () => (value ??= JSON.parse(readFileSync(new URL(${JSON.stringify(`./${file}`)}, import.meta.url), "utf8")));
export default new Proxy({}, {
  get: (_, key) => Reflect.get(load(), key),
  has: (_, key) => Reflect.has(load(), key),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(load(), key),
  set: (_, key, v) => Reflect.set(load(), key, v),
  defineProperty: (_, key, d) => Reflect.defineProperty(load(), key, d),
  deleteProperty: (_, key) => Reflect.deleteProperty(load(), key),
});
`,
      };
    });
  },
};

export async function buildServer(outdir: string) {
  await build({
    entryPoints: [
      "functions/_entries/node.ts",
      "functions/_entries/node-main.ts",
      "shared/clients/analysis-worker.node.ts",
      "shared/clients/pglite-thread.node.ts",
      "scripts/keys.ts",
      "scripts/reindex.ts",
    ],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    // Code the entries share goes to chunks, and a dynamic import gets a chunk of its own: a queue process or the
    // cluster's primary does not load the HTTP app (node-main.ts imports it only where it serves).
    splitting: true,
    packages: "external",
    sourcemap: true,
    outdir,
    entryNames: "[name]",
    outExtension: { ".js": ".mjs" },
    plugins: [lazyJson],
    logLevel: "warning",
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href)
  await buildServer(process.argv[2] ?? "dist");
