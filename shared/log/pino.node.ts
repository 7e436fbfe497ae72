// The Node logger: pino writing JSON lines to standard output through sonic-boom, asynchronously and
// buffered, so a request never waits for a write. Same line shape and the same secret redaction as the
// console logger (logger.ts); a disabled level costs one comparison.
import pino from "pino";
import { type Fields, type LineLevel, type Logger, type LogLevel, redactSecrets } from "./logger.ts";

export interface NodeLoggerOptions {
  /** where lines go: a file descriptor (standard output unless given) */
  fd?: number;
  /** write synchronously (tests that read lines at once) */
  sync?: boolean;
}

// Lines are appended in whole-line chunks of at most 4 KiB (PIPE_BUF): a write to a pipe that several cluster
// workers share is then atomic and lines never interleave. A reader that stops reading costs at most 8 MiB
// of buffered lines; later lines are dropped rather than growing the heap.
const MAX_WRITE = 4096;
const MAX_BUFFERED = 8 * 1024 * 1024;

// pino's isoTime formats a Date per line; lines within one millisecond share the string.
let lastMs = 0;
let lastTime = "";
const isoTime = () => {
  const now = Date.now();
  if (now !== lastMs) {
    lastMs = now;
    lastTime = `,"time":"${new Date(now).toISOString()}"`;
  }
  return lastTime;
};

class PinoLogger implements Logger {
  constructor(private readonly p: pino.Logger) {}
  debug(message: string, fields?: Fields) {
    this.p.debug(fields ?? {}, message);
  }
  info(message: string, fields?: Fields) {
    this.p.info(fields ?? {}, message);
  }
  warn(message: string, fields?: Fields) {
    this.p.warn(fields ?? {}, message);
  }
  error(message: string, fields?: Fields) {
    this.p.error(fields ?? {}, message);
  }
  child(fields: Fields): Logger {
    // pino serialises bindings once, when the child is made; they are redacted here, once.
    return new PinoLogger(this.p.child(redactSecrets(fields) as Fields));
  }
  isLevelEnabled(level: LineLevel) {
    return this.p.isLevelEnabled(level);
  }
}

export function createNodeLogger(level: LogLevel, options: NodeLoggerOptions = {}): Logger {
  const destination = pino.destination({
    dest: options.fd ?? 1,
    sync: options.sync ?? false,
    maxWrite: MAX_WRITE,
    maxLength: MAX_BUFFERED,
  });
  const p = pino(
    {
      level,
      base: undefined,
      timestamp: isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        // Runs only for lines that are written.
        log: (fields) => redactSecrets(fields) as Fields,
      },
    },
    destination,
  );
  return new PinoLogger(p);
}
