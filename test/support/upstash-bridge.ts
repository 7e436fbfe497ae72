// Test-only: an HTTP server speaking Upstash's REST protocol in front of a real Redis, so the Upstash
// store (and everything over it) is tested against real Redis semantics without Upstash itself.
// Speaks what @upstash/redis sends: POST / with one command as a JSON array, POST /pipeline and
// POST /multi-exec with a list of them, the `Upstash-Encoding: base64` response encoding, and a
// Bearer token (or `_token` query parameter) checked on every request. Path-style commands
// (GET /set/key/value) are understood too, for curl.
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";

export interface UpstashBridge {
  /** the REST URL to give the client, e.g. http://127.0.0.1:41234 */
  url: string;
  token: string;
  /** every request that passed the token check, by endpoint, with its commands (names lowercased) */
  requests: { endpoint: "command" | "pipeline" | "multi-exec"; commands: string[] }[];
  close(): Promise<void>;
}

type Command = (string | number | boolean)[];
type Reply = { result: unknown } | { error: string };

// Commands that would hold or change the bridge's one shared connection; Upstash refuses them on REST too.
const refused = new Set([
  "subscribe",
  "psubscribe",
  "ssubscribe",
  "monitor",
  "select",
  "quit",
  "reset",
  "multi",
  "exec",
]);

/** Redis replies to JSON: strings as text, or base64 when asked, except the status "OK" (as Upstash does) */
function toJson(reply: unknown, base64: boolean): unknown {
  if (Buffer.isBuffer(reply)) {
    const text = reply.toString("utf8");
    if (!base64 || text === "OK") return text;
    return reply.toString("base64");
  }
  if (Array.isArray(reply)) return reply.map((item) => toJson(item, base64));
  return reply ?? null;
}

function parseCommand(value: unknown): Command {
  if (!Array.isArray(value) || value.length === 0 || typeof value[0] !== "string")
    throw new Error("ERR a command is a non-empty JSON array starting with its name");
  for (const arg of value)
    if (!["string", "number", "boolean"].includes(typeof arg))
      throw new Error("ERR command arguments are strings or numbers");
  if (refused.has(value[0].toLowerCase()))
    throw new Error(`ERR command ${value[0]} is not supported over REST`);
  return value as Command;
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = "";
  for await (const chunk of request) body += chunk;
  return body;
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

export async function startUpstashBridge(options: {
  redisUrl: string;
  token: string;
}): Promise<UpstashBridge> {
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1 });
  const requests: UpstashBridge["requests"] = [];

  const run = async ([name, ...args]: Command, base64: boolean): Promise<Reply> => {
    try {
      return { result: toJson(await redis.callBuffer(String(name), ...args.map(String)), base64) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };

  async function answer(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? "/", "http://bridge");
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
    if ((bearer ?? url.searchParams.get("_token")) !== options.token)
      return send(response, 401, { error: "Unauthorized" });
    if (request.method !== "POST" && request.method !== "GET")
      return send(response, 405, { error: "Method not allowed" });
    const base64 = String(request.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
    const body = await readBody(request);
    const path = url.pathname.replace(/\/+$/, "");
    try {
      if (path === "/pipeline" || path === "/multi-exec") {
        const parsed = JSON.parse(body) as unknown;
        if (!Array.isArray(parsed) || parsed.length === 0)
          throw new Error("ERR expected a non-empty list of commands");
        const commands = parsed.map(parseCommand);
        const endpoint = path === "/pipeline" ? "pipeline" : "multi-exec";
        requests.push({ endpoint, commands: commands.map((c) => String(c[0]).toLowerCase()) });
        if (endpoint === "pipeline") {
          const replies: Reply[] = [];
          // In order, one after the other, like a pipeline; not atomic, as Upstash documents.
          for (const command of commands) replies.push(await run(command, base64));
          return send(response, 200, replies);
        }
        const transaction = redis.multi();
        for (const [name, ...args] of commands) transaction.callBuffer(String(name), ...args.map(String));
        const results = await transaction.exec();
        if (!results) throw new Error("EXECABORT transaction discarded");
        return send(
          response,
          200,
          results.map(([error, result]) =>
            error ? { error: error.message } : { result: toJson(result, base64) },
          ),
        );
      }
      // One command: the JSON array body, or the path's segments (plus a raw body as the last argument).
      const segments = path.split("/").filter(Boolean).map(decodeURIComponent);
      const command = parseCommand(
        segments.length > 0 ? (body ? [...segments, body] : segments) : JSON.parse(body),
      );
      requests.push({ endpoint: "command", commands: [String(command[0]).toLowerCase()] });
      const reply = await run(command, base64);
      return send(response, "error" in reply ? 400 : 200, reply);
    } catch (error) {
      return send(response, 400, { error: (error as Error).message });
    }
  }

  const server = createServer((request, response) => {
    answer(request, response).catch((error: Error) => {
      if (!response.headersSent) send(response, 500, { error: error.message });
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token: options.token,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await redis.quit();
    },
  };
}
