// Structured JSON logs, one line per event, with secrets removed before anything is written.
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
type Fields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: Fields): void;
  info(message: string, fields?: Fields): void;
  warn(message: string, fields?: Fields): void;
  error(message: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const secretKey = /authorization|token|password|passwd|secret|api[-_]?key|cookie/i;
const credentialsInUrl = /(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi;

/** Replaces secret-named fields and the user:password part of URLs, at any depth. */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return value.replace(credentialsInUrl, "$1***@");
  if (value instanceof Error) return { name: value.name, message: redactSecrets(value.message) };
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, depth + 1));
  const out: Fields = {};
  for (const [key, v] of Object.entries(value))
    out[key] = secretKey.test(key) ? "[redacted]" : redactSecrets(v, depth + 1);
  return out;
}

export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => console.log(line),
  bound: Fields = {},
): Logger {
  const emit = (at: Exclude<LogLevel, "silent">, message: string, fields?: Fields) => {
    if (rank[at] < rank[level]) return;
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
  };
}
