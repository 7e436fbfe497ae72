import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { LogLevel } from "./logger.ts";
import { createNodeLogger } from "./pino.node.ts";

const dir = mkdtempSync(join(tmpdir(), "cv-pino-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** logs through a synchronous pino logger into a file and reads the lines back */
function linesOf(level: LogLevel, write: (log: ReturnType<typeof createNodeLogger>) => void) {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.log`);
  const fd = openSync(file, "w");
  write(createNodeLogger(level, { fd, sync: true }));
  closeSync(fd);
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe("createNodeLogger (pino)", () => {
  it("writes the console logger's line shape, at or above its level, with bound fields", () => {
    const lines = linesOf("info", (log) => {
      const child = log.child({ pid: 7 }).child({ requestId: "r1" });
      child.debug("hidden");
      child.info("request", { route: "/api/cvs", status: 201 });
      child.error("failed");
    });
    expect(lines).toEqual([
      {
        level: "info",
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        pid: 7,
        requestId: "r1",
        route: "/api/cvs",
        status: 201,
        msg: "request",
      },
      { level: "error", time: expect.any(String), pid: 7, requestId: "r1", msg: "failed" },
    ]);
  });

  it("removes secrets from fields and from bound fields, at any depth, and flattens errors", () => {
    const [line] = linesOf("debug", (log) =>
      log.child({ token: "t0", url: "redis://:pw@cache:6379" }).warn("slow", {
        nested: { QDRANT_API_KEY: "k", ok: 1 },
        list: ["https://u:p@x.io/a"],
        authorization: "Bearer abc",
        error: new Error("connect to postgres://app:hunter2@db/cv failed"),
      }),
    );
    expect(line).toMatchObject({
      token: "[redacted]",
      url: "redis://***@cache:6379",
      nested: { QDRANT_API_KEY: "[redacted]", ok: 1 },
      list: ["https://***@x.io/a"],
      authorization: "[redacted]",
      error: { name: "Error", message: "connect to postgres://***@db/cv failed" },
    });
    expect(JSON.stringify(line)).not.toMatch(/hunter2|abc|pw@|"k"|t0/);
  });

  it.each([
    ["debug", [true, true, true, true]],
    ["info", [false, true, true, true]],
    ["warn", [false, false, true, true]],
    ["error", [false, false, false, true]],
    ["silent", [false, false, false, false]],
  ] as const)("at %s tells which levels are written", (level, expected) => {
    const lines = linesOf(level, (log) => {
      const enabled = (["debug", "info", "warn", "error"] as const).map((l) => log.isLevelEnabled(l));
      expect(enabled).toEqual(expected);
      log.debug("d");
      log.info("i");
      log.warn("w");
      log.error("e");
    });
    expect(lines).toHaveLength(expected.filter(Boolean).length);
  });
});
