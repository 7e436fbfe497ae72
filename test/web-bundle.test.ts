// The web UI's initial JavaScript stays within its budget (150 KB gzipped). Size, not time, so a test may hold
// it; bench/web-bundle.bench.ts reports the figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWebUi } from "./support/process.ts";
import { INITIAL_JS_BUDGET_BYTES, initialJavaScript } from "./support/web-bundle.ts";

describe("the web UI's build", () => {
  let web: ReturnType<typeof buildWebUi>;
  beforeAll(() => {
    web = buildWebUi();
  }, 120_000);
  afterAll(() => web?.remove());

  it("loads one entry script, and at most 150 KB of JavaScript gzipped before the app runs", () => {
    const size = initialJavaScript(web.dir);
    expect(size.files.length).toBeGreaterThanOrEqual(1);
    expect(size.files.every((f) => f.startsWith("assets/") && f.endsWith(".js"))).toBe(true);
    expect(size.gzipBytes).toBeGreaterThan(0);
    expect(size.gzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
  });
});
