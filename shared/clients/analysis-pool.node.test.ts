// The Node analysis pool over real worker threads: results, error codes, the deadline, the heap cap, and a
// fresh thread after each kill.
import { afterAll, describe, expect, it } from "vitest";
import { hostileCases } from "../../scripts/hostile/cases.ts";
import { AnalysisError } from "../analysis/errors.ts";
import { analyzeText } from "../analysis/index.ts";
import { createBuiltinEmbedder } from "../embeddings/builtin.ts";
import { toCvProfile } from "../matching/profile.ts";
import { embedOne } from "../services/vectors.ts";
import { createThreadAnalysisPool } from "./analysis-pool.node.ts";

const CV =
  "Jane Doe\njane@example.com\n\nExperience\nSoftware Engineer, Acme\t2019 – 2023\n\nSkills\nGo, Python";
const asBytes = (text: string) => new TextEncoder().encode(text);
const codeOf = (work: Promise<unknown>) =>
  work.then(
    () => "ok",
    (error) => (error instanceof AnalysisError ? error.code : `not an AnalysisError: ${error}`),
  );

describe("createThreadAnalysisPool", () => {
  const pool = createThreadAnalysisPool({ size: 1, memoryMb: 96, deadlineMs: 2_000 });
  afterAll(() => pool.close());

  it("gives the result the engine gives in-process", async () => {
    const options = { asOf: "2026-11" };
    const result = await pool.analyze({ bytes: asBytes(CV), asText: true, options });
    expect(result).toEqual(analyzeText(CV, options));
  });

  it("derives the profile and the built-in embedding in the thread, as storing a CV would in-process", async () => {
    const options = { asOf: "2026-11" };
    const embedder = createBuiltinEmbedder(64);
    const withVector = await pool.analyze({
      bytes: asBytes(CV),
      asText: true,
      options,
      derive: { embeddingDimensions: 64 },
    });
    const inProcess = analyzeText(CV, options);
    expect(withVector.derived?.profile).toEqual(toCvProfile(inProcess.analysis, undefined, inProcess.text));
    expect(withVector.derived?.profile.skills).toEqual(expect.arrayContaining(["Go", "Python"]));
    const expected = await embedOne({ embedder } as Parameters<typeof embedOne>[0], inProcess.text);
    expect(withVector.derived?.embedding).toEqual(expected);
    // another embedder (an HTTP model) embeds on its own: the thread leaves the vector out
    const without = await pool.analyze({
      bytes: asBytes(CV),
      asText: true,
      options,
      derive: { embeddingDimensions: null },
    });
    expect(without.derived?.embedding).toBeNull();
  });

  it("passes an analysis error on with its code", async () => {
    const job = { bytes: asBytes("   "), asText: true, options: { asOf: "2026-11" } };
    expect(await codeOf(pool.analyze(job))).toBe("corrupt");
    expect(pool.state().replaced).toBe(0);
  });

  it("answers timeout at the deadline for a PDF that never settles, and replaces the thread", async () => {
    const frozen = hostileCases().find((c) => c.name === "pdf-unbalanced-q")!;
    const job = {
      bytes: frozen.bytes,
      asText: false,
      options: { asOf: "2026-11", limits: { timeoutMs: 60_000 } },
    };
    expect(await codeOf(pool.analyze(job))).toBe("timeout");
    expect(pool.state().replaced).toBe(1);
    expect(
      (await pool.analyze({ bytes: asBytes(CV), asText: true, options: { asOf: "2026-11" } })).text,
    ).toBe(analyzeText(CV, { asOf: "2026-11" }).text);
  });

  it("answers too_large when a document needs more than the heap cap, and replaces the thread", async () => {
    const limits = { maxBytes: 1e9, maxTextChars: 1e9, maxPages: 1e9 };
    const huge = asBytes(
      `${CV}\n${"Go, Python, Kubernetes, Terraform and more at Acme 2019 2023\n".repeat(150_000)}`,
    );
    // A deadline far away, so that only the heap cap can end it.
    const capped = createThreadAnalysisPool({ size: 1, memoryMb: 64, deadlineMs: 120_000 });
    try {
      await capped.analyze({ bytes: asBytes(CV), asText: true, options: { asOf: "2026-11" } });
      const job = { bytes: huge, asText: true, options: { asOf: "2026-11", limits } };
      expect(await codeOf(capped.analyze(job))).toBe("too_large");
      expect(capped.state().replaced).toBe(1);
    } finally {
      await capped.close();
    }
  }, 150_000);

  it("queues jobs beyond its size and runs them in turn", async () => {
    const jobs = Array.from({ length: 4 }, () =>
      pool.analyze({ bytes: asBytes(CV), asText: true, options: { asOf: "2026-11" } }),
    );
    expect(pool.state().waiting).toBeGreaterThan(0);
    expect((await Promise.all(jobs)).map((r) => r.analysis.contact.emails[0]?.value)).toEqual(
      Array(4).fill("jane@example.com"),
    );
  });

  it("refuses work once closed", async () => {
    const closing = createThreadAnalysisPool({ size: 1, memoryMb: 96, deadlineMs: 2_000 });
    await closing.close();
    await expect(
      closing.analyze({ bytes: asBytes(CV), asText: true, options: { asOf: "2026-11" } }),
    ).rejects.toThrow(/closed/);
  });
});
