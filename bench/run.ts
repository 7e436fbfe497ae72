// Runs every bench/*.bench.ts that exports run(), one after another, each in its own Node process so that one
// bench's caches, open handles and JIT state do not colour the next; prints the machine and command once.
// Run: npm run bench [-- --only <name>[,<name>...]]   (name = file name without .bench.ts, e.g. ranking)
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describeMachine, loadAverage } from "./_report.ts";

const BENCH_DIR = fileURLToPath(new URL(".", import.meta.url));

function parseOnly(args: string[]): string[] | null {
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--only" && args[i + 1]) names.push(...args[++i].split(","));
    else if (arg.startsWith("--only=")) names.push(...arg.slice("--only=".length).split(","));
    else throw new Error(`unknown argument ${arg}; use --only <name>[,<name>...]`);
  }
  return names.length > 0 ? names.map((n) => n.trim().replace(/\.bench\.ts$/, "")) : null;
}

/** bench files whose source exports a run() function, by name */
function benches(): { name: string; file: string }[] {
  return readdirSync(BENCH_DIR)
    .filter((file) => file.endsWith(".bench.ts"))
    .sort()
    .map((file) => ({ name: basename(file, ".bench.ts"), file: join(BENCH_DIR, file) }))
    .filter(({ file }) => /export\s+(async\s+)?function\s+run\s*\(/.test(readFileSync(file, "utf8")));
}

function runInChild(file: string): Promise<number> {
  const child = spawn(process.execPath, ["--import", "tsx", file], { stdio: "inherit" });
  return new Promise((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
}

async function main() {
  const only = parseOnly(process.argv.slice(2));
  const available = benches();
  const unknown = (only ?? []).filter((name) => !available.some((b) => b.name === name));
  if (unknown.length > 0) {
    console.error(
      `no bench named ${unknown.join(", ")}; there are: ${available.map((b) => b.name).join(", ")}`,
    );
    process.exit(2);
  }
  const selected = available.filter((b) => !only || only.includes(b.name));
  console.log(`command: npm run bench${only ? ` -- --only ${only.join(",")}` : ""}`);
  console.log(`machine: ${describeMachine()}`);
  console.log(`load average (1/5/15 min) at start: ${loadAverage()}`);
  console.log(`benches: ${selected.map((b) => b.name).join(", ")}`);
  const failed: string[] = [];
  for (const bench of selected) {
    console.log(`\n=== ${bench.name} (${new Date().toISOString()}) ===`);
    const started = performance.now();
    const code = await runInChild(bench.file);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(`=== ${bench.name}: ${code === 0 ? "done" : `failed (exit ${code})`} in ${seconds} s ===`);
    if (code !== 0) failed.push(bench.name);
  }
  console.log(`\nload average (1/5/15 min) at end: ${loadAverage()}`);
  if (failed.length > 0) {
    console.error(`failed: ${failed.join(", ")}`);
    process.exit(1);
  }
}

await main();
