// The API description inside workerd (Miniflare), from the real Workers bundle: the document is generated
// there as on Node, and the docs page, with no package files to read, loads Swagger UI from the CDN.
import swaggerUiDist from "swagger-ui-dist/package.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { startWorker } from "../../test/support/workerd.ts";

describe("API description in workerd", () => {
  it("serves the generated document and the Swagger UI page", async () => {
    const mf = await startWorker();
    try {
      const res = await mf.dispatchFetch("https://edge.example/api/openapi.json");
      expect(res.status).toBe(200);
      const document = (await res.json()) as { servers: { url: string }[]; paths: Record<string, object> };
      expect(document.servers).toEqual([{ url: "https://edge.example", description: "this instance" }]);
      expect(Object.keys(document.paths)).toContain("/api/jobs/{id}/matches");
      // no Swagger UI files in the bundle: the page names the CDN, at the version Node serves itself
      expect(Object.keys(document.paths)).not.toContain("/api/docs/{asset}");
      const page = await (await mf.dispatchFetch("https://edge.example/api/docs")).text();
      expect(page).toContain(
        `https://cdn.jsdelivr.net/npm/swagger-ui-dist@${swaggerUiDist.version}/swagger-ui-bundle.js`,
      );
    } finally {
      await mf.dispose();
    }
  }, 120_000);
});
