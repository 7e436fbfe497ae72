// The embedded queue as `npm start` runs it: the process is killed with SIGKILL in the middle of a batch and
// started again on the same data folder; the batch completes, each file analysed exactly once, because the
// tasks and their leases are in the embedded database.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { filesForm } from "./support/api.ts";
import { freePort, type ServiceProcess, startService } from "./support/process.ts";
import { distinctPdfs, waitFor } from "./support/queue.ts";

const dataDir = mkdtempSync(join(tmpdir(), "cv-queue-embedded-"));
const running: ServiceProcess[] = [];
afterAll(async () => {
  for (const service of running) await service.stop("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

const env = {
  DATA_DIR: dataDir,
  MIN_QUEUE_WORKERS: "2",
  MAX_QUEUE_WORKERS: "2",
  // generous: a PDF must not time out on a loaded machine (the test counts every file done)
  ANALYSIS_TIMEOUT_MS: "20000",
  QUEUE_LEASE_MS: "22000",
  QUEUE_POLL_MS: "200",
  LOG_LEVEL: "info",
};

describe("embedded queue across a SIGKILL of its process", () => {
  it("completes the batch after a restart, one CV per file", async () => {
    const port = await freePort();
    const start = async () => {
      const service = startService(env, port);
      running.push(service);
      await service.waitForLog((l) => l.msg === "listening", 300_000);
      return service;
    };
    const first = await start();
    const url = first.url;
    const state = async (id: string) => (await fetch(`${url}/api/batches/${id}`)).json();

    const files = distinctPdfs(30);
    const res = await fetch(`${url}/api/batches`, { method: "POST", body: filesForm(files) });
    expect(res.status).toBe(202);
    const { id } = await res.json();
    const before = await waitFor(
      async () => {
        const s = await state(id);
        return s.done >= 5 && s;
      },
      120_000,
      "5 files done",
      50,
    );
    expect(before.done).toBeLessThan(30);
    await first.stop("SIGKILL");

    await start();
    const final = await waitFor(
      async () => {
        const s = await state(id);
        return s.completedAt && s;
      },
      180_000,
      "the batch to complete after the restart",
      300,
    );
    expect([final.total, final.done, final.failed]).toEqual([30, 30, 0]);
    const cvIds = new Set(final.tasks.map((t: { cvId: string }) => t.cvId));
    expect(cvIds.size).toBe(30);
    const listed = await (await fetch(`${url}/api/cvs?limit=100`)).json();
    expect(listed.items).toHaveLength(30);
    expect(new Set(listed.items.map((c: { id: string }) => c.id))).toEqual(cvIds);
  }, 600_000);
});
