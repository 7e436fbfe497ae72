import { describe, expect, it } from "vitest";
import { employerWeight } from "./experienceNames.ts";

describe("employerWeight", () => {
  it.each([
    ["Kestrel Infra Pvt. Ltd", 1],
    ["Ideal Broadcasting india Pvt.Ltd", 1],
    // the wrapped end of a name, a legal form alone
    ["Pvt.Ltd", 0.25],
    ["CO.LTD", 0.25],
    ["LLC", 0.25],
    // words cut off mid-clause
    ["Pvt.Ltd as an Assistant Accountant from", 0.25],
    ["Accounts Executive with", 0.25],
    ["8934473-1", 0],
  ])("%s weighs %d", (name, weight) => {
    expect(employerWeight(name)).toBe(weight);
  });
});
