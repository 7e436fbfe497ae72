// The ceiling for cheap routes: a bare node:http server answering what GET /api/health answers. A baseline
// of the hot-paths bench, started as its own process: node --import tsx bench/_bare-node.ts <port>
import { createServer } from "node:http";

const port = Number(process.argv[2] ?? 0);
const body = JSON.stringify({ status: "ok" });
createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}).listen(port, "127.0.0.1", () => process.send?.("ready"));
