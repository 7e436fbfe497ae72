import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embedText } from "./builtin.ts";

// The built-in embedder must give the edge exactly the vectors it gives Node: both write to one vector
// store. This bundles it with wrangler (as a deploy would) into a tiny Worker and runs it in workerd.
const texts = [
  "Senior Python developer: Django, PostgreSQL, REST APIs, Docker, AWS",
  "Infirmière diplômée d'État, soins intensifs, 8 ans d'expérience",
  "JS/React Entwicklerin, Größe des Teams: 12",
  "",
];
let workdir: string;
let worker: Miniflare;

beforeAll(async () => {
  workdir = mkdtempSync(join(tmpdir(), "cv-embedder-worker-"));
  const builtin = fileURLToPath(new URL("./builtin.ts", import.meta.url));
  writeFileSync(
    join(workdir, "entry.ts"),
    `import { embedText } from ${JSON.stringify(builtin)};
export default {
  async fetch(request: Request) {
    const { texts, dimensions } = (await request.json()) as { texts: string[]; dimensions: number };
    return Response.json(texts.map((text) => embedText(text, dimensions)));
  },
};
`,
  );
  const wrangler = fileURLToPath(new URL("../../node_modules/.bin/wrangler", import.meta.url));
  await promisify(execFile)(
    wrangler,
    [
      "deploy",
      "--dry-run",
      "--outdir",
      "out",
      "--name",
      "embedder",
      "--compatibility-date",
      "2026-04-01",
      "entry.ts",
    ],
    { cwd: workdir, env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" } },
  );
  worker = new Miniflare({
    modules: true,
    script: readFileSync(join(workdir, "out", "entry.js"), "utf8"),
    compatibilityDate: "2026-04-01",
  });
}, 120_000);

afterAll(async () => {
  await worker?.dispose();
  rmSync(workdir, { recursive: true, force: true });
});

describe("the built-in embedder inside workerd", () => {
  it.each([384, 64])("returns the same %i-dimensional vectors as in Node", async (dimensions) => {
    const response = await worker.dispatchFetch("http://embedder/", {
      method: "POST",
      body: JSON.stringify({ texts, dimensions }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(texts.map((text) => embedText(text, dimensions)));
  });
});
