// Builds the web UI (vite build web) when web/dist is missing or older than its sources: `npm start` runs it
// first (prestart), so a fresh clone's `npm ci && npm start` serves the UI, and a rebuild costs nothing
// when nothing changed. `--force` builds regardless.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const sources = ["web/index.html", "web/vite.config.ts", "web/src"];
const built = "web/dist/index.html";

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const stale = !existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs;
if (process.argv.includes("--force") || stale) {
  process.stdout.write("cv-analyzer: building the web UI (web/dist)\n");
  const result = spawnSync(
    process.execPath,
    ["node_modules/vite/bin/vite.js", "build", "web", "--logLevel", "warn"],
    {
      stdio: "inherit",
    },
  );
  process.exit(result.status ?? 1);
}
