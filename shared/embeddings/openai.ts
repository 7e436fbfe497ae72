// An Embedder over an OpenAI-compatible POST /v1/embeddings endpoint: OpenAI itself, Ollama, or Hugging
// Face text-embeddings-inference. Fails loudly: a wrong dimension, an HTTP error or a timeout is an error,
// never a silent switch to another embedder (vectors of two models must not mix in one collection).
import { DependencyUnavailableError } from "../clients/errors.ts";
import type { Embedder } from "./types.ts";

export interface HttpEmbedderOptions {
  /**
   * The server's base URL ("http://localhost:11434"), or one already ending in /v1 or /v1/embeddings;
   * all three reach the same endpoint. A trailing slash is ignored.
   */
  url: string;
  model: string;
  /** sent as `Authorization: Bearer <apiKey>` when set */
  apiKey?: string;
  /** the length every returned vector must have */
  dimensions: number;
  /** per request; a batch that takes longer fails */
  timeoutMs: number;
  /** texts per request; larger inputs are sent as several requests, one after the other */
  batchSize: number;
  /**
   * Also send `dimensions` in the request, asking the model to shorten its vectors. Only models trained
   * for it accept this (OpenAI's text-embedding-3-*); others reject or ignore it, so it is off by default.
   */
  requestDimensions?: boolean;
  /** the fetch to use; the global one by default */
  fetch?: typeof fetch;
}

/** resolves the accepted URL forms to the embeddings endpoint */
export function embeddingsEndpoint(url: string): string {
  const base = url.trim().replace(/\/+$/, "");
  if (/\/v1\/embeddings$/.test(base)) return base;
  if (/\/v1$/.test(base)) return `${base}/embeddings`;
  return `${base}/v1/embeddings`;
}

export class EmbeddingError extends DependencyUnavailableError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("embeddings", message, options);
    this.name = "EmbeddingError";
  }
}

interface EmbeddingsResponse {
  data?: { embedding?: unknown; index?: number }[];
}

/** the message a server put in its error body, in the shapes OpenAI, Ollama and TEI use */
function serverMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown; message?: unknown };
    const error = parsed.error;
    if (typeof error === "string") return error;
    if (error && typeof error === "object" && typeof (error as { message?: unknown }).message === "string")
      return (error as { message: string }).message;
    if (typeof parsed.message === "string") return parsed.message;
  } catch {
    // not JSON: the raw text below says what happened
  }
  return body.slice(0, 300);
}

export function createHttpEmbedder(options: HttpEmbedderOptions): Embedder {
  const { model, apiKey, dimensions, timeoutMs, batchSize } = options;
  if (!model) throw new EmbeddingError("the HTTP embedder needs a model name (EMBEDDING_MODEL)");
  if (!Number.isInteger(dimensions) || dimensions < 1)
    throw new EmbeddingError(`the HTTP embedder needs a positive integer dimension, got ${dimensions}`);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new EmbeddingError(`the HTTP embedder needs a positive batch size, got ${batchSize}`);
  const endpoint = embeddingsEndpoint(options.url);
  const send = options.fetch ?? fetch;
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (apiKey) headers.authorization = `Bearer ${apiKey}`;

  async function embedBatch(input: string[]): Promise<number[][]> {
    const body: Record<string, unknown> = { model, input };
    if (options.requestDimensions) body.dimensions = dimensions;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await send(endpoint, {
        method: "POST",
        headers,
        body: JSON.stringify(body),
        signal: abort.signal,
      });
      text = await response.text();
    } catch (error) {
      if (abort.signal.aborted)
        throw new EmbeddingError(`embedding request to ${endpoint} timed out after ${timeoutMs} ms`, {
          cause: error,
        });
      throw new EmbeddingError(`embedding request to ${endpoint} failed: ${(error as Error).message}`, {
        cause: error,
      });
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok)
      throw new EmbeddingError(
        `embedding server ${endpoint} answered ${response.status} for model ${model}: ${serverMessage(text)}`,
      );
    let parsed: EmbeddingsResponse;
    try {
      parsed = JSON.parse(text) as EmbeddingsResponse;
    } catch (error) {
      throw new EmbeddingError(`embedding server ${endpoint} answered with something other than JSON`, {
        cause: error,
      });
    }
    const data = parsed.data;
    if (!Array.isArray(data) || data.length !== input.length)
      throw new EmbeddingError(
        `embedding server ${endpoint} returned ${Array.isArray(data) ? data.length : "no"} vectors for ${input.length} texts`,
      );
    // The protocol gives each vector its input index; servers may answer out of order.
    const ordered = data.every((item) => Number.isInteger(item.index))
      ? [...data].sort((a, b) => (a.index as number) - (b.index as number))
      : data;
    return ordered.map((item, position) => {
      const vector = item.embedding;
      if (
        !Array.isArray(vector) ||
        !vector.every((value) => typeof value === "number" && Number.isFinite(value))
      )
        throw new EmbeddingError(
          `embedding server ${endpoint} returned a vector that is not a list of numbers`,
        );
      if (vector.length !== dimensions)
        throw new EmbeddingError(
          `model ${model} at ${endpoint} returns ${vector.length}-dimensional vectors (text ${position}), ` +
            `but EMBEDDING_DIMENSIONS is ${dimensions}: set it to ${vector.length} and rebuild the vectors`,
        );
      return vector as number[];
    });
  }

  return {
    name: `http:${model}`,
    dimensions,
    async embed(texts) {
      const vectors: number[][] = texts.map(() => []);
      // Blank texts get the zero vector without a request: some servers reject empty input outright.
      const pending = texts.flatMap((text, index) => (text.trim() === "" ? [] : [index]));
      for (const index of texts.keys())
        if (texts[index]!.trim() === "") vectors[index] = new Array(dimensions).fill(0);
      for (let start = 0; start < pending.length; start += batchSize) {
        const indexes = pending.slice(start, start + batchSize);
        const batch = await embedBatch(indexes.map((index) => texts[index]!));
        indexes.forEach((index, i) => {
          vectors[index] = batch[i]!;
        });
      }
      return vectors;
    },
  };
}
