// The relevance suite's own figures on rankings small enough to count by hand.
import { describe, expect, test } from "vitest";
import { ndcgAt, precisionAt, wholeListAuc } from "./relevance.ts";

describe("relevance figures", () => {
  test("precision@k counts the relevant among the first k", () => {
    expect(precisionAt([true, false, true, false], 4)).toBe(0.5);
    expect(precisionAt([false, false, true], 2)).toBe(0);
  });

  test("NDCG@k is 1 for the ideal order and less when a relevant item comes late", () => {
    expect(ndcgAt([true, true, false], 3, 2)).toBe(1);
    expect(ndcgAt([false, true, true], 3, 2)).toBeCloseTo(
      (1 / Math.log2(3) + 1 / 2) / (1 + 1 / Math.log2(3)),
      10,
    );
  });

  test("whole-list AUC: the share of relevant-over-other pairs, ties half, a CV left out below every listed one", () => {
    const categoryOf = new Map([
      ["a", "CHEF"],
      ["b", "CHEF"],
      ["c", "SALES"],
      ["d", "SALES"],
    ]);
    // a above both others, b above d only, c and b tied: (2 + 1 + 0.5) / 4
    expect(
      wholeListAuc(
        new Map([
          ["a", 9],
          ["b", 5],
          ["c", 5],
          ["d", 1],
        ]),
        categoryOf,
        "CHEF",
      ),
    ).toBe(0.875);
    // d left out of the scoring: below b although b scored 0
    expect(
      wholeListAuc(
        new Map([
          ["a", 9],
          ["b", 0],
          ["c", 5],
        ]),
        categoryOf,
        "CHEF",
      ),
    ).toBe(0.75);
    expect(
      wholeListAuc(
        new Map([
          ["c", 9],
          ["d", 8],
        ]),
        categoryOf,
        "CHEF",
      ),
    ).toBe(0);
  });
});
