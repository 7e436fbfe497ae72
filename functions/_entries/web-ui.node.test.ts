import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { withWebUi } from "./web-ui.node.ts";

const dir = mkdtempSync(join(tmpdir(), "cv-web-ui-"));
mkdirSync(join(dir, "assets"));
writeFileSync(join(dir, "index.html"), "<!doctype html><div id=app></div>");
writeFileSync(join(dir, "assets", "index-abc.js"), "console.log(1)");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const api = (request: Request) =>
  Response.json({ api: new URL(request.url).pathname, method: request.method });
const fetchUi = withWebUi(api, dir);
const get = (path: string, init?: RequestInit) => fetchUi(new Request(`http://localhost${path}`, init));

describe("withWebUi", () => {
  it.each([
    ["/", "text/html", "no-cache"],
    ["/index.html", "text/html", "no-cache"],
    ["/assets/index-abc.js", "text/javascript", "public, max-age=31536000, immutable"],
    ["/candidates/123", "text/html", "no-cache"],
    ["/jobs/1/ranking?x=1", "text/html", "no-cache"],
  ])("GET %s is the UI's file (%s, %s)", async (path, type, cache) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain(type);
    expect(response.headers.get("cache-control")).toBe(cache);
  });

  it.each([
    ["GET", "/api/nothing"],
    ["GET", "/api"],
    ["POST", "/api/cvs"],
    ["POST", "/candidates"],
    ["DELETE", "/"],
  ])("%s %s goes to the API", async (method, path) => {
    const response = await get(path, { method });
    expect(await response.json()).toEqual({ api: path, method });
  });

  it("answers index.html, not a file outside the build, for a path that climbs out", async () => {
    const response = await get("/..%2f..%2fetc%2fpasswd");
    expect(await response.text()).toBe("<!doctype html><div id=app></div>");
  });

  it("is the API alone when the folder holds no build", () => {
    expect(withWebUi(api, join(dir, "missing"))).toBe(api);
  });
});

describe("withWebUi, an asset that is not there", () => {
  it("is a 404, not the app's page", async () => {
    const response = await get("/assets/index-gone.js");
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
