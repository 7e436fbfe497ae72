// The web UI on Workers: the build served as static assets by wrangler.toml's [assets] inside workerd, the
// single-page app's index.html for any other page path, and /api/ always the Worker's (JSON, never the app).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWebUi, freePort } from "../../test/support/process.ts";
import { startWorker } from "../../test/support/workerd.ts";

describe("the Workers entry with the web UI as assets", () => {
  let web: ReturnType<typeof buildWebUi>;
  let mf: Awaited<ReturnType<typeof startWorker>>;

  beforeAll(async () => {
    web = buildWebUi();
    const down = `postgres://postgres@127.0.0.1:${await freePort()}/cv_analyzer`;
    mf = await startWorker({ bindings: { DATABASE_URL: down }, assetsDirectory: web.dir });
  }, 120_000);

  afterAll(async () => {
    await mf?.dispose();
    web?.remove();
  });

  it("serves the app at /, its assets, and index.html for a deep link", async () => {
    const root = await mf.dispatchFetch("http://worker/");
    expect(root.status).toBe(200);
    expect(root.headers.get("content-type")).toContain("text/html");
    const html = await root.text();
    expect(html).toContain('<div id="app">');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const asset = await mf.dispatchFetch(`http://worker${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toContain("javascript");
    await asset.arrayBuffer();
    const deep = await mf.dispatchFetch("http://worker/jobs/some-job/ranking");
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(html);
  });

  it("keeps /api/ for the Worker: liveness JSON, any other API path the API's JSON answer, not the app", async () => {
    const live = await mf.dispatchFetch("http://worker/api/health");
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: "ok" });
    const unknown = await mf.dispatchFetch("http://worker/api/no-such-route");
    expect(unknown.headers.get("content-type")).toContain("application/json");
    // a Worker asks for a key before it routes (no loopback there): the API's 401, not the app's page
    expect(unknown.status).toBe(401);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
  });
});
