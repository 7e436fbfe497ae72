// The web UI's typed client types, generated from web/openapi.json by openapi-typescript. `--check` fails
// when the committed file is not what the document generates (run by npm run lint:openapi).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const target = "web/src/api/openapi.generated.ts";
const check = process.argv.includes("--check");
const dir = mkdtempSync(join(tmpdir(), "cv-web-client-"));
const out = check ? join(dir, "openapi.generated.ts") : target;
const result = spawnSync(
  process.execPath,
  ["node_modules/openapi-typescript/bin/cli.js", "web/openapi.json", "--output", out],
  { stdio: ["ignore", "ignore", "inherit"] },
);
if (result.status !== 0) process.exit(result.status ?? 1);
if (check) {
  const same = readFileSync(out, "utf8") === readFileSync(target, "utf8");
  rmSync(dir, { recursive: true, force: true });
  if (!same) {
    process.stderr.write(`${target} is not what web/openapi.json generates: run npm run openapi\n`);
    process.exit(1);
  }
  process.stdout.write(`${target} is current\n`);
} else process.stdout.write(`wrote ${target}\n`);
