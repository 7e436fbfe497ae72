import { describe, expect, it } from "vitest";
import { pieceFeatures } from "./features.ts";
import { predict, train } from "./perceptron.ts";

describe("averaged perceptron", () => {
  const examples = [
    ...["Site Engineer", "Senior Accountant", "Sales Executive", "Store Manager", "Lab Technician"].map(
      (p) => ({
        features: pieceFeatures(p, { index: 0, count: 2, dated: true }),
        label: "title",
      }),
    ),
    ...["Varuna Builders", "Kestrel Textiles", "Orbit Motors", "Delta Rail Works", "Indus Tools"].map(
      (p) => ({
        features: pieceFeatures(p, { index: 1, count: 2, dated: true }),
        label: "organisation",
      }),
    ),
  ];

  it("separates titles from organisations it has seen and reads a new one by its head word", () => {
    const model = train(examples, { epochs: 10, seed: 7 });
    expect(model.labels).toEqual(["organisation", "title"]);
    for (const e of examples) expect(predict(model, e.features)).toBe(e.label);
    expect(predict(model, pieceFeatures("Maintenance Engineer", { index: 0, count: 2, dated: true }))).toBe(
      "title",
    );
  });

  it("gives the same weights for the same data and seed, other weights for another seed order", () => {
    const a = train(examples, { epochs: 3, seed: 7 });
    expect(train(examples, { epochs: 3, seed: 7 })).toEqual(a);
    expect(JSON.stringify(train(examples, { epochs: 3, seed: 8 }).weights)).not.toBe(
      JSON.stringify(a.weights),
    );
  });
});
