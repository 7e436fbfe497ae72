// The Embedder contract: turns texts into fixed-length vectors for the vector store and semantic scoring.

export interface Embedder {
  /** identifies the model and its version; a vector store records it so vectors of two models never mix */
  readonly name: string;
  /** the length of every vector this embedder returns */
  readonly dimensions: number;
  /**
   * where this model's cosines of a CV and a job lie: at or below the first, as alike as unrelated texts;
   * at or above the second, a close match. Matching maps the range onto 0–100; without it, cosine × 100.
   */
  readonly similarityRange?: readonly [number, number];
  /**
   * set by the built-in embedder alone: its vector is computed from the text with nothing else, so an analysis
   * thread computes it beside the analysis instead of the HTTP event loop
   */
  readonly builtinDimensions?: number;
  /** one vector per text, in input order; an empty (or whitespace-only) text gives the zero vector */
  embed(texts: string[]): Promise<number[][]>;
}
