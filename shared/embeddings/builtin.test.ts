import { describe, expect, it } from "vitest";
import { characterNgrams, contentWords, foldWord } from "./_features.ts";
import { createBuiltinEmbedder, embedText, hashFeature } from "./builtin.ts";

const cosine = (a: number[], b: number[]) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);
const norm = (a: number[]) => Math.sqrt(cosine(a, a));

const pythonCv = `Senior backend developer. 6 years of Python, Django and Django REST framework, PostgreSQL, Redis,
Celery, Docker. Built REST APIs serving 2M requests a day; moved a monolith to services on AWS.`;
const nurseCv = `Registered nurse with 8 years in intensive care. Patient assessment, medication administration,
wound care, ventilator management, BLS and ACLS certified. Charge nurse on night shifts.`;
const query = "Python backend developer";

describe("built-in embedder features", () => {
  it.each([
    ["Résumé", "resume"],
    ["Größe", "grosse"],
    ["ÆØÅ", "aeoa"],
    ["C++", "c++"],
  ])("folds %s to %s", (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });

  it.each([
    ["The developer and the tester", ["developer", "tester"]],
    ["Entwickler für die Datenbank", ["entwickler", "datenbank"]],
    ["Développeur de la base de données", ["developpeur", "base", "donnees"]],
    ["desarrollador con experiencia en Java", ["desarrollador", "experiencia", "java"]],
    ["ontwikkelaar van de software", ["ontwikkelaar", "software"]],
    ["C# and C++ developer", ["c#", "c++", "developer"]],
  ])("keeps the content words of %j", (text, words) => {
    expect(contentWords(text)).toEqual(words);
  });

  it("pads character n-grams with word boundaries", () => {
    expect(characterNgrams("java")).toEqual([
      "<ja",
      "jav",
      "ava",
      "va>",
      "<jav",
      "java",
      "ava>",
      "<java",
      "java>",
    ]);
  });
});

describe("createBuiltinEmbedder", () => {
  const embedder = createBuiltinEmbedder(384);
  const similarity = async (a: string, b: string) => {
    const [x, y] = await embedder.embed([a, b]);
    return cosine(x!, y!);
  };

  it("names its version and returns one unit vector of the configured length per text", async () => {
    expect(embedder.name).toBe("builtin-hashed-v1");
    expect(embedder.dimensions).toBe(384);
    const vectors = await embedder.embed([pythonCv, nurseCv, query]);
    expect(vectors.map((v) => v.length)).toEqual([384, 384, 384]);
    for (const vector of vectors) expect(norm(vector)).toBeCloseTo(1, 12);
  });

  it.each([8, 64, 1536])("honours %i dimensions", async (dimensions) => {
    const [vector] = await createBuiltinEmbedder(dimensions).embed([pythonCv]);
    expect(vector).toHaveLength(dimensions);
    expect(norm(vector!)).toBeCloseTo(1, 12);
  });

  it.each([0, -1, 2.5, Number.NaN])("refuses %s dimensions", (dimensions) => {
    expect(() => createBuiltinEmbedder(dimensions)).toThrow(/positive integer dimension/);
  });

  it("is deterministic: identical texts have cosine 1", async () => {
    expect(await similarity(pythonCv, pythonCv)).toBeCloseTo(1, 12);
    expect(embedText(pythonCv, 384)).toEqual(embedText(pythonCv, 384));
  });

  it.each(["", "   \n\t", "the and of"])(
    "gives the zero vector for a text without features (%j)",
    async (text) => {
      const [vector] = await embedder.embed([text]);
      expect(vector).toEqual(new Array(384).fill(0));
      expect(cosine(vector!, embedText(pythonCv, 384))).toBe(0);
    },
  );

  it("puts a Python/Django CV closer to a Python backend query than a nurse CV", async () => {
    const python = await similarity(query, pythonCv);
    const nurse = await similarity(query, nurseCv);
    expect(python).toBeGreaterThan(nurse + 0.2);
  });

  it.each([
    // [anchor, close, far]: the taxonomy alias (JS = JavaScript) or the shared root brings `close` nearer
    ["JS developer", "JavaScript engineer", "Registered nurse"],
    ["JS developer", "JavaScript engineer", "Java developer"],
    ["k8s and postgres", "Kubernetes, PostgreSQL", "Excel and Word"],
    ["React frontend developer", "JavaScript developer", "Nursing assistant"],
    ["Projektmanagerin", "Projektmanager", "Krankenschwester"],
    ["developpeur logiciel", "développeur logiciels", "infirmière"],
  ])("puts %j nearer to %j than to %j, by a margin", async (anchor, close, far) => {
    expect(await similarity(anchor, close)).toBeGreaterThan((await similarity(anchor, far)) + 0.2);
  });

  it("does not care about case or accents", async () => {
    expect(await similarity("Développeur Python", "developpeur python")).toBeCloseTo(1, 12);
  });

  // Stored vectors are compared with new ones until the version changes: these are version 1's figures, taken
  // from the implementation that built its features as whole strings ("w:python") before hashing them.
  it("gives version 1's hashes and vectors", () => {
    expect([hashFeature("w:python"), hashFeature("c:<py"), hashFeature("s:Python")]).toEqual([
      1212777674, 1071104522, 1005733856,
    ]);
    const version1 = [
      0.516351541476, -0.391558537682, -0.013103592704, 0.572520304229, 0.038659483104, 0.425684715161,
      0.161044668218, 0.112143860308, 0.013032780837, -0.01653828552, 0.06778323166, 0.020553461477,
      -0.087693456353, 0.042674659062, 0.046642413406, 0.117264522711,
    ];
    const vector = embedText("Senior Python developer: Django, PostgreSQL and AWS.", 16);
    expect(vector.map((value) => Number(value.toFixed(11)))).toEqual(
      version1.map((value) => Number(value.toFixed(11))),
    );
  });
});
