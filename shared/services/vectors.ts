// Embedding a CV or a query for the vector store and the ranking index: always L2-normalized float32.
import type { Analysis } from "../analysis/types.ts";
import type { CvProfile } from "../matching/profile.ts";
import type { VectorPayload } from "../vectors/types.ts";
import type { Services } from "./context.ts";

export function normalize(vector: ArrayLike<number>): Float32Array {
  let norm = 0;
  for (let i = 0; i < vector.length; i++) norm += vector[i] * vector[i];
  const out = new Float32Array(vector.length);
  if (norm === 0) return out;
  const scale = 1 / Math.sqrt(norm);
  for (let i = 0; i < vector.length; i++) out[i] = vector[i] * scale;
  return out;
}

export async function embedOne(services: Services, text: string): Promise<Float32Array> {
  const [vector] = await services.embedder.embed([text]);
  return normalize(vector);
}

export function cosine(a: Float32Array, b: Float32Array | null): number {
  if (!b || b.length !== a.length) return 0;
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i] * b[i];
  return dot;
}

export function vectorPayload(tenantId: string, profile: CvProfile, analysis: Analysis): VectorPayload {
  return {
    tenantId,
    skills: profile.skills,
    years: profile.years,
    location: profile.location,
    language: analysis.document.language,
    educationLevel: profile.educationLevel,
  };
}
