// ZIP containers that lie: overlapping entries, sizes other than declared, budgets across entries.
import { deflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipWithDirectory } from "../../../scripts/hostile/zip.ts";
import { AnalysisError } from "../errors.ts";
import { extractDocx } from "./docx.ts";
import { inflateBounded } from "./inflateBounded.ts";

const text = (value: string) => new TextEncoder().encode(value);
const documentXml = (words: string) =>
  text(`<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>${words}</w:t></w:r></w:p></w:body></w:document>`);

const codeOf = (run: () => unknown) => {
  try {
    run();
    return "ok";
  } catch (error) {
    if (error instanceof AnalysisError) return error.code;
    throw error;
  }
};

describe("extractDocx over hostile containers", () => {
  const cases: [string, Uint8Array, string][] = [
    [
      "an honest document",
      zipWithDirectory([{ name: "word/document.xml", data: documentXml("Jane Doe") }]),
      "ok",
    ],
    [
      "two directory entries over one payload",
      zipWithDirectory([
        { name: "word/document.xml", data: documentXml("Jane Doe") },
        { name: "word/header1.xml", data: documentXml("Header"), aliases: ["word/header2.xml"] },
      ]),
      "corrupt",
    ],
    [
      "an entry that inflates past its declared size",
      zipWithDirectory([
        { name: "word/document.xml", data: documentXml("x".repeat(100_000)), declaredSize: 500 },
      ]),
      "corrupt",
    ],
    [
      "an entry that inflates to less than its declared size",
      zipWithDirectory([{ name: "word/document.xml", data: documentXml("Jane Doe"), declaredSize: 5_000 }]),
      "corrupt",
    ],
    [
      "an entry that declares 1 GiB",
      zipWithDirectory([{ name: "word/document.xml", data: documentXml("Jane"), declaredSize: 2 ** 30 }]),
      "too_large",
    ],
  ];
  it.each(cases)("%s: %s", (_name, bytes, code) => {
    expect(codeOf(() => extractDocx(bytes, 50 * 1024 * 1024))).toBe(code);
  });

  it("reads the honest document's text", () => {
    const bytes = zipWithDirectory([{ name: "word/document.xml", data: documentXml("Jane Doe") }]);
    expect(extractDocx(bytes, 1024 * 1024).text).toBe("Jane Doe");
  });
});

describe("inflateBounded", () => {
  const data = text("Python, Go, Kubernetes. ".repeat(2_000));
  const packed = deflateSync(data);
  it.each([
    ["within its size and the budget", data.length, data.length, "ok"],
    ["past the document's budget", data.length, 10_000, "too_large"],
    ["past its declared size", 1_000, data.length, "corrupt"],
  ] as const)("%s: %s", (_name, declared, budget, code) => {
    expect(codeOf(() => inflateBounded(packed, declared, { left: budget }, "word/document.xml"))).toBe(code);
  });

  it("charges what it inflates to the shared budget", () => {
    const budget = { left: data.length * 2 };
    inflateBounded(packed, data.length, budget, "a");
    expect(budget.left).toBe(data.length);
    expect(codeOf(() => inflateBounded(packed, data.length, { left: data.length - 1 }, "b"))).toBe(
      "too_large",
    );
  });
});
