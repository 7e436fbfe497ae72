// The error a client adapter raises when its backing service cannot answer: typed with the dependency's name,
// so the HTTP layer answers 503 without guessing from message text.
import type { DependencyName } from "./types.ts";

export type UnavailableDependency = DependencyName | "vector store" | "embeddings";

export class DependencyUnavailableError extends Error {
  constructor(
    readonly dependency: UnavailableDependency,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "DependencyUnavailableError";
  }
}

// SQLSTATE codes of a server that is going away or full: connection exceptions (class 08), an administrator
// or crash shutdown (57P01..57P03) and too_many_connections (53300, an overload answered like the others).
const unavailableStates = /^(08...|57P0[123]|53300)$/;

/**
 * What a failed PostgreSQL query means for a caller. A server error (it carries a SQLSTATE and a severity) is
 * ours unless its state says the server is unavailable; an error without one is the connection failing.
 */
export function fromPostgresError(error: unknown, dependency: DependencyName): unknown {
  if (!(error instanceof Error) || error instanceof DependencyUnavailableError) return error;
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  const fromServer = typeof severity === "string" && typeof code === "string";
  if (fromServer && !unavailableStates.test(code)) return error;
  return new DependencyUnavailableError(dependency, `${dependency}: ${error.message}`, { cause: error });
}
