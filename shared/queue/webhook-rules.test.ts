import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isPublicAddress, signDelivery, webhookBackoffMs, webhookUrlProblem } from "./webhook-rules.ts";

describe("webhook URLs", () => {
  it.each([
    ["https://hooks.example.com/cv", null],
    ["http://203.0.113.9/x", "loopback, private and reserved addresses are not allowed"],
    ["http://8.8.8.8/x", null],
    ["ftp://example.com/x", "only http and https URLs are allowed"],
    ["https://user:pw@example.com/x", "credentials in the URL are not allowed"],
    ["http://localhost:8080/x", "loopback addresses are not allowed"],
    ["http://api.localhost/x", "loopback addresses are not allowed"],
    ["http://127.0.0.1/x", "loopback, private and reserved addresses are not allowed"],
    ["http://2130706433/x", "loopback, private and reserved addresses are not allowed"],
    ["http://192.168.1.10/x", "loopback, private and reserved addresses are not allowed"],
    ["http://172.20.0.5/x", "loopback, private and reserved addresses are not allowed"],
    ["http://100.64.0.1/x", "loopback, private and reserved addresses are not allowed"],
    ["http://[fd00::1]/x", "loopback, private and reserved addresses are not allowed"],
    ["http://[fe80::1]/x", "loopback, private and reserved addresses are not allowed"],
    ["http://[::ffff:127.0.0.1]/x", "loopback, private and reserved addresses are not allowed"],
    ["not a url", "not a URL"],
  ])("%s → %s", (url, problem) => {
    expect(webhookUrlProblem(url, false)).toBe(problem);
  });

  it("allows loopback and private addresses with WEBHOOK_ALLOW_PRIVATE, still only over http(s)", () => {
    expect(webhookUrlProblem("http://127.0.0.1:9/x", true)).toBeNull();
    expect(webhookUrlProblem("file:///etc/passwd", true)).toBe("only http and https URLs are allowed");
  });

  it.each([
    ["93.184.216.34", true],
    ["10.0.0.1", false],
    ["::1", false],
    ["2606:4700::1111", true],
    ["::ffff:10.0.0.1", false],
    ["example.com", false],
  ])("%s is public: %s", (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe("signatures and back-off", () => {
  it("signs HMAC-SHA256 over timestamp.body, as a receiver with node:crypto checks it", async () => {
    const body = '{"event":"batch.completed"}';
    const header = await signDelivery("whsec_test", 1_700_000_000, body);
    const expected = createHmac("sha256", "whsec_test").update(`1700000000.${body}`).digest("hex");
    expect(header).toBe(`t=1700000000,v1=${expected}`);
  });

  it.each([
    [1, 1_000],
    [2, 2_000],
    [5, 16_000],
    [30, 600_000],
  ])("after %i failed attempts waits %i ms", (attempts, ms) => {
    expect(webhookBackoffMs(attempts, 1_000, 600_000)).toBe(ms);
  });
});
