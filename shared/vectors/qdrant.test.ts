// The VectorStore contract against the Qdrant store: on the schema-checking emulator always, on a real Qdrant when QDRANT_URL is set.
import { afterEach, describe, expect, it } from "vitest";
import { startQdrantEmulator } from "../../test/support/qdrant-emulator/qdrant-emulator.ts";
import { describeVectorStoreContract } from "../../test/support/vector-store-contract.ts";
import { createQdrant } from "../clients/qdrant.ts";
import { loadSettings } from "../config/settings.ts";
import { createQdrantVectorStore } from "./qdrant.ts";
import { VectorDimensionError } from "./types.ts";

const realQdrantUrl = process.env.QDRANT_URL;

describeVectorStoreContract("Qdrant emulator", async () => {
  const emulator = await startQdrantEmulator();
  const handle = createQdrant(emulator.url, loadSettings({ QDRANT_URL: emulator.url }));
  const store = createQdrantVectorStore(handle, { collection: "contract", shards: 2, replicationFactor: 1 });
  return {
    store,
    async close() {
      await emulator.close();
      // every request the store made conformed to Qdrant's schemas and was emulated faithfully
      expect(emulator.violations).toEqual([]);
    },
  };
});

if (realQdrantUrl) {
  describeVectorStoreContract(`real Qdrant at ${realQdrantUrl}`, async () => {
    const settings = loadSettings({ QDRANT_URL: realQdrantUrl, QDRANT_API_KEY: process.env.QDRANT_API_KEY });
    const handle = createQdrant(realQdrantUrl, settings);
    const collection = `cv_contract_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    const store = createQdrantVectorStore(handle, { collection, shards: 1, replicationFactor: 1 });
    return { store, close: async () => void (await handle.client.deleteCollection(collection)) };
  });
} else {
  describe("VectorStore contract: real Qdrant", () => {
    const reason = "real Qdrant: skipped, set QDRANT_URL to run the contract suite against a Qdrant server";
    console.warn(reason);
    // skipped on purpose: Qdrant cannot run on these machines; the emulator suite above covers the same contract
    it.skip(reason, () => {});
  });
}

describe("Qdrant store on the emulator", () => {
  const emulators: Awaited<ReturnType<typeof startQdrantEmulator>>[] = [];
  afterEach(async () => {
    await Promise.all(emulators.splice(0).map((e) => e.close()));
  });

  it("creates the collection once, with cosine distance, the sharding settings and the payload indexes", async () => {
    const emulator = await startQdrantEmulator();
    emulators.push(emulator);
    const handle = createQdrant(emulator.url, loadSettings({ QDRANT_URL: emulator.url }));
    const store = createQdrantVectorStore(handle, { collection: "cvs", shards: 3, replicationFactor: 2 });
    await store.ensureCollection(4);
    await createQdrantVectorStore(handle, {
      collection: "cvs",
      shards: 3,
      replicationFactor: 2,
    }).ensureCollection(4);
    const info = await handle.client.getCollection("cvs");
    expect(info.config.params).toMatchObject({
      vectors: { size: 4, distance: "Cosine" },
      shard_number: 3,
      replication_factor: 2,
    });
    expect(info.payload_schema).toEqual({
      tenantId: { data_type: "keyword", params: { type: "keyword", is_tenant: true }, points: 0 },
      skills: { data_type: "keyword", params: { type: "keyword" }, points: 0 },
      years: { data_type: "float", params: { type: "float" }, points: 0 },
      locationKeys: { data_type: "keyword", params: { type: "keyword" }, points: 0 },
      language: { data_type: "keyword", params: { type: "keyword" }, points: 0 },
    });
    expect(emulator.calls).toEqual([
      "get_collection",
      "create_collection",
      ...Array(5).fill("create_field_index"),
      "get_collection",
      "get_collection",
    ]);
    expect(emulator.violations).toEqual([]);
  });

  it("reports Qdrant's dimension check as a VectorDimensionError in a store that did not ensure the collection", async () => {
    const emulator = await startQdrantEmulator();
    emulators.push(emulator);
    const handle = createQdrant(emulator.url, loadSettings({ QDRANT_URL: emulator.url }));
    await createQdrantVectorStore(handle, {
      collection: "cvs",
      shards: 1,
      replicationFactor: 1,
    }).ensureCollection(3);
    const perRequest = createQdrantVectorStore(handle, {
      collection: "cvs",
      shards: 1,
      replicationFactor: 1,
    });
    const payload = {
      tenantId: "t",
      skills: [],
      years: 0,
      location: null,
      language: null,
      educationLevel: null,
    };
    const failure = await perRequest
      .upsert([{ id: "cv-1", vector: [1, 0], payload }])
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(VectorDimensionError);
    expect(failure).toMatchObject({ expected: 3, actual: 2 });
    await perRequest.upsert([{ id: "cv-1", vector: [1, 0, 0], payload }]);
    expect(await perRequest.count("t")).toBe(1);
    expect(emulator.violations).toEqual([]);
  });

  it("sends one upsert per 256 points", async () => {
    const emulator = await startQdrantEmulator();
    emulators.push(emulator);
    const handle = createQdrant(emulator.url, loadSettings({ QDRANT_URL: emulator.url }));
    const store = createQdrantVectorStore(handle, { collection: "cvs", shards: 1, replicationFactor: 1 });
    await store.ensureCollection(2);
    const tenantId = "tenant-batches";
    const records = Array.from({ length: 513 }, (_, i) => ({
      id: `cv-${i}`,
      vector: [1, i],
      payload: { tenantId, skills: [], years: 0, location: null, language: null, educationLevel: null },
    }));
    await store.upsert(records);
    expect(emulator.calls.filter((c) => c === "upsert_points")).toHaveLength(3);
    expect(await store.count(tenantId)).toBe(513);
    expect(emulator.violations).toEqual([]);
  });
});
