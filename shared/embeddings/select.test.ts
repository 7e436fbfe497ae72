import { describe, expect, it } from "vitest";
import { loadSettings } from "../config/settings.ts";
import { createEmbedder } from "./select.ts";
import type { WorkersAiBinding } from "./workers-ai.ts";

const ai: WorkersAiBinding = {
  run: async (_model, input) => ({ data: input.text.map(() => new Array(384).fill(0.1)) }),
};

describe("createEmbedder", () => {
  it.each([
    [{}, false, "builtin-hashed-v1", 384],
    [{ EMBEDDING_DIMENSIONS: "256" }, false, "builtin-hashed-v1", 256],
    [{}, true, "workers-ai:@cf/baai/bge-small-en-v1.5", 384],
    [
      { EMBEDDING_MODEL: "@cf/baai/bge-base-en-v1.5", EMBEDDING_DIMENSIONS: "768" },
      true,
      "workers-ai:@cf/baai/bge-base-en-v1.5",
      768,
    ],
    [
      {
        EMBEDDING_URL: "http://localhost:11434",
        EMBEDDING_MODEL: "nomic-embed-text",
        EMBEDDING_DIMENSIONS: "768",
      },
      false,
      "http:nomic-embed-text",
      768,
    ],
    [
      { EMBEDDING_URL: "https://api.openai.com/v1", EMBEDDING_MODEL: "text-embedding-3-small" },
      true,
      "http:text-embedding-3-small",
      384,
    ],
  ] as const)("from %j (binding: %s) makes %s with %i dimensions", (env, withBinding, name, dimensions) => {
    const embedder = createEmbedder(loadSettings(env), withBinding ? { ai } : {});
    expect([embedder.name, embedder.dimensions]).toEqual([name, dimensions]);
  });

  it("refuses EMBEDDING_URL without EMBEDDING_MODEL", () => {
    expect(() => createEmbedder(loadSettings({ EMBEDDING_URL: "http://localhost:11434" }))).toThrow(
      "EMBEDDING_URL is set but EMBEDDING_MODEL is not",
    );
  });
});
