import { describe, expect, it } from "vitest";
import { trainLogistic } from "./logistic.ts";
import { scores } from "./perceptron.ts";

const margin = (model: ReturnType<typeof trainLogistic>, features: string[]) => {
  const [yes, no] = scores(model, features);
  return yes - no;
};

describe("trainLogistic", () => {
  // "listed" mostly means claimed, "role" mostly not; one noisy example each way
  const examples = [
    ...Array.from({ length: 9 }, () => ({ features: ["bias", "listed"], label: "claim" })),
    { features: ["bias", "listed"], label: "skip" },
    ...Array.from({ length: 9 }, () => ({ features: ["bias", "role"], label: "skip" })),
    { features: ["bias", "role"], label: "claim" },
  ];
  const options = { l2: 0.001, iterations: 600, rate: 0.05 };

  it("learns the log-odds each feature carries, stored as half the margin on each label", () => {
    const model = trainLogistic(examples, "claim", "skip", options);
    expect(model.labels).toEqual(["claim", "skip"]);
    // 9 of 10 claimed: log(9) is about 2.2, a little less under the penalty
    expect(margin(model, ["bias", "listed"])).toBeGreaterThan(1.8);
    expect(margin(model, ["bias", "listed"])).toBeLessThan(2.25);
    expect(margin(model, ["bias", "role"])).toBeLessThan(-1.8);
    expect(model.weights.listed[0]).toBe(-model.weights.listed[1]);
  });

  it("gives the same weights for the same examples, and smaller ones under a larger penalty", () => {
    expect(trainLogistic(examples, "claim", "skip", options)).toEqual(
      trainLogistic(examples, "claim", "skip", options),
    );
    const strong = trainLogistic(examples, "claim", "skip", { ...options, l2: 0.1 });
    expect(Math.abs(margin(strong, ["bias", "listed"]))).toBeLessThan(
      Math.abs(margin(trainLogistic(examples, "claim", "skip", options), ["bias", "listed"])),
    );
  });

  it("gives no weight to a feature it never saw", () => {
    const model = trainLogistic(examples, "claim", "skip", options);
    expect(margin(model, ["never seen"])).toBe(0);
  });
});
