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
  // Four running sums: independent additions the CPU can overlap (ranking takes ten thousand of these per request).
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  const n = a.length;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    s0 += a[i] * b[i];
    s1 += a[i + 1] * b[i + 1];
    s2 += a[i + 2] * b[i + 2];
    s3 += a[i + 3] * b[i + 3];
  }
  for (; i < n; i++) s0 += a[i] * b[i];
  return s0 + s1 + (s2 + s3);
}
