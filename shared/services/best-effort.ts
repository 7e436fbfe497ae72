// Work whose failure must not fail the request, such as cache writes after the database write is committed:
// the error is logged and the caller goes on without the result.
import type { Logger } from "../log/logger.ts";

export async function bestEffort<T>(work: () => Promise<T>, log: Logger | undefined, what: string) {
  try {
    return await work();
  } catch (error) {
    log?.warn(`${what} failed; going on without it`, { error });
    return undefined;
  }
}
