// Runs the real launcher (bin/cv-analyzer.js) on files whose names lie about their type, and on refused files.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encryptedPdf, sampleDocx, singleColumnPdf } from "../test/support/documents.ts";

const run = promisify(execFile);
const LAUNCHER = fileURLToPath(new URL("../bin/cv-analyzer.js", import.meta.url));
let directory: string;

async function cli(...args: string[]): Promise<{ code: number; output: unknown }> {
  try {
    const { stdout } = await run(process.execPath, [LAUNCHER, ...args]);
    return { code: 0, output: JSON.parse(stdout) };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: JSON.parse(failed.stdout) };
  }
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "cv-analyzer-cli-"));
  // Names that lie: the engine must go by the bytes.
  await writeFile(join(directory, "cv.pdf"), await sampleDocx());
  await writeFile(join(directory, "cv.docx"), await singleColumnPdf());
  await writeFile(join(directory, "locked.pdf"), await encryptedPdf());
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe("cv-analyzer analyze", () => {
  it("reads a DOCX named .pdf as a DOCX", async () => {
    const { code, output } = await cli("analyze", join(directory, "cv.pdf"), "--as-of", "2026-11");
    expect(code).toBe(0);
    expect(output).toMatchObject({
      analysis: { document: { type: "docx" }, contact: { name: { value: "Lukas Schneider" } } },
    });
  });

  it("reads a PDF named .docx as a PDF, redacted and as JSON Resume", async () => {
    const { code, output } = await cli(
      "analyze",
      join(directory, "cv.docx"),
      "--redact",
      "--format",
      "jsonresume",
      "--region",
      "de",
      "--as-of",
      "2026-11",
    );
    expect(code).toBe(0);
    expect(output).toMatchObject({ basics: { name: "[NAME]", email: "[EMAIL]", phone: "[PHONE]" } });
  });

  it("prints the error as JSON and exits 2 for a file it cannot analyse", async () => {
    expect(await cli("analyze", join(directory, "locked.pdf"))).toEqual({
      code: 2,
      output: { error: { code: "encrypted", message: "The PDF is password-protected" } },
    });
  });

  it("gives only JSON through npm, as the README says: npm run -s, or npm run with --out", async () => {
    const file = join(directory, "cv.pdf");
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const quiet = await run(npm, ["run", "-s", "analyze", "--", file, "--as-of", "2026-11"]);
    const out = join(directory, "out.json");
    await run(npm, ["run", "analyze", "--", file, "--as-of", "2026-11", "--out", out]);
    const written = JSON.parse(await readFile(out, "utf8"));
    expect(JSON.parse(quiet.stdout)).toEqual(written);
    expect(written.analysis.contact.emails.length).toBeGreaterThan(0);
  }, 60_000);
});
