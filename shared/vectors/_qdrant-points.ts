// How a CV's vector becomes a Qdrant point: its id, its payload, and the filter that selects it.
import { filterTerm, locationKey, locationKeys, skillKeys } from "../matching/cv-filter.ts";
import type { VectorFilter, VectorPayload } from "./types.ts";

const encoder = new TextEncoder();

/**
 * Qdrant point ids must be UUIDs (or integers). The id is derived from tenant and CV id, so two tenants can never
 * overwrite each other's point, and the CV id itself travels in the payload.
 */
export async function pointId(tenantId: string, cvId: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", encoder.encode(`${tenantId}\u0000${cvId}`)),
  );
  // shaped like an RFC 9562 version 8 (custom) UUID
  digest[6] = (digest[6] & 0x0f) | 0x80;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  const hex = Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The stored payload: the original values plus the normalized keys the filters match on. */
export function toQdrantPayload(cvId: string, payload: VectorPayload): Record<string, unknown> {
  return {
    cvId,
    tenantId: payload.tenantId,
    skills: skillKeys(payload.skills),
    years: payload.years,
    location: payload.location,
    locationKeys: locationKeys(payload.location),
    language: payload.language === null ? null : filterTerm(payload.language),
    educationLevel: payload.educationLevel,
  };
}

type Condition =
  | { key: string; match: { value: string } }
  | { key: string; range: { gte: number } }
  | { has_id: string[] };

/** Every condition is a `must`: the tenant always, then each filter field that is set. */
export async function qdrantFilter(filter: VectorFilter): Promise<{ must: Condition[] }> {
  const must: Condition[] = [{ key: "tenantId", match: { value: filter.tenantId } }];
  for (const skill of skillKeys(filter.skills ?? [])) must.push({ key: "skills", match: { value: skill } });
  if (filter.minYears !== undefined) must.push({ key: "years", range: { gte: filter.minYears } });
  if (filter.location !== undefined)
    must.push({ key: "locationKeys", match: { value: locationKey(filter.location) } });
  if (filter.language !== undefined)
    must.push({ key: "language", match: { value: filterTerm(filter.language) } });
  if (filter.ids !== undefined)
    must.push({ has_id: await Promise.all(filter.ids.map((id) => pointId(filter.tenantId, id))) });
  return { must };
}
