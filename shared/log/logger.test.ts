import { describe, expect, it } from "vitest";
import { createLogger, deferredChild, redactSecrets } from "./logger.ts";

describe("redactSecrets", () => {
  it.each([
    [{ url: "postgres://app:hunter2@db:5432/cv" }, { url: "postgres://***@db:5432/cv" }],
    [{ REDIS_URL: "redis://:s3cret@cache:6379" }, { REDIS_URL: "redis://***@cache:6379" }],
    [{ authorization: "Bearer abc" }, { authorization: "[redacted]" }],
    [{ nested: { QDRANT_API_KEY: "k", ok: 1 } }, { nested: { QDRANT_API_KEY: "[redacted]", ok: 1 } }],
    [{ list: ["https://u:p@x.io/a"] }, { list: ["https://***@x.io/a"] }],
    [{ plain: "http://x.io/a@b" }, { plain: "http://x.io/a@b" }],
  ])("%j becomes %j", (input, output) => {
    expect(redactSecrets(input)).toEqual(output);
  });

  it("goes through 1 MB of a long word before an @ (user text in an error message) unchanged", () => {
    const hostile = `${"a-".repeat(500_000)}@`;
    expect(redactSecrets(hostile)).toBe(hostile);
    expect(redactSecrets(`${"://x".repeat(200_000)}@`)).toBe(`${"://x".repeat(199_999)}://***@`);
  });
});

describe("createLogger", () => {
  it("writes JSON lines at or above its level, with bound fields", () => {
    const lines: string[] = [];
    const log = createLogger("info", (l) => lines.push(l)).child({ requestId: "r1" });
    log.debug("hidden");
    log.warn("slow", { ms: 12, token: "t" });
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]);
    expect(record).toMatchObject({
      level: "warn",
      msg: "slow",
      requestId: "r1",
      ms: 12,
      token: "[redacted]",
    });
  });
});

describe("deferredChild", () => {
  it("writes like a child, at the parent's level, and builds the child only when it writes", () => {
    const lines: string[] = [];
    let children = 0;
    const parent = createLogger("warn", (l) => lines.push(l));
    const counting = {
      ...parent,
      child: (fields: Record<string, unknown>) => {
        children += 1;
        return parent.child(fields);
      },
    };
    const log = deferredChild(counting, { requestId: "r9" });
    log.info("dropped");
    expect(children).toBe(0);
    expect(log.isLevelEnabled("info")).toBe(false);
    log.child({ step: "parse" }).error("failed", { password: "p" });
    log.warn("slow");
    expect(children).toBe(2);
    expect(lines.map((l) => JSON.parse(l))).toMatchObject([
      { level: "error", msg: "failed", requestId: "r9", step: "parse", password: "[redacted]" },
      { level: "warn", msg: "slow", requestId: "r9" },
    ]);
  });
});
