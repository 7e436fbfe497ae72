import { describe, expect, it } from "vitest";
import { createWorkersAiEmbedder, type WorkersAiBinding } from "./workers-ai.ts";

// Workers AI runs only on Cloudflare; this binding answers like it does (one vector per text, in order)
// and records each call, so the test checks what the embedder sends and how it reads the answer.
function recordingBinding(dimensions: number) {
  const calls: { model: string; text: string[] }[] = [];
  const ai: WorkersAiBinding = {
    async run(model, input) {
      calls.push({ model, text: input.text });
      return { data: input.text.map((text) => new Array(dimensions).fill(text.length)) };
    },
  };
  return { ai, calls };
}

describe("createWorkersAiEmbedder", () => {
  it("calls the default model with the texts and returns vectors in input order", async () => {
    const { ai, calls } = recordingBinding(384);
    const embedder = createWorkersAiEmbedder(ai);
    expect([embedder.name, embedder.dimensions]).toEqual(["workers-ai:@cf/baai/bge-small-en-v1.5", 384]);
    const vectors = await embedder.embed(["ab", "", "abcd"]);
    expect(vectors.map((v) => [v.length, v[0]])).toEqual([
      [384, 2],
      [384, 0],
      [384, 4],
    ]);
    expect(calls).toEqual([{ model: "@cf/baai/bge-small-en-v1.5", text: ["ab", "abcd"] }]);
  });

  it("splits more than 100 texts into calls of at most 100", async () => {
    const { ai, calls } = recordingBinding(8);
    const texts = Array.from({ length: 250 }, (_, i) => `cv ${i}`);
    const vectors = await createWorkersAiEmbedder(ai, "@cf/baai/bge-base-en-v1.5", 8).embed(texts);
    expect(vectors).toHaveLength(250);
    expect(calls.map((c) => c.text.length)).toEqual([100, 100, 50]);
  });

  it("refuses vectors of another length than configured", async () => {
    const { ai } = recordingBinding(768);
    await expect(createWorkersAiEmbedder(ai).embed(["a"])).rejects.toThrow(
      "Workers AI @cf/baai/bge-small-en-v1.5 returns 768-dimensional vectors, expected 384",
    );
  });
});
