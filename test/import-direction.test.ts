// The direction rules in biome.json (noRestrictedImports per folder) fail on an import against the direction:
// the project's own configuration is run over a scratch tree of one-import files placed in each folder.
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const biome = join(root, "node_modules", ".bin", "biome");

// [file placed at, what it imports, refused by the rules]
const cases: [string, string, boolean][] = [
  ["shared/analysis/probe-db.ts", "../db/cvs.ts", true],
  ["shared/analysis/probe-kysely.ts", "kysely", true],
  ["shared/matching/probe-services.ts", "../services/rank.ts", true],
  ["shared/matching/probe-clients.ts", "../clients/types.ts", true],
  ["shared/taxonomy/probe-functions.ts", "../../functions/app.ts", true],
  ["shared/matching/probe-taxonomy.ts", "../taxonomy/index.ts", false],
  ["shared/analysis/extract/probe-analysis.ts", "../dates.ts", false],
  ["shared/services/probe-functions.ts", "../../functions/app.ts", true],
  ["shared/services/probe-test.ts", "../../test/support/api.ts", true],
  ["shared/http/probe-cli.ts", "../../cli/analyze.node.ts", true],
  ["shared/services/probe-db.ts", "../db/cvs.ts", false],
  ["shared/vectors/probe-services.ts", "../services/context.ts", true],
  ["shared/db/probe-http.ts", "../http/errors.ts", true],
  ["shared/vectors/probe-db.ts", "../db/vectors-pgvector.ts", false],
  ["shared/services/probe-test.test.ts", "../../test/support/api.ts", false],
  ["functions/cvs/probe-pg.ts", "pg", true],
  ["functions/cvs/probe-node.ts", "node:fs", true],
  ["functions/cvs/probe-test.ts", "../../test/support/api.ts", true],
  ["functions/cvs/probe-hono.ts", "hono", false],
  ["functions/cvs/probe-hono-sub.ts", "hono/body-limit", false],
  ["functions/cvs/probe-zod.ts", "zod", false],
  ["functions/cvs/probe-shared.ts", "../../shared/db/cvs.ts", false],
  ["functions/_entries/probe-node.ts", "node:http", false],
];

let scratch: string;
let refused: Set<string>;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "cv-analyzer-imports-"));
  await copyFile(join(root, "biome.json"), join(scratch, "biome.json"));
  for (const [file, source] of cases) {
    await mkdir(join(scratch, dirname(file)), { recursive: true });
    await writeFile(
      join(scratch, file),
      `import * as imported from "${source}";\n\nexport const used = imported;\n`,
    );
  }
  const { stdout } = await promisify(execFile)(biome, ["lint", "--reporter=json", "shared", "functions"], {
    cwd: scratch,
  }).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
  const report = JSON.parse(stdout) as {
    diagnostics: { category: string; location: { path: string } }[];
  };
  refused = new Set(
    report.diagnostics
      .filter((d) => d.category === "lint/style/noRestrictedImports")
      .map((d) => d.location.path),
  );
}, 60_000);
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe("import direction rules", () => {
  it.each(cases)("%s importing %s: refused %s", (file, _source, expected) => {
    expect(refused.has(file)).toBe(expected);
  });
});
