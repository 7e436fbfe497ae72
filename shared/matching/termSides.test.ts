import { describe, expect, test } from "vitest";
import { holdsTerm, termHolders, termSides } from "./termSides.ts";

describe("termSides", () => {
  test.each([
    ["call center or BPO", ["call center or BPO", "call center", "BPO"]],
    ["ReactJs/Angular", ["ReactJs/Angular", "ReactJs", "Angular"]],
    ["Kanban and Scrum", ["Kanban and Scrum", "Kanban", "Scrum"]],
    ["payroll & benefits", ["payroll & benefits", "payroll", "benefits"]],
    ["retail and/or wholesale", ["retail and/or wholesale", "retail", "wholesale"]],
    ["logistics / supply chain", ["logistics / supply chain", "logistics", "supply chain"]],
    ["CI/CD", ["CI/CD"]],
    ["TCP/IP", ["TCP/IP"]],
    ["C or C++", ["C or C++"]],
    ["research and development", ["research and development", "research", "development"]],
    ["purchase planning", ["purchase planning"]],
  ])("%s", (term, sides) => {
    expect(termSides(term)).toEqual(sides);
  });
});

describe("holdsTerm", () => {
  const cv = new Set(["bpo", "customer", "service"]);
  const holds = (phrase: string) =>
    phrase
      .toLowerCase()
      .split(/\s+/)
      .every((w) => cv.has(w));
  test.each([
    ["call center or BPO", true],
    ["call center", false],
    ["customer service", true],
    ["telesales / outbound", false],
  ])("%s: %s", (term, held) => {
    expect(holdsTerm(term, holds)).toBe(held);
  });
});

test("termHolders: a document holding either side holds the term", () => {
  const docs = [new Set(["call", "center"]), new Set(["bpo"]), new Set(["retail"])];
  const holdingAll = (phrase: string) =>
    Uint8Array.from(docs, (d) =>
      phrase
        .toLowerCase()
        .split(/\s+/)
        .every((w) => d.has(w))
        ? 1
        : 0,
    );
  expect([...termHolders("call center or BPO", holdingAll)]).toEqual([1, 1, 0]);
});
