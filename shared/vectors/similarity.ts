// Vector arithmetic shared by the stores, the reindex and the ranking: L2 normalization and cosine similarity.

export function normalize(vector: ArrayLike<number>): Float32Array {
  let norm = 0;
  for (let i = 0; i < vector.length; i++) norm += vector[i] * vector[i];
  const out = new Float32Array(vector.length);
  if (norm === 0) return out;
  const scale = 1 / Math.sqrt(norm);
  for (let i = 0; i < vector.length; i++) out[i] = vector[i] * scale;
  return out;
}

/** The cosine of two L2-normalized vectors (their dot product); 0 when one is missing or of another length. */
export function cosine(a: Float32Array, b: Float32Array | null): number {
  if (!b || b.length !== a.length) return 0;
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i] * b[i];
  return dot;
}
