// GET /api/openapi.json (the document generated from the routes) and /api/docs (Swagger UI over it).

import { swaggerUI } from "@hono/swagger-ui";
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "../../shared/http/env.ts";
import { HttpError } from "../../shared/http/errors.ts";
import { errorResponses, shedErrors } from "../../shared/http/schemas/error.ts";
import type { OpenApiDocument } from "./document.ts";

/**
 * The Swagger UI the page loads from the CDN where the runtime cannot read the package's files: the installed
 * swagger-ui-dist's version (functions/docs/workerd.test.ts fails when they differ). A constant, because the
 * Node bundle leaves packages external and Node 20 cannot import a package's JSON without an attribute.
 */
export const SWAGGER_UI_VERSION = "5.35.0";

/** the Swagger UI files the page needs */
export const swaggerAssets = ["swagger-ui.css", "swagger-ui-bundle.js"] as const;
export type SwaggerAsset = (typeof swaggerAssets)[number];

export interface DocsOptions {
  /** the composed app's document, with this server URL */
  document: (serverUrl: string) => OpenApiDocument;
  /** Swagger UI's files where the runtime can read them (Node); without it the page loads them from a CDN */
  assets?: (name: SwaggerAsset) => Promise<Uint8Array>;
}

const tags = ["docs"];
const documentSchema = z
  .looseObject({ openapi: z.string(), paths: z.looseObject({}) })
  .openapi("OpenApiDocument", { description: "an OpenAPI 3.1 document" });
const html = { "text/html": { schema: z.string() } };

const openApiJson = createRoute({
  method: "get",
  path: "/openapi.json",
  operationId: "getOpenApiDocument",
  tags,
  summary: "This API's OpenAPI 3.1 document",
  security: [],
  responses: {
    200: {
      description: "the document, generated from the routes",
      content: {
        "application/json": {
          schema: documentSchema,
        },
      },
    },
    ...errorResponses(...shedErrors),
  },
});

const page = createRoute({
  method: "get",
  path: "/docs",
  operationId: "getDocsPage",
  tags,
  summary: "A page to read and try the API (Swagger UI)",
  security: [],
  responses: { 200: { description: "the page", content: html }, ...errorResponses(...shedErrors) },
});

const asset = createRoute({
  method: "get",
  path: "/docs/{asset}",
  operationId: "getDocsAsset",
  tags,
  summary: "A file of the docs page",
  security: [],
  request: {
    params: z.object({
      asset: z.enum(swaggerAssets).openapi({ param: { name: "asset", in: "path" } }),
    }),
  },
  responses: {
    200: {
      description: "a stylesheet or a script",
      content: { "text/css": { schema: z.string() }, "text/javascript": { schema: z.string() } },
    },
    ...errorResponses(404, ...shedErrors),
  },
});

export function defineDocs(options: DocsOptions) {
  const app = new OpenAPIHono<AppEnv>();
  // One document per server URL a caller used; there are few (a host name or two), so they are kept.
  const documents = new Map<string, OpenApiDocument>();

  app.openapi(openApiJson, (c) => {
    const server = new URL(c.req.url).origin;
    let document = documents.get(server);
    if (!document) {
      document = options.document(server);
      if (documents.size < 16) documents.set(server, document);
    }
    // The generator's own type is wider than JSON (optional members); the document is JSON all the same.
    return c.json(document as unknown as z.infer<typeof documentSchema>, 200);
  });

  const { assets } = options;
  // With the files served here the page needs nothing from outside. Where the runtime cannot read them
  // (Workers), the page loads the same version of Swagger UI from the jsDelivr CDN.
  const ui = swaggerUI<AppEnv>({
    url: "/api/openapi.json",
    title: "cv-analyzer API",
    ...(assets ? { manuallySwaggerUIHtml: localPage } : { version: SWAGGER_UI_VERSION }),
  });
  app.openapi(page, (c, next) => ui(c, next) as Promise<Response>);

  if (assets)
    app.openapi(asset, async (c) => {
      const name = c.req.valid("param").asset;
      const bytes = await assets(name).catch(() => {
        throw new HttpError(404, "not_found", `no docs file ${name}`);
      });
      return c.body(new Uint8Array(bytes), 200, {
        "Content-Type": name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8",
        "Cache-Control": "public, max-age=86400",
      });
    });
  return app;
}

function localPage() {
  return `<div id="swagger-ui"></div>
<link rel="stylesheet" href="/api/docs/swagger-ui.css" />
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script>window.onload = () => { window.ui = SwaggerUIBundle({ dom_id: "#swagger-ui", url: "/api/openapi.json" }) }</script>`;
}
