import { describe, expect, it } from "vitest";
import { isLoopback } from "./loopback.ts";

describe("isLoopback", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["127.1", true],
    ["0x7f.0.0.1", true],
    ["localhost", true],
    ["localhost.", true],
    ["::1", true],
    ["[::1]", true],
    ["0:0:0:0:0:0:0:1", true],
    ["::ffff:127.0.0.1", true],
    ["127.attacker.example", false],
    ["127.0.0.1.attacker.example", false],
    ["localhost.attacker.example", false],
    ["0.0.0.0", false],
    ["::", false],
    ["10.0.0.1", false],
    ["128.0.0.1", false],
    ["example.com", false],
    ["", false],
  ])("%j -> %s", (host, expected) => {
    expect(isLoopback(host)).toBe(expected);
  });
});

describe("the default auth mode", () => {
  it("is apikey on a host name that merely starts with 127.", async () => {
    const { loadSettings, SettingsError } = await import("./settings.ts");
    expect(loadSettings({ HOST: "127.attacker.example" }).authMode).toBe("apikey");
    expect(() => loadSettings({ HOST: "127.attacker.example", AUTH_MODE: "none" })).toThrow(SettingsError);
    expect(loadSettings({ HOST: "127.0.0.1" }).authMode).toBe("none");
  });
});
