// Every text-facing function of the engine over 1 MB of unclosed, nested and repeated constructs: each one
// finishes (a super-linear expression would not, within the test timeout) and fails, if at all, with a code.
// How long each takes is measured by bench/hostile.bench.ts, not asserted here.
import { describe, expect, it } from "vitest";
import { adversarialTexts } from "../../scripts/hostile/cases.ts";
import { normalizeText } from "./analyzeText.ts";
import { AnalysisError } from "./errors.ts";
import { classifyText } from "./extract/detectType.ts";
import { extractDocument } from "./extract/extractDocument.ts";
import { htmlToText, markdownToText } from "./extract/markup.ts";
import { analyzeText } from "./index.ts";
import { DEFAULT_LIMITS } from "./limits.ts";
import { redactAnalysis } from "./redact.ts";
import { joinWrappedListLines } from "./wrappedLines.ts";

const texts = adversarialTexts();
const small = analyzeText("Jane Doe\njane@example.com\n\nSkills\nGo, Python", { asOf: "2026-11" });

describe.each(texts)("over 1 MB of %s", (_name, text) => {
  it("classifies, converts and normalises it", () => {
    expect(["txt", "markdown", "html"]).toContain(classifyText(text));
    expect(typeof htmlToText(text).text).toBe("string");
    expect(typeof markdownToText(text).text).toBe("string");
    expect(typeof normalizeText(text)).toBe("string");
    expect(joinWrappedListLines(text).length).toBe(text.length);
  });

  it("redacts it", () => {
    expect(typeof redactAnalysis({ ...small, text }).text).toBe("string");
  });

  it("extracts it as a file, or refuses it with a code", async () => {
    const outcome = await extractDocument(new TextEncoder().encode(text), DEFAULT_LIMITS, () => 0).then(
      () => "ok",
      (error) => (error instanceof AnalysisError ? error.code : String(error)),
    );
    expect(["ok", "corrupt", "unsupported_type"]).toContain(outcome);
  });
});
