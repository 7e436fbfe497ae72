// The production build's lazy JSON modules read exactly as the JSON they stand for: every data module the
// bundle holds, bundled through the plugin and as esbuild bundles JSON by default, compared whole; the data itself
// is a file beside the bundle, not text inside it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { lazyJson } from "./build-server.ts";

const dir = mkdtempSync(join(tmpdir(), "cv-lazy-json-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** a module that imports `file` and reports what each reading operation sees, bundled with or without the plugin */
async function readThrough(file: string, lazy: boolean) {
  const entry = join(dir, `entry-${lazy}.ts`);
  writeFileSync(
    entry,
    `import data from ${JSON.stringify(resolve(file))} with { type: "json" };
export const keys = Object.keys(data);
export const has = keys.every((k) => k in data) && !("__absent__" in data);
export const whole = JSON.stringify(data);
export const entries = Object.entries(data).map(([k, v]) => [k, typeof v]);`,
  );
  const out = join(dir, `out-${lazy}-${file.replaceAll("/", "_")}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "node",
    outfile: out,
    logLevel: "silent",
    plugins: lazy ? [lazyJson] : [],
  });
  return { text: readFileSync(out, "utf8"), module: await import(pathToFileURL(out).href) };
}

describe("lazy JSON modules of the Node bundle", () => {
  it.each([
    "shared/matching/occupations.generated.json",
    "shared/matching/terms/termModel.generated.json",
    "shared/matching/terms/gazetteer.generated.json",
    "shared/analysis/gazetteer.generated.json",
    "shared/taxonomy/skills.json",
  ])("%s reads the same as the JSON, read from a file beside the bundle", async (file) => {
    const eager = await readThrough(file, false);
    const lazy = await readThrough(file, true);
    expect(lazy.text).toContain("JSON.parse(");
    // the data is read from a file in the output folder, named by the module and its content
    const compact = JSON.stringify(JSON.parse(readFileSync(file, "utf8")));
    expect(lazy.text).not.toContain(compact.slice(0, 200));
    const name = file
      .split("/")
      .pop()!
      .replace(/\.json$/, "");
    const beside = readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".json"));
    expect(beside.map((f) => readFileSync(join(dir, f), "utf8"))).toContain(compact);
    for (const name of ["keys", "has", "whole", "entries"])
      expect(lazy.module[name], name).toEqual(eager.module[name]);
    expect(JSON.parse(lazy.module.whole)).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });

  it("leaves small JSON and JSON whose top level is not an object to esbuild", async () => {
    const small = join(dir, "small.json");
    writeFileSync(small, JSON.stringify({ a: 1 }));
    const list = join(dir, "list.json");
    writeFileSync(list, JSON.stringify(Array.from({ length: 20_000 }, (_, i) => `item ${i}`)));
    for (const file of [small, list])
      expect((await readThrough(file, true)).text).not.toContain("JSON.parse(");
  });
});
