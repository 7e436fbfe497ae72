// infra/prometheus/prometheus.yml: what the stack's Prometheus scrapes, and never the Redis port.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { integrationAvailable } from "../../test/support/integration.ts";

const configPath = new URL("../../infra/prometheus/prometheus.yml", import.meta.url);

interface ScrapeConfig {
  job_name: string;
  metrics_path?: string;
  static_configs?: { targets?: string[] }[];
}

/** every target of every scrape job, as "job path host:port" */
function scrapeTargets(yamlText: string): { job: string; path: string; host: string; port: number }[] {
  const config = parse(yamlText) as { scrape_configs?: ScrapeConfig[] };
  return (config.scrape_configs ?? []).flatMap((job) =>
    (job.static_configs ?? []).flatMap((s) =>
      (s.targets ?? []).map((target) => {
        const colon = target.lastIndexOf(":");
        return {
          job: job.job_name,
          path: job.metrics_path ?? "/metrics",
          host: target.slice(0, colon),
          port: Number(target.slice(colon + 1)),
        };
      }),
    ),
  );
}

const redisPorts = new Set([6379, 6380, 16379]);

/** the targets a Prometheus must never scrape: a Redis port, or a host that is Redis itself */
function redisTargets(yamlText: string) {
  return scrapeTargets(yamlText).filter(
    (t) => redisPorts.has(t.port) || /^redis(\d*|-server|-master|-replica)?$/i.test(t.host),
  );
}

describe("infra/prometheus/prometheus.yml", () => {
  const text = readFileSync(configPath, "utf8");

  it("scrapes the metrics function and redis_exporter, nothing else", () => {
    expect(scrapeTargets(text)).toEqual([
      { job: "cv-analyzer", path: "/api/metrics", host: "api", port: 8000 },
      { job: "redis", path: "/metrics", host: "redis-exporter", port: 9121 },
    ]);
  });

  it("never targets a Redis port", () => {
    expect(redisTargets(text)).toEqual([]);
  });

  it.each([
    ["the default Redis port", "redis:6379", 1],
    ["Redis on another host", "cache.internal:6379", 1],
    ["a TLS Redis port", "10.0.0.5:6380", 1],
    ["the Redis cluster bus", "redis-node:16379", 1],
    ["a host named redis", "redis:9121", 1],
    ["redis_exporter", "redis-exporter:9121", 0],
    ["the api service", "api:8000", 0],
  ])("flags %s (%s)", (_, target, flagged) => {
    const yamlText = `scrape_configs:\n  - job_name: x\n    static_configs:\n      - targets: ["${target}"]\n`;
    expect(redisTargets(yamlText)).toHaveLength(flagged);
  });

  it.runIf(integrationAvailable("promtool check config", { "promtool on PATH": onPath("promtool") }))(
    "passes promtool check config",
    () => {
      const output = execFileSync("promtool", ["check", "config", "--syntax-only", configPath.pathname], {
        encoding: "utf8",
      });
      expect(output).toContain("SUCCESS");
    },
  );
});

function onPath(command: string): string | undefined {
  try {
    execFileSync(command, ["--version"], { stdio: "ignore" });
    return command;
  } catch {
    return undefined;
  }
}
