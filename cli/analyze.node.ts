// The cv-analyzer command line: `cv-analyzer analyze <file> [--redact] [--format json|jsonresume] [--out f.json]`.
// The one module of the engine that touches the file system, the process and the clock.
import { writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import process from "node:process";
import { parseArgs } from "node:util";
import { AnalysisError, analyzeDocument } from "../shared/analysis/index.ts";
import { toJsonResume } from "../shared/analysis/jsonresume.ts";
import { redactAnalysis } from "../shared/analysis/redact.ts";

const USAGE = `Usage: cv-analyzer analyze <file> [--redact] [--format json|jsonresume] [--region DE] [--as-of YYYY-MM] [--out <file.json>]

Prints the analysis of a CV (PDF, DOCX, TXT, Markdown or HTML) as JSON, or writes it to --out: through
\`npm run analyze\`, npm prints its own banner on standard output (use --out, \`npm run -s\`, or \`npx cv-analyzer\`).
Exit codes: 0 analysed, 1 usage error, 2 the file could not be analysed.`;

function currentMonth(): string {
  const now = new Date();
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
}

// Where the JSON goes: standard output, or the --out file.
let writeJson = (text: string) => {
  process.stdout.write(text);
};

function fail(code: string, message: string, exitCode: number): never {
  writeJson(`${JSON.stringify({ error: { code, message } })}\n`);
  process.exit(exitCode);
}

async function main(argv: string[]): Promise<void> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        redact: { type: "boolean", default: false },
        format: { type: "string", default: "json" },
        region: { type: "string" },
        "as-of": { type: "string" },
        out: { type: "string", short: "o" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(1);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const [command, file] = positionals;
  if (command !== "analyze" || !file || positionals.length > 2) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(1);
  }
  if (typeof values.out === "string") {
    const out = values.out;
    writeJson = (text) => writeFileSync(out, text);
  }
  const format = String(values.format);
  if (format !== "json" && format !== "jsonresume") {
    process.stderr.write(`Unknown format "${format}"; use json or jsonresume\n`);
    process.exit(1);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    fail("unreadable", `Cannot read ${file}: ${(error as Error).message}`, 2);
  }
  try {
    const analysed = await analyzeDocument(bytes, {
      asOf: typeof values["as-of"] === "string" ? values["as-of"] : currentMonth(),
      defaultRegion: typeof values.region === "string" ? values.region.toUpperCase() : undefined,
    });
    const result = values.redact ? redactAnalysis(analysed) : analysed;
    const output = format === "jsonresume" ? toJsonResume(result.analysis) : result;
    writeJson(`${JSON.stringify(output, null, 2)}\n`);
  } catch (error) {
    if (error instanceof AnalysisError) fail(error.code, error.message, 2);
    if (error instanceof TypeError) fail("invalid_argument", error.message, 1);
    throw error;
  }
}

await main(process.argv.slice(2));
