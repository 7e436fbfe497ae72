// The OpenAPI 3.1 document of the composed app, generated from the routes' own declarations.
import type { OpenAPIHono } from "@hono/zod-openapi";
import packageJson from "../../package.json" with { type: "json" };
import type { AppEnv } from "../../shared/http/env.ts";

type App = OpenAPIHono<AppEnv>;
export type OpenApiDocument = ReturnType<App["getOpenAPI31Document"]>;

const tags = [
  { name: "cvs", description: "Upload, read, list and delete CVs" },
  { name: "jobs", description: "Jobs and the requirements read from them" },
  { name: "matching", description: "Explained scores of CVs against jobs" },
  { name: "search", description: "Hybrid search over the stored CVs" },
  { name: "skills", description: "The skills taxonomy, for autocomplete" },
  { name: "health", description: "Liveness and readiness probes" },
  { name: "metrics", description: "Prometheus metrics" },
  { name: "docs", description: "This description and its page" },
];

/** Declares what every document shares (the security schemes); called once on the composed app. */
export function declareSecurity(app: App) {
  app.openAPIRegistry.registerComponent("securitySchemes", "apiKey", {
    type: "http",
    scheme: "bearer",
    description: "an API key made with `npm run keys -- create <tenant>`",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "metricsToken", {
    type: "http",
    scheme: "bearer",
    description: "METRICS_TOKEN, when it is set",
  });
}

export function describeApi(app: App, serverUrl: string): OpenApiDocument {
  return app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "cv-analyzer",
      version: packageJson.version,
      description:
        "CV analysis, semantic search and explainable ranking. Every route but health, metrics and this description needs `Authorization: Bearer <api key>`; the key's tenant scopes everything a request can see. Every error is `{ error: { code, message, details? } }`.",
      license: { name: "Apache-2.0", url: "https://www.apache.org/licenses/LICENSE-2.0" },
    },
    servers: [{ url: serverUrl, description: "this instance" }],
    security: [{ apiKey: [] }],
    tags,
  });
}
