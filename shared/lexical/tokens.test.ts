import { describe, expect, it } from "vitest";
import { foldPlural, lexicalTokens } from "./tokens.ts";

describe("lexicalTokens", () => {
  it.each([
    ["Senior Accountant, Accounts Payable", ["senior", "accountant", "account", "payable"]],
    ["C++ and C# developer", ["c++", "c#", "developer"]],
    ["Café Managers in São Paulo", ["cafe", "manager", "sao", "paulo"]],
    ["the of and", []],
  ])("%s", (text, tokens) => {
    expect(lexicalTokens(text)).toEqual(tokens);
  });
});

describe("foldPlural", () => {
  it.each([
    ["salaries", "salary"],
    ["churches", "church"],
    ["boxes", "box"],
    ["nurses", "nurse"],
    ["analysis", "analysis"],
    ["business", "business"],
    ["status", "status"],
    ["gas", "gas"],
  ])("%s → %s", (word, folded) => {
    expect(foldPlural(word)).toBe(folded);
  });
});
