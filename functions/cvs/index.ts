// /api/cvs: upload CVs (multipart or JSON text), read them (redacted, JSON Resume), their files, list, delete.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { toJsonResume } from "../../shared/analysis/jsonresume.ts";
import { redactAnalysis } from "../../shared/analysis/redact.ts";
import type { AnalysisResult } from "../../shared/analysis/types.ts";
import { getCv, getCvFile, listCvs } from "../../shared/db/cvs.ts";
import { readJson, validate } from "../../shared/http/body.ts";
import type { AppEnv } from "../../shared/http/env.ts";
import { HttpError } from "../../shared/http/errors.ts";
import {
  analysisHttpError,
  decodeCursor,
  encodeCursor,
  idParam,
  isAnalysisError,
  notFound,
} from "../../shared/http/params.ts";
import { servicesFor } from "../../shared/services/context.ts";
import { ingestCv, type StoredCv, type Upload } from "../../shared/services/ingest.ts";
import { removeCv } from "../../shared/services/remove.ts";
import { listQuery, textUpload, viewQuery } from "./schemas.ts";

const parse = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;

const present = (cv: StoredCv) => ({
  id: cv.id,
  filename: cv.filename,
  createdAt: cv.createdAt,
  analysis: cv.analysis,
  ...(cv.possibleDuplicateOf ? { possibleDuplicateOf: cv.possibleDuplicateOf } : {}),
  ...(cv.existing ? { duplicateOf: cv.id } : {}),
});

export function defineCvs() {
  const app = new Hono<AppEnv>();

  app.post(
    "/",
    async (c, next) => {
      const s = c.var.clients.settings;
      // The whole body may hold every file at its limit, plus multipart framing.
      return bodyLimit({
        maxSize: s.MAX_UPLOAD_BYTES * s.MAX_FILES_PER_UPLOAD + 64 * 1024,
        onError: () => {
          throw new HttpError(
            413,
            "too_large",
            `the upload is larger than ${s.MAX_FILES_PER_UPLOAD} files of ${s.MAX_UPLOAD_BYTES} bytes`,
          );
        },
      })(c, next);
    },
    async (c) => {
      const { clients, tenantId, log } = c.var;
      const settings = clients.settings;
      const services = servicesFor(clients);
      const type = c.req.header("content-type") ?? "";
      let uploads: Upload[];
      if (/^multipart\/form-data/i.test(type)) {
        const form = await c.req.parseBody({ all: true }).catch(() => {
          throw new HttpError(400, "malformed_multipart", "the multipart body could not be read");
        });
        const parts = ([] as unknown[]).concat(form.file ?? []);
        const files = parts.filter(
          (p): p is File => typeof p === "object" && p !== null && "arrayBuffer" in p,
        );
        if (files.length === 0)
          throw new HttpError(422, "invalid", "send one or more files in parts named `file`");
        if (files.length > settings.MAX_FILES_PER_UPLOAD)
          throw new HttpError(
            413,
            "too_many_files",
            `at most ${settings.MAX_FILES_PER_UPLOAD} files per upload`,
          );
        uploads = await Promise.all(
          files.map(async (f) => ({
            bytes: new Uint8Array(await f.arrayBuffer()),
            filename: f.name || null,
          })),
        );
      } else {
        const body = await readJson(c, textUpload);
        uploads = [
          { bytes: new TextEncoder().encode(body.text), filename: body.filename ?? null, asText: true },
        ];
      }

      const outcomes = [];
      for (const upload of uploads) {
        try {
          if (upload.bytes.byteLength > settings.MAX_UPLOAD_BYTES)
            throw new HttpError(
              413,
              "too_large",
              `the file is larger than ${settings.MAX_UPLOAD_BYTES} bytes`,
            );
          const stored = await ingestCv(clients, services, log, tenantId, upload);
          outcomes.push({ status: stored.existing ? 200 : 201, body: present(stored) });
        } catch (error) {
          const failure = isAnalysisError(error) ? analysisHttpError(error) : error;
          if (!(failure instanceof HttpError) || uploads.length === 1) throw failure;
          outcomes.push({
            status: failure.status,
            body: { filename: upload.filename, error: { code: failure.code, message: failure.message } },
          });
        }
      }
      if (uploads.length === 1) return c.json(outcomes[0].body, outcomes[0].status as 200 | 201);
      const stored = outcomes.some((o) => o.status < 300);
      return c.json({ items: outcomes.map((o) => ({ status: o.status, ...o.body })) }, stored ? 201 : 422);
    },
  );

  app.get("/", async (c) => {
    const { clients, tenantId } = c.var;
    const query = validate(listQuery, { ...c.req.query(), skill: c.req.queries("skill") ?? [] }, "query");
    const page = await listCvs(
      clients.readDb(),
      tenantId,
      {
        skills: query.skill,
        ...(query.minYears !== undefined ? { minYears: query.minYears } : {}),
        ...(query.location ? { location: query.location } : {}),
        ...(query.language ? { language: query.language } : {}),
        ...(query.q ? { q: query.q } : {}),
      },
      { limit: query.limit, before: decodeCursor(query.cursor) },
    );
    const last = page.items.at(-1);
    return c.json({
      items: page.items.map(({ seq: _seq, ...item }) => item),
      nextCursor: page.more && last ? encodeCursor(last.seq) : null,
    });
  });

  app.get("/:id", async (c) => {
    const { clients, tenantId } = c.var;
    const id = idParam(c, "CV");
    const view = validate(viewQuery, c.req.query(), "query");
    const row = await getCv(clients.readDb(), tenantId, id);
    if (!row) throw notFound("CV", id);
    let result: AnalysisResult = { text: row.text, analysis: parse(row.analysis) };
    if (view.redact === "true") result = redactAnalysis(result);
    if (view.format === "jsonresume") return c.json(toJsonResume(result.analysis));
    return c.json({
      id: row.id,
      filename: view.redact === "true" ? null : row.filename,
      contentType: row.content_type,
      createdAt: new Date(row.created_at).toISOString(),
      analysis: result.analysis,
      text: result.text,
      indexed: row.indexed_at !== null,
      ...(row.possible_duplicate_of ? { possibleDuplicateOf: row.possible_duplicate_of } : {}),
    });
  });

  app.get("/:id/file", async (c) => {
    const { clients, tenantId } = c.var;
    const id = idParam(c, "CV");
    const row = await getCvFile(clients.readDb(), tenantId, id);
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

  app.delete("/:id", async (c) => {
    const { clients, tenantId, log } = c.var;
    const id = idParam(c, "CV");
    if (!(await removeCv(clients, servicesFor(clients), tenantId, id, log))) throw notFound("CV", id);
    return c.body(null, 204);
  });

  return app;
}
