import { describe, expect, it } from "vitest";
import { buildLexicalIndex } from "./growing.ts";

const docs = [
  { id: "a", fields: { title: "Java Developer", text: "Java and Java services" } },
  { id: "b", fields: { title: "Chef", text: "Menus, Java coffee" } },
  { id: "c", fields: { title: "Nurse", text: "Patient care" } },
];

describe("buildLexicalIndex", () => {
  it("scores with BM25 (k1 1.2, no length normalisation): idf × tf × 2.2 / (tf + 1.2)", () => {
    const index = buildLexicalIndex(docs, {
      fields: { title: { weight: 0, b: 0 }, text: { weight: 1, b: 0 } },
    });
    // "java" is in 2 of 3 texts: idf = ln(1 + 1.5 / 2.5) = ln 1.6; a has it twice, b once
    const idf = Math.log(1.6);
    const scores = [...index.score("java")];
    expect(scores[0]).toBeCloseTo((idf * 2.2 * 2) / 3.2, 5);
    expect(scores[1]).toBeCloseTo((idf * 2.2 * 1) / 2.2, 5);
    expect(scores[2]).toBe(0);
    expect(index.ceiling("java")).toBeCloseTo(idf * 2.2, 5);
    expect(index.ids).toEqual(["a", "b", "c"]);
  });

  it("weighs a word in a heavier field more, before saturation", () => {
    const index = buildLexicalIndex(docs, {
      fields: { title: { weight: 3, b: 0 }, text: { weight: 1, b: 0 } },
    });
    // a: title 1 × 3 + text 2 = 5; b: text 1
    const idf = Math.log(1.6);
    const scores = [...index.score("Java developers")];
    // "developer" only in a: idf ln(1 + 2.5/1.5), frequency 3 (title)
    const developer = Math.log(1 + 2.5 / 1.5) * ((2.2 * 3) / 4.2);
    expect(scores[0]).toBeCloseTo((idf * 2.2 * 5) / 6.2 + developer, 5);
    expect(scores[1]).toBeCloseTo(idf, 5);
  });

  it("counts a word as often as the query says it, in the scores and in the ceiling", () => {
    const index = buildLexicalIndex(docs, {
      fields: { title: { weight: 1, b: 0 }, text: { weight: 1, b: 0 } },
    });
    const once = [...index.score("chef nurse")];
    const twice = [...index.score("Chef, nurse and chefs")];
    // "chef" said twice ("chefs" folds to it): b's score doubles, c's ("nurse", said once) stays
    expect(twice[1]).toBeCloseTo(once[1] * 2, 5);
    expect(twice[2]).toBeCloseTo(once[2], 5);
    const chef = Math.log(1 + 2.5 / 1.5) * 2.2;
    expect(index.ceiling("chef chef nurse")).toBeCloseTo(index.ceiling("chef nurse") + chef, 5);
  });

  it("gives zero to every document for a query of unknown or only stop words", () => {
    const index = buildLexicalIndex(docs, { fields: { text: { weight: 1, b: 0.75 } } });
    expect([...index.score("the of quantum")]).toEqual([0, 0, 0]);
    expect(index.ceiling("the of")).toBe(0);
  });

  it("normalises by field length: the same count in a shorter text scores higher", () => {
    const index = buildLexicalIndex(
      [
        { id: "short", fields: { text: "python" } },
        { id: "long", fields: { text: "python with many other words about other things" } },
        { id: "none", fields: { text: "cooking" } },
      ],
      { fields: { text: { weight: 1, b: 0.75 } } },
    );
    const [short, long] = index.score("python");
    expect(short).toBeGreaterThan(long);
  });
});

describe("holdingAll", () => {
  it("marks the documents whose fields hold every word of a phrase, in any order", () => {
    const index = buildLexicalIndex(docs, {
      fields: { title: { weight: 1, b: 0 }, text: { weight: 1, b: 0 } },
    });
    expect([...index.holdingAll("java services")]).toEqual([1, 0, 0]);
    expect([...index.holdingAll("Java")]).toEqual([1, 1, 0]);
    expect([...index.holdingAll("java quantum")]).toEqual([0, 0, 0]);
    expect([...index.holdingAll("the")]).toEqual([0, 0, 0]);
  });
});
