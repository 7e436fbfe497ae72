// Runs the analysis engine inside workerd (through Miniflare) and checks it gives the same result as in Node.
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encryptedPdf, sampleDocx, twoColumnPdf } from "../../test/support/documents.ts";
import { analyzeDocument } from "./index.ts";

let mf: Miniflare;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [new URL("../../test/support/analysis-workerd-entry.ts", import.meta.url).pathname],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["module", "main"],
    logLevel: "silent",
  });
  mf = new Miniflare({
    modules: true,
    script: bundle.outputFiles[0].text,
    compatibilityDate: "2026-04-01",
    compatibilityFlags: ["nodejs_compat"],
  });
  await mf.ready;
});

afterAll(async () => {
  await mf?.dispose();
});

async function analyseInWorkerd(bytes: Uint8Array): Promise<{ status: number; body: unknown }> {
  const response = await mf.dispatchFetch("http://analysis.test/", { method: "POST", body: bytes });
  return { status: response.status, body: await response.json() };
}

describe("analysis inside workerd", () => {
  it("analyses a two-column PDF exactly as Node does", async () => {
    const bytes = await twoColumnPdf();
    const inNode = await analyzeDocument(bytes, { asOf: "2026-11", defaultRegion: "DE" });
    const inWorkerd = await analyseInWorkerd(bytes);
    expect(inWorkerd.status).toBe(200);
    expect(inWorkerd.body).toEqual(JSON.parse(JSON.stringify(inNode)));
    expect(inNode.analysis.contact.name?.value).toBe("Maria Rossi");
  });

  it("analyses a DOCX exactly as Node does", async () => {
    const bytes = await sampleDocx();
    const inNode = await analyzeDocument(bytes, { asOf: "2026-11", defaultRegion: "DE" });
    const inWorkerd = await analyseInWorkerd(bytes);
    expect(inWorkerd.status).toBe(200);
    expect(inWorkerd.body).toEqual(JSON.parse(JSON.stringify(inNode)));
    expect(inNode.analysis.experience).toHaveLength(2);
  });

  it("reports an encrypted PDF with its code", async () => {
    const inWorkerd = await analyseInWorkerd(await encryptedPdf());
    expect(inWorkerd).toMatchObject({ status: 422, body: { error: { code: "encrypted" } } });
  });
});
