// A bare Hono app on @hono/node-server with the one route GET /api/health: the framework's own cost, a
// baseline of the hot-paths bench. node --import tsx bench/_bare-hono.ts <port>
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const port = Number(process.argv[2] ?? 0);
const app = new Hono();
app.get("/api/health", (c) => c.json({ status: "ok" }));
serve({ fetch: app.fetch, hostname: "127.0.0.1", port }, () => process.send?.("ready"));
