// The relevance suite's own figures on rankings small enough to count by hand.
import { describe, expect, test } from "vitest";
import { overlapShares, placeFigures, placeOf, tfidfCosines } from "./jobsForCv.ts";
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

  test("the own job's place among a CV's jobs: ties share the places they span, an unscored job is last", () => {
    const scores = new Map([
      ["chef", 70],
      ["sales", 80],
      ["hr", 70],
      ["arts", 10],
    ]);
    // one above, one tied: 1 + 1 + 0.5
    expect(placeOf(scores, "chef")).toBe(2.5);
    expect(placeOf(scores, "sales")).toBe(1);
    expect(placeOf(scores, "banking")).toBe(5);
    expect(placeFigures([1, 2.5, 3, 10])).toEqual({
      top1: 0.25,
      top3: 0.75,
      mrr: (1 + 0.4 + 1 / 3 + 0.1) / 4,
    });
  });

  test("TF-IDF cosine: a CV is closest to the ad that shares its rarer words; overlap counts the ad's words held", () => {
    const cvs = new Map([
      ["cook", "Sous chef: menus, kitchen staff, food safety, kitchen"],
      ["clerk", "Sales clerk: customers, cash, customers, stock"],
    ]);
    const ads = new Map([
      ["chef", "Chef wanted for our kitchen: menus and food safety"],
      ["sales", "Sales associate serving customers"],
    ]);
    const cosines = tfidfCosines(cvs, ads);
    const cook = cosines.get("cook") as Map<string, number>;
    const clerk = cosines.get("clerk") as Map<string, number>;
    expect(cook.get("chef")).toBeGreaterThan(0.3);
    expect(cook.get("sales")).toBe(0);
    expect(clerk.get("sales")).toBeGreaterThan(clerk.get("chef") as number);
    // a vector's cosine with itself is 1
    const same = tfidfCosines(new Map([["a", "kitchen menus"]]), new Map([["b", "kitchen menus"]]));
    expect(same.get("a")?.get("b")).toBeCloseTo(1, 10);
    // "sales", "associate", "serving", "customers": the clerk holds two of the four
    expect(overlapShares("Sales clerk: customers, cash", ads).get("sales")).toBe(0.5);
  });
});
