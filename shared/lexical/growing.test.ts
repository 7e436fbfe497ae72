import { describe, expect, it } from "vitest";
import { buildLexicalIndex, createGrowingLexicalIndex } from "./growing.ts";

const options = { fields: { title: { weight: 3, b: 0.5 }, text: { weight: 1, b: 0.75 } } };
const docs = [
  { id: "a", fields: { title: "Java Developer", text: "Java and Java services, Spring" } },
  { id: "b", fields: { title: "Chef", text: "Menus, Java coffee, kitchen" } },
  { id: "c", fields: { title: "Nurse", text: "Patient care on a ward" } },
  { id: "d", fields: { title: "Senior Java Engineer", text: "Kotlin and Java on the JVM" } },
];
const queries = ["java developer", "chef kitchen", "patient care java", "quantum", "Java Spring Kotlin"];

function expectSame(grown: ReturnType<typeof createGrowingLexicalIndex>, kept: typeof docs, order: string[]) {
  const fresh = buildLexicalIndex(
    order.map((id) => kept.find((d) => d.id === id)!),
    options,
  );
  const view = grown.view(order);
  for (const query of queries) {
    const [a, b] = [[...view.score(query)], [...fresh.score(query)]];
    a.forEach((x, i) => {
      expect(x).toBeCloseTo(b[i], 4);
    });
    expect(view.ceiling(query)).toBeCloseTo(fresh.ceiling(query), 6);
    expect([...view.holdingAll(query)]).toEqual([...fresh.holdingAll(query)]);
  }
}

describe("createGrowingLexicalIndex", () => {
  it("scores as a fresh build over the same documents, in the order of the list it is viewed through", () => {
    const grown = createGrowingLexicalIndex(options);
    for (const d of docs) grown.add(d.id, d.fields);
    expectSame(grown, docs, ["a", "b", "c", "d"]);
    expectSame(grown, docs, ["d", "c", "b", "a"]);
  });

  it("forgets removed documents and replaces a document added again, as a rebuild would", () => {
    const grown = createGrowingLexicalIndex(options);
    for (const d of docs) grown.add(d.id, d.fields);
    grown.remove("b");
    const changed = { id: "a", fields: { title: "Chef", text: "Kitchen and menus" } };
    grown.add(changed.id, changed.fields);
    const kept = [changed, docs[2], docs[3]];
    expectSame(grown, kept, ["a", "c", "d"]);
    expect([grown.live, grown.dead]).toEqual([3, 2]);
  });

  it("gives 0 to an id it does not hold", () => {
    const grown = createGrowingLexicalIndex(options);
    grown.add("a", docs[0].fields);
    expect([...grown.view(["zz", "a"]).score("java")].map((x) => x > 0)).toEqual([false, true]);
  });
});

describe("scoreDocument", () => {
  it("gives a held document exactly its score, and an outside one a score from the index's statistics", () => {
    const grown = createGrowingLexicalIndex(options);
    for (const d of docs) grown.add(d.id, d.fields);
    const view = grown.view(docs.map((d) => d.id));
    for (const query of queries) {
      const scores = view.score(query);
      docs.forEach((d, i) => {
        expect(view.scoreDocument(query, d.fields)).toBe(scores[i]);
      });
    }
    // an outside document like "a" scores like "a"; one with a word no held document has scores nothing for it
    const outside = { title: "Java Developer", text: "Java and Java services, Spring" };
    expect(view.scoreDocument("java developer", outside)).toBe(view.score("java developer")[0]);
    expect(view.scoreDocument("quantum", { title: "Quantum", text: "quantum" })).toBe(0);
    expect(view.scoreDocument("java", { title: "Chef", text: "" })).toBe(0);
  });
});
