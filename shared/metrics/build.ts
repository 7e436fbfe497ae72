// What build is running, for cv_analyzer_build_info: the package version, the runtime and the mode.
import packageJson from "../../package.json" with { type: "json" };
import type { BuildDescription } from "./record.ts";

export function describeBuild(mode: BuildDescription["mode"]): BuildDescription {
  // The mode says the runtime: edge is workerd, where process.versions is nodejs_compat's imitation.
  const runtime = mode === "edge" ? "workerd" : "node";
  const node = runtime === "node" ? (globalThis.process?.versions?.node ?? "unknown") : "none";
  return { version: packageJson.version, node, runtime, mode };
}
