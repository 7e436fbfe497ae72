// A request body read under limits while it streams in: never more than the limit is held, whether the
// client declared a length or sent it chunked, and a body that stops arriving is given up.
import { HttpError } from "./errors.ts";

export interface StreamLimits {
  maxBytes: number;
  /** the error once more than maxBytes arrive (or are declared) */
  tooLarge: () => HttpError;
  /** a body with no new bytes for this long is answered 408 */
  idleMs: number;
  /**
   * called once when a read has waited `stallMs` (before the 408): the request gives back what it holds for
   * others, such as its fleet-wide slot
   */
  onStall?: () => void;
  stallMs?: number;
}

export const bodyTooLarge = (maxBytes: number) => () =>
  new HttpError(413, "too_large", `the body is larger than ${maxBytes} bytes`);

const stalled = (idleMs: number) =>
  new HttpError(408, "body_timeout", `no part of the body arrived for ${idleMs} ms`);

/**
 * The request's body as a stream that errors with the limit's HttpError as soon as the bytes read pass it
 * (the source is cancelled, so nothing more is read), or when it stalls. A declared length over the limit
 * is refused before a byte is read.
 */
export function limitedBody(request: Request, limits: StreamLimits): ReadableStream<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limits.maxBytes) throw limits.tooLarge();
  const source = request.body;
  if (!source) return new ReadableStream({ start: (controller) => controller.close() });
  const reader = source.getReader();
  let received = 0;
  let stallReported = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const idle = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(stalled(limits.idleMs)), limits.idleMs);
      });
      const stall =
        limits.onStall && !stallReported
          ? setTimeout(() => {
              stallReported = true;
              limits.onStall?.();
            }, limits.stallMs ?? 1_000)
          : undefined;
      try {
        const { done, value } = await Promise.race([reader.read(), idle]);
        if (done) return controller.close();
        received += value.byteLength;
        if (received > limits.maxBytes) throw limits.tooLarge();
        controller.enqueue(value);
      } catch (error) {
        reader.cancel().catch(() => {});
        controller.error(error);
      } finally {
        clearTimeout(timer);
        clearTimeout(stall);
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

/** Reads the whole body under the limits into one buffer. */
export async function readLimitedBody(request: Request, limits: StreamLimits): Promise<Uint8Array> {
  const reader = limitedBody(request, limits).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * A body that waits longer than a lease renewal (a third of GLOBAL_SLOT_TTL_MS) for its next bytes gives back
 * the request's fleet-wide slot, if it holds one.
 */
export const stallRelease = (c: {
  var: { releaseGlobalSlot?: () => void; settings: { GLOBAL_SLOT_TTL_MS: number } };
}): Pick<StreamLimits, "onStall" | "stallMs"> =>
  c.var.releaseGlobalSlot
    ? { onStall: c.var.releaseGlobalSlot, stallMs: Math.floor(c.var.settings.GLOBAL_SLOT_TTL_MS / 3) }
    : {};
