// Runs the real Workers bundle inside workerd through Miniflare: built once per test process by wrangler.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Miniflare } from "miniflare";
import { unstable_getMiniflareWorkerOptions } from "wrangler";

let bundle: Promise<string> | undefined;

/** Bundles functions/_entries/worker.ts exactly as `wrangler deploy` would, and returns the script. */
export function buildWorkerBundle(): Promise<string> {
  bundle ??= (async () => {
    const outdir = mkdtempSync(join(tmpdir(), "cv-worker-"));
    await promisify(execFile)("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], {
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "1" },
      maxBuffer: 16 * 1024 * 1024,
    });
    return readFileSync(join(outdir, "worker.js"), "utf8");
  })();
  return bundle;
}

// Miniflare's Hyperdrive insists on a password; the local server trusts loopback and ignores it.
function withPassword(url: string): string {
  const parsed = new URL(url);
  if (!parsed.password) parsed.password = "unused";
  return parsed.toString();
}

/** wrangler.toml's [assets] as wrangler hands them to Miniflare, serving the files in `directory` */
function assetsFromWranglerToml(directory: string) {
  const { assets } = unstable_getMiniflareWorkerOptions("wrangler.toml").workerOptions;
  if (!assets) throw new Error("wrangler.toml has no [assets]");
  return { assets: { ...assets, directory } };
}

export async function startWorker(
  options: {
    bindings?: Record<string, string>;
    hyperdrive?: string;
    assetsDirectory?: string;
    ingestQueue?: string;
  } = {},
) {
  const script = await buildWorkerBundle();
  return new Miniflare({
    ...(options.assetsDirectory ? assetsFromWranglerToml(options.assetsDirectory) : {}),
    modules: true,
    script,
    compatibilityDate: "2026-04-01",
    compatibilityFlags: ["nodejs_compat"],
    bindings: { LOG_LEVEL: "warn", ...options.bindings },
    ...(options.hyperdrive ? { hyperdrives: { HYPERDRIVE: withPassword(options.hyperdrive) } } : {}),
    // Cloudflare Queues as Miniflare runs them: the Worker is the producer and the consumer of its queue.
    ...(options.ingestQueue
      ? {
          queueProducers: { INGEST_QUEUE: options.ingestQueue },
          queueConsumers: { [options.ingestQueue]: { maxBatchSize: 5, maxBatchTimeout: 1, maxRetries: 5 } },
        }
      : {}),
  });
}
