// Builds the web UI (vite build web) when web/dist is missing or older than its sources: `npm start` runs it
// first (prestart) and wrangler.toml's [build] runs it for `wrangler dev` and `deploy`, so a fresh clone
// serves the UI, and a rebuild costs nothing when nothing changed. `--force` builds regardless. Several at
// once (test processes bundling the Worker in parallel) take turns through a lock folder, and each build
// lands whole: it is made beside web/dist and renamed into place.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

const sources = ["web/index.html", "web/vite.config.ts", "web/src"];
const dist = "web/dist";
const lock = "web/.dist-build.lock";
const STALE_LOCK_MS = 120_000;

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const stale = () =>
  !existsSync(join(dist, "index.html")) ||
  Math.max(...sources.map(newest)) > statSync(join(dist, "index.html")).mtimeMs;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function withLock<T>(work: () => T): T {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // a build that died holding the lock does not hold it for ever
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else sleep(200);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const force = process.argv.includes("--force");
if (force || stale()) {
  const status = withLock(() => {
    // another process may have built it while this one waited
    if (!force && !stale()) return 0;
    process.stdout.write("cv-analyzer: building the web UI (web/dist)\n");
    const next = `web/.dist-${process.pid}`;
    const vite = "node_modules/vite/bin/vite.js";
    const result = spawnSync(
      process.execPath,
      [vite, "build", "web", "--outDir", `.dist-${process.pid}`, "--emptyOutDir", "--logLevel", "warn"],
      { stdio: "inherit" },
    );
    if (result.status !== 0) {
      rmSync(next, { recursive: true, force: true });
      return result.status ?? 1;
    }
    rmSync(dist, { recursive: true, force: true });
    renameSync(next, dist);
    return 0;
  });
  process.exit(status);
}
