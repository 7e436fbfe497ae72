import { describe, expect, it } from "vitest";
import { lexicalTokens } from "../lexical/tokens.ts";
import { snippetOf } from "./search.ts";

const words = (query: string) => new Set(lexicalTokens(query));

describe("snippetOf", () => {
  it.each([
    [
      "Jane Doe\nBuilt Django services in Python for payments\nPython",
      "python django",
      "Built «Django» services in «Python» for payments",
    ],
    ["Head Chef\nMenus and kitchens", "chefs", "Head «Chef»"],
    ["Nothing here", "python", undefined],
  ])("%j for %j", (text, query, snippet) => {
    expect(snippetOf(text, words(query))).toBe(snippet);
  });

  it("cuts a long line around the first hit and says so", () => {
    const line = `${"a".repeat(300)} python ${"b".repeat(300)}`;
    const snippet = snippetOf(line, words("python"));
    expect(snippet?.startsWith("…")).toBe(true);
    expect(snippet?.endsWith("…")).toBe(true);
    expect(snippet).toContain("«python»");
  });
});
