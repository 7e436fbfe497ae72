// How a worker thread of this project is started. From the sources (npm start, tests) the thread loads its
// TypeScript entry through tsx's loader, as the process does; from the compiled bundle (dist/node.mjs) it runs the
// entry's .mjs, built beside the bundle (scripts/build-server.ts), so no TypeScript loader is needed at run time.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const BOOTSTRAP = `
const { workerData } = require("node:worker_threads");
import(workerData.tsx).then(({ register }) => { register(); return import(workerData.entry); });
`;

export interface ThreadScript {
  script: string | URL;
  eval: boolean;
  workerData?: { tsx: string; entry: string };
}

/** `name` is the entry's file name without extension, beside this module: "analysis-worker.node" */
export function threadScript(name: string): ThreadScript {
  if (!import.meta.url.endsWith(".ts"))
    return { script: new URL(`./${name}.mjs`, import.meta.url), eval: false };
  const require = createRequire(import.meta.url);
  const tsxPackage = require.resolve("tsx/package.json");
  const tsxApi = (require(tsxPackage) as { exports: Record<string, { import: { default: string } }> })
    .exports["./esm/api"].import.default;
  return {
    script: BOOTSTRAP,
    eval: true,
    workerData: {
      tsx: new URL(tsxApi, pathToFileURL(tsxPackage)).href,
      entry: new URL(`./${name}.ts`, import.meta.url).href,
    },
  };
}
