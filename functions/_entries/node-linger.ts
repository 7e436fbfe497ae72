// A connection whose answer went out before its request body was read (an early 413 or 408) is closed the way
// RFC 9112 §9.6 asks: the answer, then the write side, while the rest of the body is read and dropped for a
// bounded time and size. Closed at once, the kernel resets the connection under the client's next write, and a
// client still sending (Node's http client, curl) reports EPIPE or ECONNRESET instead of the answer.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { Socket } from "node:net";

export interface LingerLimits {
  /** body bytes read and dropped after the answer before the connection is closed anyway */
  maxBytes: number;
  /** how long after the answer the connection is kept to read them */
  maxMs: number;
}

export function withLingeringClose(listener: RequestListener, limits: LingerLimits): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    // Only requests with a body can be answered before it is read; reads cost nothing here.
    if (req.method !== "GET" && req.method !== "HEAD")
      // before Node's own 'finish' handler, which closes a connection that is not kept alive
      res.prependOnceListener("finish", () => {
        if (!req.complete) drainAfterAnswer(req, req.socket, limits);
      });
    return listener(req, res);
  };
}

/**
 * Reads what is left of the body and drops it, up to the byte limit. The connection is closed once the body is
 * in, the client closes it, or the time limit passes; when Node closes it first (the client asked to close, or
 * the app said so), only the write side closes (FIN after the answer) until then.
 */
function drainAfterAnswer(req: IncomingMessage, socket: Socket, limits: LingerLimits) {
  let read = 0;
  let closing = false;
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    req.off("data", count);
    // the socket's own destroySoon again, for a kept-alive connection's later requests
    delete (socket as Partial<Socket>).destroySoon;
    // the whole body read: a kept-alive connection serves the next request, a closing one closes cleanly
    if (closing || read > limits.maxBytes || !req.complete) socket.destroy();
  };
  // past the byte limit, reading stops: the client's writes back up, and it reads the answer waiting for them,
  // until it closes or the time limit does. Closed at once, unread bytes in the server's buffer reset the
  // connection, and a client still writing lost the answer with it (EPIPE under load).
  const count = (chunk: Buffer) => {
    read += chunk.byteLength;
    if (read > limits.maxBytes) {
      req.off("data", count);
      req.pause();
    }
  };
  const timer = setTimeout(finish, limits.maxMs);
  timer.unref();
  // Node ends a connection that is not kept alive with destroySoon() right after this handler: half-close
  // instead, and destroy when the drain ends.
  socket.destroySoon = function (this: Socket) {
    closing = true;
    if (this.writable) this.end();
  };
  // What the app's body reader left (its listeners would stop the flow again), as Node's own req._dump() does.
  req.removeAllListeners("data");
  req.on("data", count);
  req.once("end", finish);
  req.once("close", finish);
  req.resume();
}
