// The Node entry as users run it: settings errors, embedded start-up, graceful stop, and the worker cluster.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PGliteThread } from "../shared/clients/pglite-client.node.ts";
import { integrationAvailable, testDatabaseUrl } from "./support/integration.ts";
import { parseExposition, sumOf } from "./support/metrics-exposition.ts";
import { createScratchDatabase } from "./support/postgres.ts";
import { buildNodeBundle, freePort, startService } from "./support/process.ts";
import { startQdrantEmulator } from "./support/qdrant-emulator/qdrant-emulator.ts";

const dataDirs: string[] = [];
const closers: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

describe("start-up", () => {
  it("exits non-zero with one message naming every bad setting", async () => {
    const service = startService(
      { QDRANT_POOL_SIZE: "abc", MAX_CONCURRENT_REQUESTS: "-1" },
      await freePort(),
    );
    expect(await service.exited).toBe(1);
    expect(service.stderr()).toBe(
      'cv-analyzer: Invalid settings (2):\n  QDRANT_POOL_SIZE: expected an integer, got "abc"\n  MAX_CONCURRENT_REQUESTS: expected an integer >= 1, got "-1"\n',
    );
  });

  it("refuses a database without pgvector when no Qdrant is configured", async () => {
    if (!testDatabaseUrl) return void console.warn("pgvector check: needs DATABASE_URL");
    const { default: pg } = await import("pg");
    const probe = new pg.Client({ connectionString: testDatabaseUrl });
    await probe.connect();
    const { rows } = await probe.query("select 1 from pg_available_extensions where name = 'vector'");
    await probe.end();
    if (rows.length > 0)
      return void console.warn("pgvector check: this PostgreSQL has pgvector, nothing to refuse");
    const database = await createScratchDatabase(testDatabaseUrl, "novector");
    try {
      const service = startService({ DATABASE_URL: database.url }, await freePort());
      expect(await service.exited).toBe(1);
      expect(service.stderr()).toMatch(/cv-analyzer: start-up failed: .*(pgvector|QDRANT_URL)/);
    } finally {
      await database.drop();
    }
  }, 90_000);

  it("runs compiled: the esbuild bundle serves and analyses under plain node, with no TypeScript loader", async () => {
    const bundle = buildNodeBundle();
    const dataDir = mkdtempSync(join(tmpdir(), "cv-bundle-data-"));
    dataDirs.push(bundle.dir, dataDir);
    for (const file of ["node.mjs", "analysis-worker.node.mjs", "keys.mjs", "reindex.mjs"])
      expect(readFileSync(join(bundle.dir, file), "utf8")).not.toMatch(/from "\.{1,2}\/[^"]*\.ts"|from "tsx/);
    // no shedding on event-loop lag: on a busy machine the first reads of the data (below) may lag the loop
    // past its limit, and the next request would be a 503 the test is not about
    const service = startService(
      { DATA_DIR: dataDir, SHED_EVENT_LOOP_LAG_MS: "0" },
      await freePort(),
      bundle.nodeArgs,
    );
    let storedCv = "";
    try {
      await service.waitForLog((l) => l.msg === "listening", 80_000);
      expect((await fetch(`${service.url}/api/health`)).status).toBe(200);
      // the analysis runs in a worker thread: the compiled analysis-worker.node.mjs beside the entry
      const upload = await fetch(`${service.url}/api/cvs`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          text: "Ada Lovelace\nada@example.com\nSkills: Python, Kubernetes",
          filename: "ada.txt",
        }),
      });
      expect(upload.status).toBe(201);
      const { analysis, id: cvId } = (await upload.json()) as {
        id: string;
        analysis: { contact: { emails: { value: string }[] } };
      };
      expect(analysis.contact.emails.map((e) => e.value)).toEqual(["ada@example.com"]);
      storedCv = cvId;
      // the data the bundle parses on first use (scripts/build-server.ts): the term model, the taxonomy, the
      // occupations, read here for the first time in this process
      const job = await fetch(`${service.url}/api/jobs`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          title: "Senior Python Developer",
          description: "Must have: Python, Kubernetes.",
        }),
      });
      expect(job.status).toBe(201);
      const { id, requirements } = (await job.json()) as { id: string; requirements: { required: string[] } };
      expect(requirements.required).toEqual(expect.arrayContaining(["Python", "Kubernetes"]));
      const matches = (await (await fetch(`${service.url}/api/jobs/${id}/matches`)).json()) as {
        matches: { cvId: string }[];
      };
      expect(matches.matches.map((m) => m.cvId)).toEqual([cvId]);
      const skills = (await (await fetch(`${service.url}/api/skills?q=kubern`)).json()) as {
        items: { name: string }[];
      };
      expect(skills.items.map((s) => s.name)).toContain("Kubernetes");
    } finally {
      expect(await service.stop("SIGTERM")).toBe(0);
    }

    // The folder now exists: the database's thread opens before the service's modules load, and the schema and
    // the vector table are found in place with nothing to apply.
    const again = startService(
      { DATA_DIR: dataDir, SHED_EVENT_LOOP_LAG_MS: "0" },
      await freePort(),
      bundle.nodeArgs,
    );
    try {
      await again.waitForLog((l) => l.msg === "listening", 80_000);
      expect(again.logs.find((l) => l.msg === "database ready")).toMatchObject({ applied: [] });
      expect((await fetch(`${again.url}/api/health`)).status).toBe(200);
      expect((await fetch(`${again.url}/api/cvs/${storedCv}`)).status).toBe(200);
    } finally {
      expect(await again.stop("SIGTERM")).toBe(0);
    }

    // A database that a newer release has migrated: this one refuses it, and never opens its listener.
    const pglite = new PGliteThread(join(dataDir, "pglite"));
    await pglite.query(
      "insert into kysely_migration (name, timestamp) values ('9999_a_newer_release', now())",
    );
    await pglite.close();
    const refused = startService({ DATA_DIR: dataDir }, await freePort(), bundle.nodeArgs);
    expect(await refused.exited).toBe(1);
    expect(refused.stderr()).toMatch(/cv-analyzer: start-up failed: database migration .*failed/);
    expect(refused.logs.some((l) => l.msg === "listening")).toBe(false);
  }, 180_000);

  it("ships only production dependencies: every package the build imports is in dependencies", () => {
    const bundle = buildNodeBundle();
    dataDirs.push(bundle.dir);
    const { dependencies } = JSON.parse(readFileSync("package.json", "utf8")) as {
      dependencies: Record<string, string>;
    };
    const imported = new Set<string>();
    // every entry and thread of the build; packages loaded on first use are required by name (esbuild may rename
    // the module's own require to require2, ...)
    for (const file of readdirSync(bundle.dir).filter((f) => f.endsWith(".mjs"))) {
      const code = readFileSync(join(bundle.dir, file), "utf8");
      for (const [, name] of code.matchAll(/(?:from |import\(|require\d*\()"((?:@[^/"]+\/)?[^/"]+)[^"]*"/g))
        if (!name!.startsWith("node:") && !name!.startsWith(".")) imported.add(name!);
    }
    expect(imported.size).toBeGreaterThan(5);
    expect([...imported]).toEqual(
      expect.arrayContaining(["pg", "ioredis", "@qdrant/js-client-rest", "prom-client"]),
    );
    expect([...imported].filter((name) => !(name in dependencies))).toEqual([]);
  }, 60_000);

  it.runIf(testDatabaseUrl)(
    "refuses a connection budget that PostgreSQL's max_connections cannot hold",
    async () => {
      const database = await createScratchDatabase(testDatabaseUrl!, "budget");
      try {
        const service = startService(
          {
            DATABASE_URL: database.url,
            UVICORN_WORKERS: "2",
            DATABASE_POOL_SIZE: "5000",
            DATABASE_MAX_OVERFLOW: "0",
          },
          await freePort(),
        );
        expect(await service.exited).toBe(1);
        expect(service.stderr()).toMatch(
          /cv-analyzer: start-up failed: DATABASE_POOL_SIZE \+ DATABASE_MAX_OVERFLOW = 5000 connections \(2 process\(es\) × 2500\) exceed what PostgreSQL accepts: max_connections \d+/,
        );
      } finally {
        await database.drop();
      }
    },
    90_000,
  );

  it.each([
    ["one process (embedded)", {}],
    ["a cluster of 2 workers", { UVICORN_WORKERS: "2" }],
  ])(
    "says in one line that the port is busy and exits 1, from %s",
    async (_, extra: Record<string, string>) => {
      if ("UVICORN_WORKERS" in extra && !testDatabaseUrl)
        return void console.warn("busy port, cluster: needs DATABASE_URL");
      const busy = createServer();
      await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
      const port = (busy.address() as AddressInfo).port;
      const dataDir = mkdtempSync(join(tmpdir(), "cv-busy-"));
      dataDirs.push(dataDir);
      try {
        // a cluster needs a shared database, and a vector store for it
        const qdrant = "UVICORN_WORKERS" in extra ? await startQdrantEmulator() : undefined;
        closers.push(async () => qdrant?.close());
        const env: Record<string, string> = qdrant
          ? { DATABASE_URL: testDatabaseUrl!, QDRANT_URL: qdrant.url, ...extra }
          : { DATA_DIR: dataDir };
        const service = startService(env, port);
        expect(await service.exited).toBe(1);
        expect(service.stderr()).toBe(
          `cv-analyzer: 127.0.0.1:${port} is already in use: stop what listens there, or set PORT to a free port\n`,
        );
      } finally {
        busy.close();
      }
    },
    90_000,
  );

  it("refuses AUTH_MODE=none on a non-loopback address", async () => {
    const service = startService({ HOST: "0.0.0.0", AUTH_MODE: "none" }, await freePort());
    expect(await service.exited).toBe(1);
    expect(service.stderr()).toContain("AUTH_MODE: expected apikey when HOST is not a loopback address");
  });

  it("serves embedded with no configuration, reports the embedded database up, and stops cleanly", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "cv-embedded-"));
    dataDirs.push(dataDir);
    const service = startService({ DATA_DIR: dataDir, LISTEN_BACKLOG: "1234" }, await freePort());
    try {
      // a fresh PGlite data folder is initialised first: generous on a loaded machine
      await service.waitForLog((l) => l.msg === "listening", 80_000);
      const health = await fetch(`${service.url}/api/health`);
      expect(health.status).toBe(200);
      // by default the listener answers liveness: counted in the metrics, no access-log line
      const scrape = await (await fetch(`${service.url}/api/metrics`)).text();
      const requests = parseExposition(scrape);
      expect(sumOf(requests, "cv_analyzer_http_requests_total", { route: "/api/health" })).toBe(1);
      await service.waitForLog((l) => l.msg === "request" && l.route === "/api/metrics");
      expect(service.logs.filter((l) => l.msg === "request" && l.route === "/api/health")).toEqual([]);
      // the listening socket's backlog is LISTEN_BACKLOG (ss shows it as Send-Q)
      const port = new URL(service.url).port;
      const listening = execFileSync("ss", ["-ltnH", `sport = :${port}`], { encoding: "utf8" });
      expect(listening.trim().split(/\s+/).slice(0, 3)).toEqual(["LISTEN", "0", "1234"]);
      const ready = await (await fetch(`${service.url}/api/health/ready`)).json();
      expect(ready.dependencies).toEqual({ embedded: { status: "up", latencyMs: expect.any(Number) } });
    } finally {
      expect(await service.stop("SIGTERM")).toBe(0);
    }
  }, 90_000);
});

