// Writes the OpenAPI 3.1 document of the composed app (the same one /api/openapi.json serves) to a file the
// web UI and other callers generate typed clients from, and checks that it agrees with the app's routes.
// Run: npm run openapi [-- --out <file>]   (default web/openapi.json)
//      npm run openapi -- --check          (fails when the file is not what the app generates now)
import { readFileSync, writeFileSync } from "node:fs";
import { createApp } from "../functions/app.ts";
import { compareRoutes } from "../functions/docs/agreement.ts";
import { describeApi } from "../functions/docs/document.ts";
import { createNodeClients } from "../shared/clients/node.ts";
import { loadSettings } from "../shared/config/settings.ts";
import { createLogger } from "../shared/log/logger.ts";

const args = process.argv.slice(2);
const outAt = args.indexOf("--out");
const out = outAt >= 0 ? args[outAt + 1] : "web/openapi.json";
const check = args.includes("--check");
if (!out) throw new Error("--out needs a file name");

// Embedded in memory: generating the document touches no database.
const settings = loadSettings({ DATA_DIR: "memory://" });
const clients = createNodeClients(settings);
const app = createApp({
  settings,
  clients: () => clients,
  keyValue: () => null,
  log: createLogger("silent"),
});
const document = describeApi(app, `http://localhost:${settings.PORT}`);
const text = `${JSON.stringify(document, null, 2)}\n`;
await clients.close();

const { undocumented, unrouted } = compareRoutes(app, document);
if (undocumented.length + unrouted.length > 0) {
  console.error(`routes without a declaration: ${undocumented.join(", ") || "none"}`);
  console.error(`documented but not routed: ${unrouted.join(", ") || "none"}`);
  process.exit(1);
}
if (check) {
  let current = "";
  try {
    current = readFileSync(out, "utf8");
  } catch {}
  if (current !== text) {
    console.error(`${out} is not the document the app generates: run npm run openapi and commit it`);
    process.exit(1);
  }
  console.log(`${out} is current (${Object.keys(document.paths ?? {}).length} paths)`);
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out} (${Object.keys(document.paths ?? {}).length} paths)`);
}
