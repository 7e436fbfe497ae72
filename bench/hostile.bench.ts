// Times every hostile case (scripts/hostile) through the analysis thread pool, and every text-facing function
// over 1 MB of each adversarial construct in-process, with the process's peak resident memory.
// Run: npx tsx bench/hostile.bench.ts   (bench/run.ts calls run())
import { pathToFileURL } from "node:url";
import { adversarialTexts, hostileCases } from "../scripts/hostile/cases.ts";
import { normalizeText } from "../shared/analysis/analyzeText.ts";
import { AnalysisError } from "../shared/analysis/errors.ts";
import { classifyText } from "../shared/analysis/extract/detectType.ts";
import { htmlToText, markdownToText } from "../shared/analysis/extract/markup.ts";
import { analyzeText } from "../shared/analysis/index.ts";
import { redactAnalysis } from "../shared/analysis/redact.ts";
import { joinWrappedListLines } from "../shared/analysis/wrappedLines.ts";
import { createThreadAnalysisPool } from "../shared/clients/analysis-pool.node.ts";
import { loadSettings } from "../shared/config/settings.ts";
import { analysisLimitsOf } from "../shared/services/ingest.ts";
import { describeMachine, loadAverage } from "./_report.ts";

const COMMAND = "npx tsx bench/hostile.bench.ts";
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function throughThePool() {
  const settings = loadSettings({});
  const pool = createThreadAnalysisPool({
    size: 1,
    memoryMb: settings.ANALYSIS_MEMORY_MB,
    deadlineMs: settings.ANALYSIS_TIMEOUT_MS,
  });
  const limits = analysisLimitsOf(settings);
  // One ordinary job first, so that the thread's start-up is not charged to the first case.
  await pool.analyze({
    bytes: new TextEncoder().encode("Jane Doe\njane@example.com"),
    asText: true,
    options: { asOf: "2026-11" },
  });
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 50);
  console.log(
    `deadline ${settings.ANALYSIS_TIMEOUT_MS} ms, heap cap ${settings.ANALYSIS_MEMORY_MB} MB, one thread`,
  );
  console.log("| case | bytes | outcome | ms |\n| --- | ---: | --- | ---: |");
  for (const c of hostileCases()) {
    const bytes = c.bytes;
    const started = performance.now();
    const outcome = await pool
      .analyze({ bytes, asText: c.kind === "text", options: { asOf: "2026-11", limits } })
      .then(
        () => "ok",
        (error) => (error instanceof AnalysisError ? error.code : `error: ${error}`),
      );
    const flag = c.expect.includes(outcome as never) ? "" : " (unexpected)";
    console.log(
      `| ${c.name} | ${bytes.length} | ${outcome}${flag} | ${(performance.now() - started).toFixed(0)} |`,
    );
  }
  clearInterval(sampler);
  console.log(`threads replaced ${pool.state().replaced}; peak process RSS ${mib(peakRss)}`);
  await pool.close();
}

function inProcess() {
  const small = analyzeText("Jane Doe\njane@example.com\n\nSkills\nGo", { asOf: "2026-11" });
  const functions: [string, (text: string) => unknown][] = [
    ["classifyText", classifyText],
    ["htmlToText", htmlToText],
    ["markdownToText", markdownToText],
    ["normalizeText", normalizeText],
    ["joinWrappedListLines", joinWrappedListLines],
    ["redactAnalysis", (text) => redactAnalysis({ ...small, text })],
  ];
  console.log(`\n| 1 MB of | ${functions.map(([name]) => `${name} ms`).join(" | ")} |`);
  console.log(`| --- | ${functions.map(() => "---:").join(" | ")} |`);
  for (const [name, text] of adversarialTexts()) {
    const times = functions.map(([, fn]) => {
      const started = performance.now();
      fn(text);
      return (performance.now() - started).toFixed(0);
    });
    console.log(`| ${name} | ${times.join(" | ")} |`);
  }
}

export async function run(): Promise<void> {
  console.log(`command: ${COMMAND}\nmachine: ${describeMachine()}\nload: ${loadAverage()}`);
  await throughThePool();
  inProcess();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