describe.runIf(integrationAvailable("worker cluster", { DATABASE_URL: testDatabaseUrl }))(
  "worker cluster",
  () => {
    it("serves from two workers, replaces one killed with SIGKILL, and stops with exit 0", async () => {
      const database = await createScratchDatabase(testDatabaseUrl!, "cluster");
      // PostgreSQL here has no pgvector: vectors go to Qdrant (its emulator), as in the compose stack.
      const qdrant = await startQdrantEmulator();
      const service = startService(
        // every probe through the app (its access line names the worker): no lag shedding, and liveness not
        // answered by the listener
        {
          DATABASE_URL: database.url,
          QDRANT_URL: qdrant.url,
          UVICORN_WORKERS: "2",
          SHED_EVENT_LOOP_LAG_MS: "0",
          ACCESS_LOG_LIVENESS: "true",
          // the image's fixed mmap threshold, for the primary alone, beside another tunable that passes on
          GLIBC_TUNABLES: "glibc.malloc.mmap_threshold=131072:glibc.malloc.arena_test=4",
        },
        await freePort(),
      );
      try {
        await service.waitForLog((l) => l.msg === "worker listening");
        await service.waitForLog(
          (l) =>
            l.msg === "worker listening" &&
            l.pid !== service.logs.find((x) => x.msg === "worker listening")?.pid,
        );
        const started = () =>
          service.logs.filter((l) => l.msg === "worker started").map((l) => l.workerPid as number);
        // Both workers answer: keep asking until the access log shows two different pids.
        const servedBy = new Set<number>();
        for (let i = 0; i < 200 && servedBy.size < 2; i++) {
          const res = await fetch(`${service.url}/api/health`, { headers: { connection: "close" } });
          expect(res.status).toBe(200);
          const id = res.headers.get("x-request-id");
          const line = await service.waitForLog((l) => l.requestId === id && l.msg === "request");
          servedBy.add(line.pid as number);
        }
        expect(servedBy.size).toBe(2);
        // each worker is forked with two malloc arenas (the primary's environment does not set it here) and
        // glibc's sliding mmap threshold
        for (const pid of started()) {
          const environment = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
          expect(environment).toContain("MALLOC_ARENA_MAX=2");
          expect(environment).toContain("GLIBC_TUNABLES=glibc.malloc.arena_test=4");
        }
        const [victim] = started();
        process.kill(victim, "SIGKILL");
        const replacement = await service.waitForLog(
          (l) =>
            l.msg === "worker started" &&
            !started()
              .slice(0, 2)
              .includes(l.workerPid as number),
        );
        expect(replacement.workerPid).not.toBe(victim);
        for (let i = 0; i < 20; i++) {
          const res = await fetch(`${service.url}/api/health`, { headers: { connection: "close" } });
          expect(res.status).toBe(200);
        }
      } finally {
        expect(await service.stop("SIGTERM")).toBe(0);
        await qdrant.close();
        await database.drop();
      }
    }, 180_000);
  },
);
