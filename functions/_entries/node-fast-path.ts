// Answers that must not wait behind the app, given by the Node listener before any middleware while the event
// loop lags: liveness, and a 503 for new work. In-flight counts alone miss overload: requests queued in socket
// buffers behind a busy loop are not in flight yet, and a refusal here costs a fraction of a routed request.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { Worker } from "node:worker_threads";

/**
 * How far behind the event loop runs, in ms, from a 20 ms timer: its drift, smoothed (each tick weighs a third)
 * so that one slow tick (the process descheduled on a busy machine) sheds little, or, when the timer is overdue
 * by more than twice the limit right now, that. The second matters under a flood: a loop turn that reads a
 * thousand requests runs them all before the timer can tick, and requests that complete within the turn
 * (PGlite answers synchronously) never raise the in-flight count; past the limit, the rest are refused cheaply.
 */
export function watchEventLoopLag(intervalMs = 20) {
  let lastTick = performance.now();
  let smoothed = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    const drift = Math.max(0, now - lastTick - intervalMs);
    smoothed += (drift - smoothed) / 3;
    lastTick = now;
  }, intervalMs);
  timer.unref();
  return {
    /** the smoothed lag, or the current overdue time when that is above `stuckMs` */
    lagMs: (stuckMs = Number.POSITIVE_INFINITY) => {
      const overdue = performance.now() - lastTick - intervalMs;
      return overdue > stuckMs ? Math.max(smoothed, overdue) : smoothed;
    },
    stop: () => clearInterval(timer),
  };
}

export interface FastPathOptions {
  lagMs: () => number;
  /** above this lag new API work is refused; 0 turns the check off */
  maxLagMs: number;
  retryAfterSeconds: number;
  /** paths never refused (readiness, metrics) */
  isProbe: (path: string) => boolean;
  onShed?: () => void;
  /**
   * Answer liveness here on every request, not only while the loop lags (ACCESS_LOG_PROBES=false): no request
   * id, no access-log line, counted through onLiveness. Liveness touches nothing, so the app adds only cost.
   */
  livenessAtListener?: boolean;
  /** each liveness answer given here: its method and its time in seconds (the HTTP metrics) */
  onLiveness?: (method: "GET" | "HEAD", seconds: number) => void;
}

const live = JSON.stringify({ status: "ok" });
const liveHeaders = {
  "content-type": "application/json",
  "content-length": String(Buffer.byteLength(live)),
  "cache-control": "no-store",
};

const isLiveness = (url: string) =>
  url.startsWith("/api/health") && (url.length === 11 || url.charCodeAt(11) === 63); // "?"

/** The app's liveness answer, without the app: it proves the process and its loop are running. */
function answerLiveness(req: IncomingMessage, res: ServerResponse, options: FastPathOptions) {
  const started = performance.now();
  res.writeHead(200, liveHeaders);
  res.end(req.method === "HEAD" ? undefined : live);
  options.onLiveness?.(req.method as "GET" | "HEAD", (performance.now() - started) / 1000);
}

export function withFastPath(listener: RequestListener, options: FastPathOptions): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? "/";
    const liveness = isLiveness(url) && (req.method === "GET" || req.method === "HEAD");
    if (liveness && options.livenessAtListener) return answerLiveness(req, res, options);
    // Unloaded, every other request goes through the app (request id, access log, metrics); only while the
    // loop lags does the listener answer for it.
    const lag = options.maxLagMs > 0 ? options.lagMs() : 0;
    if (lag <= options.maxLagMs) return listener(req, res);
    if (liveness) return answerLiveness(req, res, options);
    const query = url.indexOf("?");
    const path = query === -1 ? url : url.slice(0, query);
    if (!path.startsWith("/api/") || options.isProbe(path)) return listener(req, res);
    options.onShed?.();
    const body = JSON.stringify({
      error: {
        code: "overloaded",
        message: `the service is ${Math.round(lag)} ms behind; try again shortly`,
        details: { reason: "event_loop" },
      },
    });
    res.writeHead(503, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      "retry-after": String(options.retryAfterSeconds),
    });
    res.end(body);
  };
}

// The liveness listener's thread (CommonJS, run with eval: no file of its own to build). It answers 200 while
// the main thread's heartbeat is fresh and 503 "stalled" once it is older than stallMs.
const livenessThread = `
const { parentPort, workerData } = require("node:worker_threads");
const { createServer } = require("node:http");
const beat = new Float64Array(workerData.beat);
const server = createServer((req, res) => {
  const path = (req.url || "").split("?")[0];
  const age = Date.now() - beat[0];
  const [status, body] =
    path !== "/api/health"
      ? [404, { error: { code: "not_found", message: "only GET /api/health here" } }]
      : age > workerData.stallMs
        ? [503, { status: "stalled", error: { code: "stalled", message: "the event loop has not run for " + age + " ms" } }]
        : [200, { status: "ok" }];
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), "cache-control": "no-store" });
  res.end(req.method === "HEAD" ? undefined : text);
});
server.once("error", (error) => parentPort.postMessage({ error: { code: error.code, message: error.message } }));
server.listen({ host: workerData.host, port: workerData.port }, () => parentPort.postMessage({ listening: true }));
parentPort.on("message", (message) => { if (message === "stop") server.close(() => process.exit(0)); });
`;

/**
 * Liveness on a listener of its own (HEALTH_PORT), in a thread of its own: a flood of keep-alive connections on
 * the service's port starves the accepting of new ones there (a bare Node server under `autocannon -c 1000`
 * accepted no new connection for 12 s), and a busy event loop answers late; the thread does neither. It says
 * whether the process's event loop still runs: the loop stamps a heartbeat every 250 ms, and a heartbeat
 * older than stallMs is answered 503.
 */
export async function serveLiveness(host: string, port: number, stallMs: number) {
  const beatBuffer = new SharedArrayBuffer(8);
  const beat = new Float64Array(beatBuffer);
  beat[0] = Date.now();
  const heartbeat = setInterval(() => {
    beat[0] = Date.now();
  }, 250);
  heartbeat.unref();
  const thread = new Worker(livenessThread, {
    eval: true,
    workerData: { host, port, stallMs, beat: beatBuffer },
  });
  thread.unref();
  const started = await new Promise<{ listening?: true; error?: { code?: string; message: string } }>(
    (resolve) => thread.once("message", resolve),
  );
  if (started.error) {
    clearInterval(heartbeat);
    await thread.terminate();
    throw Object.assign(new Error(started.error.message), { code: started.error.code });
  }
  return {
    async stop() {
      clearInterval(heartbeat);
      thread.postMessage("stop");
      await new Promise<void>((resolve) => thread.once("exit", () => resolve()));
    },
  };
}
