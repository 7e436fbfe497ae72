// Structured JSON logs, one line per event, with secrets removed before anything is written. This is the
// runtime-agnostic logger (console, for workerd and tests); Node writes through pino (pino.node.ts).
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
export type LineLevel = Exclude<LogLevel, "silent">;
export type Fields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: Fields): void;
  info(message: string, fields?: Fields): void;
  warn(message: string, fields?: Fields): void;
  error(message: string, fields?: Fields): void;
  child(fields: Fields): Logger;
  /** whether a line at `level` is written: callers skip building what a disabled level would drop */
  isLevelEnabled(level: LineLevel): boolean;
}

export const levelRank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const secretKey = /authorization|token|password|passwd|secret|api[-_]?key|cookie/i;
// Linear: from each "://" the scan stops at the next "/", "@" or space (a scheme before it, matched as
// `[a-z][a-z0-9+.-]*`, made every start position rescan a long word: 1.7 s on 20,000 characters of "a-").
const credentialsInUrl = /:\/\/[^/@\s]+@/g;

/** Replaces secret-named fields and the user:password part of URLs, at any depth. */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (typeof value === "string")
    return value.includes("@") ? value.replace(credentialsInUrl, "://***@") : value;
  if (value instanceof Error) return { name: value.name, message: redactSecrets(value.message) };
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, depth + 1));
  // Most lines carry nothing secret: the object is copied only once a field changes.
  const record = value as Fields;
  const keys = Object.keys(record);
  let out: Fields | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const v = record[key];
    const safe = secretKey.test(key) ? "[redacted]" : redactSecrets(v, depth + 1);
    if (safe !== v && !out) {
      out = {};
      for (let j = 0; j < i; j++) out[keys[j]] = record[keys[j]];
    }
    if (out) out[key] = safe;
  }
  return out ?? record;
}

export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => console.log(line),
  bound: Fields = {},
): Logger {
  const enabled = (at: LineLevel) => levelRank[at] >= levelRank[level];
  const emit = (at: LineLevel, message: string, fields?: Fields) => {
    if (!enabled(at)) return;
    const record = redactSecrets({
      level: at,
      time: new Date().toISOString(),
      msg: message,
      ...bound,
      ...fields,
    });
    write(JSON.stringify(record));
  };
  return {
    debug: (m, f) => emit("debug", m, f),
    info: (m, f) => emit("info", m, f),
    warn: (m, f) => emit("warn", m, f),
    error: (m, f) => emit("error", m, f),
    child: (fields) => createLogger(level, write, { ...bound, ...fields }),
    isLevelEnabled: enabled,
  };
}

/**
 * A child logger made only when something is logged through it: a request binds its id to every line, but
 * most requests log nothing but their access line, so the child is not built for them.
 */
class DeferredChild implements Logger {
  private made: Logger | undefined;
  constructor(
    private readonly parent: Logger,
    private readonly fields: Fields,
  ) {}
  private get log() {
    this.made ??= this.parent.child(this.fields);
    return this.made;
  }
  debug(message: string, fields?: Fields) {
    if (this.parent.isLevelEnabled("debug")) this.log.debug(message, fields);
  }
  info(message: string, fields?: Fields) {
    if (this.parent.isLevelEnabled("info")) this.log.info(message, fields);
  }
  warn(message: string, fields?: Fields) {
    if (this.parent.isLevelEnabled("warn")) this.log.warn(message, fields);
  }
  error(message: string, fields?: Fields) {
    if (this.parent.isLevelEnabled("error")) this.log.error(message, fields);
  }
  child(fields: Fields): Logger {
    return new DeferredChild(this.parent, { ...this.fields, ...fields });
  }
  isLevelEnabled(level: LineLevel) {
    return this.parent.isLevelEnabled(level);
  }
}

export const deferredChild = (parent: Logger, fields: Fields): Logger => new DeferredChild(parent, fields);
