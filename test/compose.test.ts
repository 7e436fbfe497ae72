// The deployment files read as the stack's operators rely on them: the 8 services of the system replaced,
// each with a healthcheck, every seed setting passed to the api, the gateway's routes, and an image that
// ships compiled JavaScript with production dependencies only, as a non-root user.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { settingAliases, settingsSchema } from "../shared/config/settings.ts";

interface Service {
  image?: string;
  build?: { context?: string; dockerfile: string };
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
}

const compose = parse(readFileSync("docker-compose.yml", "utf8")) as { services: Record<string, Service> };
const services = compose.services;
const dockerfile = readFileSync("infra/docker/Dockerfile", "utf8");
const dockerignore = readFileSync(".dockerignore", "utf8").split("\n");
const gateway = readFileSync("infra/nginx/nginx.conf", "utf8");

describe("docker-compose.yml", () => {
  it("has the 8 services of the system it replaces", () => {
    expect(Object.keys(services).sort()).toEqual([
      "api",
      "frontend",
      "nginx",
      "postgres",
      "prometheus",
      "qdrant",
      "redis",
      "redis-exporter",
    ]);
  });

  it("gives every service a healthcheck (the api's is the image's HEALTHCHECK)", () => {
    const without = Object.entries(services)
      .filter(([, s]) => !s.healthcheck?.test?.length)
      .map(([name]) => name);
    expect(without).toEqual(["api"]);
    expect(services.api?.build?.dockerfile).toBe("infra/docker/Dockerfile");
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*?\/api\/health/m);
  });

  it("starts nothing before what it needs is healthy", () => {
    for (const [name, service] of Object.entries(services))
      for (const [needed, { condition }] of Object.entries(service.depends_on ?? {}))
        expect(`${name} -> ${needed}: ${condition}`).toBe(`${name} -> ${needed}: service_healthy`);
  });

  it("passes every seed setting of the system replaced to the api, each a setting the api knows", () => {
    const environment = services.api?.environment ?? {};
    const seeds = [
      "QDRANT_MAX_CONNECTIONS",
      "QDRANT_POOL_SIZE",
      "QDRANT_TIMEOUT",
      "UVICORN_WORKERS",
      "MIN_QUEUE_WORKERS",
      "MAX_QUEUE_WORKERS",
      "MEMORY_THRESHOLD_MB",
      "PYTHON_MEMORY_LIMIT",
      "DATABASE_POOL_SIZE",
      "DATABASE_MAX_OVERFLOW",
      "MAX_CONCURRENT_REQUESTS",
      "MAX_GLOBAL_CONCURRENT",
    ];
    expect(seeds.filter((name) => !(name in environment))).toEqual([]);
    const known = new Set([...Object.keys(settingsSchema.shape), ...Object.keys(settingAliases)]);
    expect(Object.keys(environment).filter((name) => !known.has(name))).toEqual([]);
    // REDIS_MAXMEMORY and its policy are Redis's own configuration
    expect(JSON.stringify(services.redis)).toContain("REDIS_MAXMEMORY:-512mb");
    expect(JSON.stringify(services.redis)).toContain("REDIS_MAXMEMORY_POLICY:-allkeys-lru");
  });

  it("publishes only the gateway and Prometheus", () => {
    const published = Object.entries(services)
      .filter(([, s]) => s.ports?.length)
      .map(([name]) => name);
    expect(published.sort()).toEqual(["nginx", "prometheus"]);
  });

  it("routes /api/ to the api and everything else to the frontend, which serves the UI's build", () => {
    expect(gateway).toMatch(/upstream cv_api \{\s*server api:8000;/);
    expect(gateway).toMatch(/upstream cv_frontend \{\s*server frontend:80;/);
    expect(gateway).toMatch(/location \/api\/ \{\s*proxy_pass http:\/\/cv_api;/);
    expect(gateway).toMatch(/location \/ \{\s*proxy_pass http:\/\/cv_frontend;/);
    expect(services.frontend?.build).toEqual({ context: ".", dockerfile: "infra/frontend/Dockerfile" });
    const frontend = readFileSync("infra/frontend/Dockerfile", "utf8");
    expect(frontend).toContain("RUN npm run build:web");
    expect(frontend).toContain("COPY --from=build /app/web/dist /usr/share/nginx/html");
    expect(frontend).toContain("COPY infra/frontend/nginx.conf /etc/nginx/conf.d/default.conf");
    // the UI's sources are in the build context, its local build is not
    expect(dockerignore).not.toContain("web");
    expect(dockerignore).toContain("web/dist");
  });
});

describe("the api image", () => {
  const stages = dockerfile.split(/^FROM /m).slice(1);

  it("builds in one stage and runs the compiled build in another, without dev dependencies or tsx", () => {
    expect(stages.map((s) => s.split("\n")[0]?.split(" AS ")[1])).toEqual(["build", "runtime"]);
    expect(stages[0]).toMatch(/RUN npm ci\b/);
    expect(stages[0]).toContain("RUN npm run build");
    expect(stages[1]).toMatch(/RUN npm ci --omit=dev\b/);
    expect(stages[1]).toContain("COPY --from=build /app/dist ./dist");
    expect(stages[1]).toContain('CMD ["node", "--enable-source-maps", "dist/node.mjs"]');
    expect(stages[1]).not.toMatch(/tsx|COPY \. \./);
    const { dependencies } = JSON.parse(readFileSync("package.json", "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(dependencies)).not.toContain("tsx");
  });

  it("runs as a non-root user", () => {
    expect(stages[1]).toMatch(/^USER node$/m);
  });

  it("leaves installed modules, stored data, secrets, Workers state and history out of the build context", () => {
    for (const entry of [
      "**/node_modules",
      "dist",
      "data",
      ".env",
      ".env.*",
      ".wrangler",
      ".dev.vars*",
      ".git",
    ])
      expect(dockerignore).toContain(entry);
  });
});
