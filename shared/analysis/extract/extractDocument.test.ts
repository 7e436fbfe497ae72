import { zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import {
  encryptedPdf,
  plainZip,
  sampleDocx,
  scannedPdf,
  singleColumnPdf,
  truncated,
  withDeclaredSize,
  zipBombDocx,
} from "../../../test/support/documents.ts";
import { AnalysisError } from "../errors.ts";
import { analyzeDocument } from "../index.ts";
import type { AnalysisErrorCode, AnalysisLimits } from "../types.ts";
import { detectType } from "./detectType.ts";

const encoder = new TextEncoder();
let pdf: Uint8Array;
let docx: Uint8Array;

beforeAll(async () => {
  pdf = await singleColumnPdf();
  docx = await sampleDocx();
});

describe("detectType decides from the bytes", () => {
  const textCases: [string, string][] = [
    ["Jane Doe\nSenior Engineer\n\nExperience\nAcme 2019 - 2021", "txt"],
    [
      "# Jane Doe\n\n## Experience\n\n- **Acme** 2019 - 2021\n- [GitHub](https://github.com/jane)",
      "markdown",
    ],
    ["<!DOCTYPE html><html><body><h1>Jane Doe</h1></body></html>", "html"],
    ["<div><h1>Jane</h1><p>Engineer</p><ul><li>Go</li></ul></div>", "html"],
  ];
  it.each(textCases)("text %#", (text, type) => {
    expect(detectType(encoder.encode(text)).type).toBe(type);
  });

  it("sees a PDF and a DOCX whatever they would be called", () => {
    // The bytes are all the engine gets: a DOCX uploaded as "cv.pdf" is still a DOCX, and the reverse.
    expect(detectType(docx).type).toBe("docx");
    expect(detectType(pdf).type).toBe("pdf");
  });

  it("decodes Windows-1252 text that is not UTF-8", () => {
    expect(detectType(Uint8Array.from([0x4a, 0xfc, 0x72, 0x67, 0x65, 0x6e])).text).toBe("Jürgen");
  });
});

async function errorCode(
  bytes: Uint8Array,
  limits?: Partial<AnalysisLimits>,
): Promise<AnalysisErrorCode | "none"> {
  try {
    await analyzeDocument(bytes, { asOf: "2026-11", limits });
    return "none";
  } catch (error) {
    if (error instanceof AnalysisError) return error.code;
    throw error;
  }
}

describe("analyzeDocument refuses what it cannot read, with a code", () => {
  it("encrypted PDF", async () => {
    expect(await errorCode(await encryptedPdf())).toBe("encrypted");
  });

  it("truncated PDF and DOCX", async () => {
    expect(await errorCode(truncated(pdf))).toBe("corrupt");
    expect(await errorCode(truncated(docx, 0.5))).toBe("corrupt");
  });

  it("scanned PDF without a text layer", async () => {
    expect(await errorCode(await scannedPdf())).toBe("no_text_layer");
  });

  it("too many pages", async () => {
    const threePages = await singleColumnPdf([["Page one"], ["Page two"], ["Page three"]]);
    expect(await errorCode(threePages, { maxPages: 2 })).toBe("too_many_pages");
  });

  it("too large a file", async () => {
    expect(await errorCode(pdf, { maxBytes: 1000 })).toBe("too_large");
  });

  it("a DOCX that declares more inflated bytes than allowed, before inflating it", async () => {
    const lying = withDeclaredSize(docx, "word/document.xml", 0x7fff0000);
    expect(await errorCode(lying)).toBe("too_large");
    expect(await errorCode(zipBombDocx(docx, 16 * 1024 * 1024), { maxInflatedBytes: 8 * 1024 * 1024 })).toBe(
      "too_large",
    );
  });

  it("a zip that is no Word document, images and legacy binaries", async () => {
    expect(await errorCode(plainZip())).toBe("unsupported_type");
    expect(await errorCode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe(
      "unsupported_type",
    );
    expect(await errorCode(zipSync({ "word/other.xml": encoder.encode("<x/>") }))).toBe("unsupported_type");
  });

  it("a time budget that runs out between pages", async () => {
    let clock = 0;
    const slowClock = () => {
      clock += 50;
      return clock;
    };
    await expect(
      analyzeDocument(pdf, { asOf: "2026-11", limits: { timeoutMs: 60 }, now: slowClock }),
    ).rejects.toMatchObject({ code: "timeout" });
  });

  it("garbage after a PDF header", async () => {
    const garbage = encoder.encode(`%PDF-1.7\n${"x".repeat(500)}\n%%EOF\n`);
    expect(await errorCode(garbage)).toBe("corrupt");
  });
});
