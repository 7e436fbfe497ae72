// Embedding a CV or a query for the vector store and the ranking index: always L2-normalized float32.
import type { Analysis } from "../analysis/types.ts";
import type { CvProfile } from "../matching/profile.ts";
import { normalize } from "../vectors/similarity.ts";
import type { VectorPayload } from "../vectors/types.ts";
import type { Services } from "./context.ts";

export async function embedOne(services: Services, text: string): Promise<Float32Array> {
  const [vector] = await services.embedder.embed([text]);
  return normalize(vector);
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
