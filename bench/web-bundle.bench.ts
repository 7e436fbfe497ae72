// The web UI's initial JavaScript against its budget (150 KB gzipped): builds the UI as npm run build:web does
// and reports what index.html makes the browser download before the app runs, raw, gzip and brotli. Size,
// not time: the figures do not move with the machine's load.
// Run: npx tsx bench/web-bundle.bench.ts
import { fileURLToPath } from "node:url";
import { buildWebUi } from "../test/support/process.ts";
import { INITIAL_JS_BUDGET_BYTES, initialJavaScript } from "../test/support/web-bundle.ts";
import { describeMachine, loadAverage } from "./_report.ts";

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function run() {
  console.log("command: npx tsx bench/web-bundle.bench.ts");
  console.log(`machine: ${describeMachine()}; load average: ${loadAverage()}`);
  const started = performance.now();
  const web = buildWebUi();
  const buildSeconds = ((performance.now() - started) / 1000).toFixed(1);
  try {
    const size = initialJavaScript(web.dir);
    const share = ((size.gzipBytes / INITIAL_JS_BUDGET_BYTES) * 100).toFixed(0);
    console.log(`files: ${size.files.join(", ")}`);
    console.log(
      `initial JavaScript: ${kb(size.rawBytes)} raw, ${kb(size.gzipBytes)} gzip (level 6), ${kb(size.brotliBytes)} brotli`,
    );
    console.log(
      `budget: ${kb(INITIAL_JS_BUDGET_BYTES)} gzipped; used ${share} % (${size.gzipBytes <= INITIAL_JS_BUDGET_BYTES ? "within" : "OVER"})`,
    );
    console.log(`build (vite build): ${buildSeconds} s`);
  } finally {
    web.remove();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
