// What the queue tests share: distinct PDFs made from the corpus, a webhook receiver that checks signatures,
// Server-Sent Events read from a response, and a batch waited for until it completes.
import { createHmac, timingSafeEqual } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const corpusDir = new URL("../../shared/analysis/fixtures/corpus/", import.meta.url);

/**
 * `count` PDFs from the corpus (readable ones), or from the folder `dir` (every PDF in it), each made distinct by
 * bytes appended after %%EOF.
 */
export function distinctPdfs(count: number, dir?: string): { name: string; bytes: Uint8Array }[] {
  const folder = dir === undefined ? corpusDir : pathToFileURL(`${resolve(dir)}/`);
  const names = readdirSync(folder)
    .filter(
      (n) =>
        n.toLowerCase().endsWith(".pdf") &&
        (dir !== undefined || !/^(encrypted|mislabelled|scanned|broken|truncated)/.test(n)),
    )
    .sort();
  if (names.length === 0) throw new Error(`no PDF in ${folder.pathname}`);
  return Array.from({ length: count }, (_, i) => {
    const name = names[i % names.length]!;
    const original = readFileSync(new URL(encodeURIComponent(name), folder));
    const tail = Buffer.from(`\n% copy ${i}\n`);
    return { name: `${i}-${name}`, bytes: new Uint8Array(Buffer.concat([original, tail])) };
  });
}

export interface ReceivedHook {
  event: string;
  body: string;
  signature: string;
  valid: boolean;
}

/** A local HTTP server that records webhook deliveries and checks each signature against `secret()`. */
export async function startHookReceiver(secret: () => string, status: () => number = () => 204) {
  const received: ReceivedHook[] = [];
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    });
  const server = createServer(async (req, res) => {
    const body = await read(req);
    const signature = String(req.headers["x-cv-analyzer-signature"] ?? "");
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature);
    let valid = false;
    if (match) {
      const expected = createHmac("sha256", secret()).update(`${match[1]}.${body}`).digest();
      valid = timingSafeEqual(expected, Buffer.from(match[2]!, "hex"));
    }
    received.push({ event: String(req.headers["x-cv-analyzer-event"] ?? ""), body, signature, valid });
    res.writeHead(status()).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
}

/** Reads a whole Server-Sent Events response into its events. */
export async function readEvents(response: Response): Promise<SseEvent[]> {
  const text = await response.text();
  return text
    .split(/\n\n/)
    .filter((block) => block.trim() !== "")
    .map((block) => {
      const event: SseEvent = { id: null, event: "message", data: "" };
      for (const line of block.split("\n")) {
        const [field, ...rest] = line.split(":");
        const value = rest.join(":").replace(/^ /, "");
        if (field === "id") event.id = value;
        if (field === "event") event.event = value;
        if (field === "data") event.data += value;
      }
      return event;
    });
}

/** Polls until `check` returns a value, or throws after `timeoutMs` with the last state it saw. */
export async function waitFor<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs: number,
  what: string,
  intervalMs = 200,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
