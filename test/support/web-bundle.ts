// What a first visit to the web UI downloads before it can run: the scripts index.html loads (the entry and
// what it preloads), raw and compressed as a server would send them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";

/** the budget the issue sets for the initial JavaScript, gzipped */
export const INITIAL_JS_BUDGET_BYTES = 150 * 1024;

export interface BundleSize {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/** the initial JavaScript of the build in `dir` (vite's output: index.html and assets/) */
export function initialJavaScript(dir: string): BundleSize {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const files = [
    ...html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]*\srel="modulepreload"[^>]*\shref="\/([^"]+)"/g),
  ].map((m) => m[1]!);
  if (files.length === 0) throw new Error(`no script in ${join(dir, "index.html")}`);
  const sizes = files.map((file) => {
    const content = readFileSync(join(dir, file));
    return {
      raw: content.length,
      // gzip level 6 (zlib's default, what nginx and most servers send at their default settings)
      gzip: gzipSync(content, { level: 6 }).length,
      brotli: brotliCompressSync(content).length,
    };
  });
  const sum = (pick: (s: (typeof sizes)[number]) => number) => sizes.reduce((t, s) => t + pick(s), 0);
  return {
    files,
    rawBytes: sum((s) => s.raw),
    gzipBytes: sum((s) => s.gzip),
    brotliBytes: sum((s) => s.brotli),
  };
}
