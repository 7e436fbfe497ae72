// An Embedder over a Cloudflare Workers AI binding (env.AI), the edge's embedder when no
// EMBEDDING_URL is set. Same rules as the HTTP one: a vector of the wrong length is an error.
import type { Embedder } from "./types.ts";

/** the part of the Workers AI binding an embedding model uses */
export interface WorkersAiBinding {
  run(model: string, input: { text: string[] }): Promise<{ data: number[][] }>;
}

// Workers AI's text-embedding models take at most 100 texts per call.
const maxTextsPerCall = 100;

export function createWorkersAiEmbedder(
  ai: WorkersAiBinding,
  model = "@cf/baai/bge-small-en-v1.5",
  dimensions = 384,
): Embedder {
  return {
    name: `workers-ai:${model}`,
    dimensions,
    async embed(texts) {
      const vectors: number[][] = texts.map(() => new Array(dimensions).fill(0));
      // Blank texts keep the zero vector, as with the other embedders.
      const pending = texts.flatMap((text, index) => (text.trim() === "" ? [] : [index]));
      for (let start = 0; start < pending.length; start += maxTextsPerCall) {
        const indexes = pending.slice(start, start + maxTextsPerCall);
        const { data } = await ai.run(model, { text: indexes.map((index) => texts[index]!) });
        if (!Array.isArray(data) || data.length !== indexes.length)
          throw new Error(
            `Workers AI ${model} returned ${Array.isArray(data) ? data.length : "no"} vectors for ${indexes.length} texts`,
          );
        indexes.forEach((index, i) => {
          const vector = data[i]!;
          if (vector.length !== dimensions)
            throw new Error(
              `Workers AI ${model} returns ${vector.length}-dimensional vectors, expected ${dimensions}`,
            );
          vectors[index] = vector;
        });
      }
      return vectors;
    },
  };
}
