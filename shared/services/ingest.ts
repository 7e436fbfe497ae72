// Storing a CV: analyse (cached by content hash), write to the database first, then index its vector.
// The same bytes twice give the stored CV back; the same person under new bytes is stored and flagged.
import type { AnalysisResult } from "../analysis/index.ts";
import type { AnalysisLimits } from "../analysis/types.ts";
import type { Clients } from "../clients/types.ts";
import type { Settings } from "../config/settings.ts";
import { findCvByHash, insertCv, type StoredCvRecord } from "../db/cvs.ts";
import type { Logger } from "../log/logger.ts";
import { toCvProfile } from "../matching/profile.ts";
import type { Services } from "./context.ts";
import { storedFilename } from "./filename.ts";
import { embedOne, vectorPayload } from "./vectors.ts";

export interface Upload {
  bytes: Uint8Array;
  filename: string | null;
  /** the queue task whose row holds these bytes, copied from there into the CV's row */
  inTask?: string;
  /** given for JSON `{ text }` uploads: analysed as text, whatever the bytes look like */
  asText?: boolean;
  /**
   * the bytes' SHA-256, given by a caller that has looked it up already and found no stored CV (a queue task's
   * claim does): no second lookup before the analysis (the insert still meets a CV stored since)
   */
  lookedUp?: string;
}

export interface StoredCv {
  id: string;
  filename: string | null;
  createdAt: string;
  analysis: AnalysisResult["analysis"];
  possibleDuplicateOf?: string;
  /** true when these exact bytes were stored before (nothing new was written) */
  existing: boolean;
}

export const hex = (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
const contentTypes = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  txt: "text/plain; charset=utf-8",
  markdown: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
} as const;

/** "YYYY-MM" of today: the engine has no clock, the service gives it one. */
export const currentMonth = (now = new Date()) => now.toISOString().slice(0, 7);

/** The engine's limits as the settings give them, for every caller that runs an analysis. */
export function analysisLimitsOf(settings: Settings): AnalysisLimits {
  return {
    maxBytes: settings.MAX_UPLOAD_BYTES,
    maxPages: settings.MAX_PAGES,
    maxInflatedBytes: settings.MAX_INFLATED_BYTES,
    timeoutMs: settings.ANALYSIS_TIMEOUT_MS,
    maxPdfTextItems: settings.MAX_PDF_TEXT_ITEMS,
    maxPdfOperators: settings.MAX_PDF_OPERATORS,
  };
}

/** `services` given: the pool also derives the profile and the built-in embedding (see AnalysisJob.derive). */
export async function analyzeUpload(clients: Clients, upload: Upload, services?: Services) {
  // Not cached: the same bytes again are found by their hash in the database (ingestCv) before this runs, so
  // a cached copy (about 14 KB per upload, an hour in Redis) was never read and only grew the cache.
  const settings = clients.settings;
  const options = {
    asOf: currentMonth(),
    defaultRegion: settings.DEFAULT_PHONE_REGION,
    limits: analysisLimitsOf(settings),
  };
  // Never on the HTTP event loop: the pool runs it where a runaway document can be stopped.
  const result = await clients.analysisPool().analyze({
    bytes: upload.bytes,
    asText: upload.asText === true,
    options,
    ...(services ? { derive: { embeddingDimensions: services.embedder.builtinDimensions ?? null } } : {}),
  });
  return result;
}

export async function ingestCv(
  clients: Clients,
  services: Services,
  log: Logger,
  tenantId: string,
  upload: Upload,
): Promise<StoredCv> {
  const db = clients.db();
  const filename = storedFilename(upload.filename, clients.settings.MAX_FILENAME_CHARS);
  const hash =
    upload.lookedUp ?? hex(await crypto.subtle.digest("SHA-256", upload.bytes as Uint8Array<ArrayBuffer>));
  if (upload.lookedUp === undefined) {
    const before = await findCvByHash(db, tenantId, hash);
    if (before) return existingCv(before);
  }

  const result = await analyzeUpload(clients, upload, services);
  const { analysis, text, derived } = result;
  const profile = derived?.profile ?? toCvProfile(analysis, undefined, text);
  const embedding = derived?.embedding ?? (await embedOne(services, text));
  const id = crypto.randomUUID();
  const inserted = await insertCv(db, {
    id,
    tenantId,
    contentHash: hash,
    filename,
    contentType: upload.asText ? contentTypes.txt : contentTypes[analysis.document.type],
    file: upload.bytes,
    ...(upload.inTask === undefined ? {} : { fileInTask: upload.inTask }),
    text,
    analysis,
    profile,
    embedding,
  });
  if (!inserted) {
    // Another request stored the same bytes between our check and our write.
    const raced = await findCvByHash(db, tenantId, hash);
    if (raced) return existingCv(raced);
  }
  services.ranking.remember(tenantId, {
    id,
    profile,
    embedding,
    language: analysis.document.language,
    text,
    name: analysis.contact.name?.value ?? null,
    headline: analysis.headline?.value ?? null,
  });
  try {
    // The row is committed: the cache bump inside is best effort (results also expire by TTL).
    await services.indexWrites.write(tenantId, {
      id,
      vector: Array.from(embedding),
      payload: vectorPayload(tenantId, profile, analysis),
    });
  } catch (error) {
    // The CV is stored; its vector is caught up later (indexed_at stays null), never lost.
    log.warn("vector store unavailable: the CV will be indexed when it is back", { cvId: id, error });
  }
  return {
    id,
    filename,
    createdAt: new Date().toISOString(),
    analysis,
    ...(inserted?.possibleDuplicateOf ? { possibleDuplicateOf: inserted.possibleDuplicateOf } : {}),
    existing: false,
  };
}

function existingCv(cv: StoredCvRecord): StoredCv {
  return {
    id: cv.id,
    filename: cv.filename,
    createdAt: cv.createdAt,
    analysis: cv.analysis,
    ...(cv.possibleDuplicateOf ? { possibleDuplicateOf: cv.possibleDuplicateOf } : {}),
    existing: true,
  };
}
