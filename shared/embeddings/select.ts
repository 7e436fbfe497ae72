// Picks the embedder from configuration: an OpenAI-compatible endpoint when EMBEDDING_URL is set, else
// Workers AI when the edge passes its binding, else the built-in one. Never falls back silently.
import type { Settings } from "../config/settings.ts";
import { createBuiltinEmbedder } from "./builtin.ts";
import { createHttpEmbedder } from "./openai.ts";
import type { Embedder } from "./types.ts";
import { createWorkersAiEmbedder, type WorkersAiBinding } from "./workers-ai.ts";

type EmbeddingSettings = Pick<
  Settings,
  | "EMBEDDING_URL"
  | "EMBEDDING_MODEL"
  | "EMBEDDING_API_KEY"
  | "EMBEDDING_DIMENSIONS"
  | "EMBEDDING_TIMEOUT_MS"
  | "EMBEDDING_BATCH_SIZE"
>;

// OpenAI's third-generation models can shorten their vectors to EMBEDDING_DIMENSIONS; older models and
// other servers are sent no `dimensions` and must return EMBEDDING_DIMENSIONS on their own.
const shortensOnRequest = (model: string) => model.startsWith("text-embedding-3");

export function createEmbedder(
  settings: EmbeddingSettings,
  options: { ai?: WorkersAiBinding } = {},
): Embedder {
  if (settings.EMBEDDING_URL) {
    if (!settings.EMBEDDING_MODEL)
      throw new Error(
        "EMBEDDING_URL is set but EMBEDDING_MODEL is not: name the model the endpoint should use (e.g. nomic-embed-text)",
      );
    return createHttpEmbedder({
      url: settings.EMBEDDING_URL,
      model: settings.EMBEDDING_MODEL,
      apiKey: settings.EMBEDDING_API_KEY,
      dimensions: settings.EMBEDDING_DIMENSIONS,
      timeoutMs: settings.EMBEDDING_TIMEOUT_MS,
      batchSize: settings.EMBEDDING_BATCH_SIZE,
      requestDimensions: shortensOnRequest(settings.EMBEDDING_MODEL),
    });
  }
  if (options.ai) {
    // EMBEDDING_MODEL names a Workers AI model here; its default dimension only fits the default model.
    return settings.EMBEDDING_MODEL
      ? createWorkersAiEmbedder(options.ai, settings.EMBEDDING_MODEL, settings.EMBEDDING_DIMENSIONS)
      : createWorkersAiEmbedder(options.ai);
  }
  return createBuiltinEmbedder(settings.EMBEDDING_DIMENSIONS);
}
