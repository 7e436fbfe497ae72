// The web UI's build (web/dist) at / beside the API on Node: files as they are, index.html for any other
// GET outside /api (the UI routes by hash, but a deep link must still load it). /api/* is the API's alone.
import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";

/** app.fetch with the UI in front of it when `webDir` holds a build; app.fetch alone otherwise */
export function withWebUi<Rest extends unknown[]>(
  apiFetch: (request: Request, ...rest: Rest) => Response | Promise<Response>,
  webDir: string,
): (request: Request, ...rest: Rest) => Response | Promise<Response> {
  if (!existsSync(resolve(webDir, "index.html"))) return apiFetch;
  // serveStatic joins its root to the path: a root relative to the working directory, as it expects
  const root = relative(process.cwd(), resolve(webDir)) || ".";
  const site = new Hono();
  // Vite names every asset by its content: it never changes under its name; index.html is asked again
  site.use("*", async (c, next) => {
    c.header(
      "cache-control",
      c.req.path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
    );
    await next();
  });
  site.use("*", serveStatic({ root }));
  // an asset that is not there is missing, not a page of the app
  site.get("/assets/*", (c) => c.text("not found", 404, { "cache-control": "no-store" }));
  site.get("*", serveStatic({ root, path: "index.html" }));
  return (request: Request, ...rest: Rest) => {
    // the path without parsing the whole URL: this runs before every API request
    const url = request.url;
    const start = url.indexOf("/", url.indexOf("//") + 2);
    const path = start < 0 ? "/" : url.slice(start);
    const method = request.method;
    const api = path.startsWith("/api") && (path.length === 4 || "/?#".includes(path[4]));
    if (api || (method !== "GET" && method !== "HEAD")) return apiFetch(request, ...rest);
    return site.fetch(request);
  };
}
