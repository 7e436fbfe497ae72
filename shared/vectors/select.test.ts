// Which store the settings pick, and that a Qdrant that is down or slow is an error, never a silent fallback.
import { afterAll, describe, expect, it } from "vitest";
import { startQdrantEmulator } from "../../test/support/qdrant-emulator/qdrant-emulator.ts";
import { createNodeClients } from "../clients/node.ts";
import { createQdrant } from "../clients/qdrant.ts";
import { loadSettings } from "../config/settings.ts";
import { createQdrantVectorStore } from "./qdrant.ts";
import { selectVectorStore } from "./select.ts";
import { VectorStoreError } from "./types.ts";

describe("selectVectorStore", () => {
  const opened: { close(): Promise<void> }[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((o) => o.close()));
  });

  it("picks pgvector without QDRANT_URL and Qdrant with it", async () => {
    const embedded = loadSettings({ DATA_DIR: "memory://select-test" });
    const embeddedClients = createNodeClients(embedded);
    opened.push(embeddedClients);
    const pgvector = selectVectorStore(embeddedClients, embedded);
    expect(pgvector.kind).toBe("pgvector");
    await pgvector.ensureCollection(3);
    expect(await pgvector.count("t")).toBe(0);

    const emulator = await startQdrantEmulator();
    opened.push(emulator);
    const stack = loadSettings({
      DATA_DIR: "memory://select-test",
      QDRANT_URL: emulator.url,
      QDRANT_COLLECTION: "picked",
    });
    const stackClients = createNodeClients(stack);
    const store = selectVectorStore(stackClients, stack);
    expect(store.kind).toBe("qdrant");
    await store.ensureCollection(3);
    expect([...emulator.collections.keys()]).toEqual(["picked"]);
    expect(emulator.violations).toEqual([]);
  }, 120_000); // starting PGlite compiles WebAssembly: slow on a busy machine

  it("reports a Qdrant that is down as an error, and the pool state counts it", async () => {
    const emulator = await startQdrantEmulator();
    await emulator.close();
    const settings = loadSettings({ QDRANT_URL: emulator.url });
    const handle = createQdrant(emulator.url, settings);
    const store = createQdrantVectorStore(handle, { collection: "down", shards: 1, replicationFactor: 1 });
    const failure = await store.ensureCollection(3).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(VectorStoreError);
    expect((failure as Error).message).toMatch(/^qdrant ensureCollection failed: .*ECONNREFUSED/);
    await expect(store.search([1, 0, 0], { tenantId: "t" }, 3)).rejects.toThrow(
      /^qdrant search failed: .*ECONNREFUSED/,
    );
    expect(handle.dependency.state().errors).toBe(2);
  });

  it("fails a call that outlasts QDRANT_TIMEOUT with a timeout error, and answers the next call", async () => {
    const emulator = await startQdrantEmulator({ delayMs: 60_000 });
    opened.push(emulator);
    const settings = loadSettings({ QDRANT_URL: emulator.url, QDRANT_TIMEOUT: "1" });
    const store = createQdrantVectorStore(createQdrant(emulator.url, settings), {
      collection: "slow",
      shards: 1,
      replicationFactor: 1,
    });
    await expect(store.ensureCollection(3)).rejects.toThrow(
      "qdrant ensureCollection failed: no answer within QDRANT_TIMEOUT",
    );
    // one quick call, since QDRANT_TIMEOUT cannot be set below a second: Qdrant's own 404 comes through
    emulator.delayMs = 0;
    await expect(store.count("t")).rejects.toThrow(
      "qdrant count failed: HTTP 404: Not found: Collection `slow` doesn't exist!",
    );
  });
});
