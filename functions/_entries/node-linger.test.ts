// The connection of an answer sent before its body was read: a client that goes on writing well past the bytes
// the server drops still reads the answer. (A paused connection notices the client's close only when the time
// limit ends it, so the server here closes about 2 s after the answer.)
import { createServer, type Server } from "node:http";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { withLingeringClose } from "./node-linger.ts";

const KiB = 1024;
let server: Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe("lingering close after an early answer", () => {
  it("stops reading past its byte limit instead of resetting, so a client that reads late gets the 413", async () => {
    server = createServer(
      withLingeringClose(
        (_req, res) => {
          res.writeHead(413, { "content-type": "application/json", connection: "close" });
          res.end(JSON.stringify({ error: { code: "too_large" } }));
        },
        { maxBytes: 64 * KiB, maxMs: 2_000 },
      ),
    );
    const port = await new Promise<number>((resolve) =>
      (server as Server).listen(0, "127.0.0.1", () => {
        const address = (server as Server).address();
        resolve(typeof address === "object" && address ? address.port : 0);
      }),
    );
    const socket = connect(port, "127.0.0.1");
    // the client writes 4 MiB of a 100 MiB body before it looks at what came back
    socket.pause();
    socket.write(`POST /api/cvs HTTP/1.1\r\nHost: localhost\r\nContent-Length: ${100 * 1024 * KiB}\r\n\r\n`);
    for (let i = 0; i < 64; i++) socket.write(Buffer.alloc(64 * KiB, 97));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const answer = await new Promise<string>((resolve) => {
      let text = "";
      socket.on("data", (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes("too_large")) resolve(text);
      });
      socket.on("error", () => resolve(text));
      socket.on("end", () => resolve(text));
      socket.resume();
    });
    socket.destroy();
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer).toContain('"too_large"');
  });
});
