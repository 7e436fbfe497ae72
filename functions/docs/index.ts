// GET /api/openapi.json (generated from the zod schemas) and /api/docs (a self-contained page listing it).
import { Hono } from "hono";
import type { AppEnv } from "../../shared/http/env.ts";
import { buildOpenApiDocument } from "./openapi.ts";

const VERSION = "0.1.0";

const htmlEscape = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

function docsPage(document: ReturnType<typeof buildOpenApiDocument>): string {
  const rows = Object.entries(document.paths)
    .flatMap(([path, operations]) =>
      Object.entries(operations as Record<string, { summary: string }>).map(
        ([method, op]) =>
          `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${htmlEscape(path)}</code></td><td>${htmlEscape(op.summary)}</td></tr>`,
      ),
    )
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cv-analyzer API</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}td{padding:.3rem .8rem;border-bottom:1px solid #ddd}code{font-size:.95em}</style>
</head><body><h1>cv-analyzer API</h1><p>${htmlEscape(document.info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<table><thead><tr><th>method</th><th>path</th><th>what it does</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>`;
}

export function defineDocs() {
  const app = new Hono<AppEnv>();
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  const get = () => {
    document ??= buildOpenApiDocument(VERSION);
    return document;
  };
  app.get("/openapi.json", (c) => c.json(get()));
  app.get("/docs", (c) => c.html(docsPage(get())));
  return app;
}
