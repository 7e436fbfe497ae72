// Which real servers the tests may use. Without one a suite skips and says why; with REQUIRE_INTEGRATION=1
// (CI) a missing server fails the run instead, so a green CI always means the integration suites ran.
export const requireIntegration = process.env.REQUIRE_INTEGRATION === "1";

export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
export const testRedisUrl = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL;

/** Returns true when the suite can run; otherwise prints why it is skipped, or throws under REQUIRE_INTEGRATION. */
export function integrationAvailable(
  suite: string,
  needs: Record<string, string | undefined | false>,
): boolean {
  const missing = Object.entries(needs)
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length === 0) return true;
  const reason = `${suite}: skipped, set ${missing.join(" and ")} to run it against real servers`;
  if (requireIntegration) throw new Error(`${reason} (REQUIRE_INTEGRATION=1 forbids skipping)`);
  console.warn(reason);
  return false;
}

/** the test Redis at a database number of the suite's own, so that no other suite's keys mix with its own */
export function isolatedRedisUrl(database: number): string {
  const url = new URL(testRedisUrl ?? "redis://127.0.0.1:6379");
  url.pathname = `/${database}`;
  return url.toString();
}
