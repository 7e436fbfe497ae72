// /api/cvs: upload CVs (multipart or JSON text), read them (redacted, JSON Resume), their files, list, delete.
import { OpenAPIHono, type z } from "@hono/zod-openapi";
import { AnalysisError } from "../../shared/analysis/errors.ts";
import { toJsonResume } from "../../shared/analysis/jsonresume.ts";
import { redactAnalysis } from "../../shared/analysis/redact.ts";
import type { AnalysisResult } from "../../shared/analysis/types.ts";
import * as cvs from "../../shared/db/cvs.ts";
import { stallRelease } from "../../shared/http/body-stream.ts";
import type { AppEnv } from "../../shared/http/env.ts";
import { HttpError, toHttpError } from "../../shared/http/errors.ts";
import { decodeListCursor, encodeListCursor } from "../../shared/http/list-cursor.ts";
import { readMultipartFiles } from "../../shared/http/multipart.ts";
import { notFound } from "../../shared/http/params.ts";
import { submitBatch } from "../../shared/services/batches.ts";
import { defaultOrder, listCvPage } from "../../shared/services/cv-list.ts";
import { ingestCv, type StoredCv, type Upload } from "../../shared/services/ingest.ts";
import { removeCv } from "../../shared/services/remove.ts";
import { deleteCv, getCv, getCvFile, listCvs, uploadCvs } from "./routes.ts";
import type { textUpload } from "./schemas.ts";

const parse = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;

const present = (cv: StoredCv) => ({
  id: cv.id,
  filename: cv.filename,
  createdAt: cv.createdAt,
  analysis: cv.analysis,
  ...(cv.possibleDuplicateOf ? { possibleDuplicateOf: cv.possibleDuplicateOf } : {}),
  ...(cv.existing ? { duplicateOf: cv.id } : {}),
});

type Outcome =
  | { status: 200 | 201; body: ReturnType<typeof present> }
  | { status: number; body: { filename: string | null; error: { code: string; message: string } } };

export function defineCvs() {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(uploadCvs, async (c) => {
    const { clients, services, settings, tenantId, log } = c.var;
    let uploads: Upload[];
    if (/^multipart\/form-data/i.test(c.req.header("content-type") ?? "")) {
      const files = await readMultipartFiles(c.req.raw, {
        maxFileBytes: settings.MAX_UPLOAD_BYTES,
        maxFiles: settings.MAX_FILES_PER_UPLOAD,
        idleMs: settings.BODY_IDLE_TIMEOUT_MS,
        field: "file",
        ...stallRelease(c),
      });
      if (files.length === 0)
        throw new HttpError(422, "invalid", "send one or more files in parts named `file`");
      uploads = files;
    } else {
      // Two media types, one of them files that are not validated by schema: the JSON part is named here.
      const body = c.req.valid("json" as never) as z.output<typeof textUpload>;
      uploads = [
        { bytes: new TextEncoder().encode(body.text), filename: body.filename ?? null, asText: true },
      ];
    }

    if (c.req.valid("query").async === "true") {
      const batch = await submitBatch(clients, tenantId, uploads, log);
      const status = `/api/batches/${batch.id}`;
      c.header("Location", status);
      return c.json({ ...batch, status, events: `${status}/events` }, 202);
    }

    const outcomes: Outcome[] = [];
    for (const upload of uploads) {
      try {
        if (upload.bytes.byteLength > settings.MAX_UPLOAD_BYTES)
          throw new HttpError(413, "too_large", `the file is larger than ${settings.MAX_UPLOAD_BYTES} bytes`);
        const stored = await ingestCv(clients, services, log, tenantId, upload);
        outcomes.push({ status: stored.existing ? 200 : 201, body: present(stored) });
      } catch (error) {
        // A file the service refuses is that file's answer when there are several; alone, it is the answer.
        const refused = error instanceof HttpError || error instanceof AnalysisError;
        const failure = uploads.length > 1 && refused ? toHttpError(error) : null;
        if (!failure) throw error;
        outcomes.push({
          status: failure.status,
          body: { filename: upload.filename, error: { code: failure.code, message: failure.message } },
        });
      }
    }
    const [first] = outcomes;
    if (uploads.length === 1 && "id" in first.body) {
      return first.status === 200 ? c.json(first.body, 200) : c.json(first.body, 201);
    }
    const items = outcomes.map((o) =>
      "id" in o.body ? { ...o.body, status: o.status as 200 | 201 } : { ...o.body, status: o.status },
    );
    return outcomes.some((o) => o.status < 300) ? c.json({ items }, 201) : c.json({ items }, 422);
  });

  app.openapi(listCvs, async (c) => {
    const { clients, tenantId } = c.var;
    const query = c.req.valid("query");
    const { sort } = query;
    const order = query.order ?? defaultOrder(sort);
    const after = decodeListCursor(query.cursor, sort, order);
    const page = await listCvPage(
      clients.readDb(),
      tenantId,
      {
        skills: query.skill,
        ...(query.minYears !== undefined ? { minYears: query.minYears } : {}),
        ...(query.location ? { location: query.location } : {}),
        ...(query.language ? { language: query.language } : {}),
        ...(query.q ? { q: query.q } : {}),
      },
      { limit: query.limit, sort, order, ...(after ? { after } : {}) },
    );
    const last = page.items.at(-1);
    return c.json(
      {
        items: page.items.map(({ position: _position, ...item }) => item),
        nextCursor: page.more && last ? encodeListCursor(sort, order, last.position) : null,
        total: page.total,
      },
      200,
    );
  });

  app.openapi(getCv, async (c) => {
    const { clients, tenantId } = c.var;
    const { id } = c.req.valid("param");
    const view = c.req.valid("query");
    const row = await cvs.getCv(clients.readDb(), tenantId, id);
    if (!row) throw notFound("CV", id);
    let result: AnalysisResult = { text: row.text, analysis: parse(row.analysis) };
    if (view.redact === "true") result = redactAnalysis(result);
    if (view.format === "jsonresume") return c.json(toJsonResume(result.analysis), 200);
    return c.json(
      {
        id: row.id,
        filename: view.redact === "true" ? null : row.filename,
        contentType: row.content_type,
        createdAt: new Date(row.created_at).toISOString(),
        analysis: result.analysis,
        text: result.text,
        indexed: row.indexed_at !== null,
        ...(row.possible_duplicate_of ? { possibleDuplicateOf: row.possible_duplicate_of } : {}),
      },
      200,
    );
  });

  app.openapi(getCvFile, async (c) => {
    const { clients, tenantId } = c.var;
    const { id } = c.req.valid("param");
    const row = await cvs.getCvFile(clients.readDb(), tenantId, id);
    if (!row?.file) throw notFound("CV", id);
    const name = (row.filename ?? `${id}`).replace(/[^\w.-]+/g, "_");
    // A stored HTML (or SVG, which is read as HTML) file is the uploader's markup: never rendered as a page of
    // this origin. It goes out as bytes, and every file response forbids scripts and same-origin access.
    const markup = /^(text\/html|image\/svg\+xml|application\/xhtml\+xml)/i.test(row.content_type);
    return c.body(new Uint8Array(row.file), 200, {
      "Content-Type": markup ? "application/octet-stream" : row.content_type,
      "Content-Disposition": `attachment; filename="${name}"`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'",
    });
  });

  app.openapi(deleteCv, async (c) => {
    const { clients, services, tenantId, log } = c.var;
    const { id } = c.req.valid("param");
    if (!(await removeCv(clients, services, tenantId, id, log))) throw notFound("CV", id);
    return c.body(null, 204);
  });

  return app;
}
