import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesForm, startTestApi, type TestApi } from "../../test/support/api.ts";
import { cvIds } from "../../test/support/cv-rows.ts";
import { nurseCv, pythonCv, reactCv } from "../../test/support/cv-texts.ts";
import { integrationAvailable, testDatabaseUrl, testRedisUrl } from "../../test/support/integration.ts";

const corpus = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../shared/analysis/fixtures/corpus/${name}`, import.meta.url)));
const postText = (api: TestApi, text: string, key?: string) =>
  api.request("/api/cvs", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text, filename: "cv.txt" }),
    ...(key ? { key } : {}),
  });

const stackReady = integrationAvailable("CV routes in stack mode", {
  DATABASE_URL: testDatabaseUrl,
  REDIS_URL: testRedisUrl,
});
const modes = stackReady ? (["embedded", "stack"] as const) : (["embedded"] as const);

describe.each(modes)("CV routes (%s)", (mode) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(mode, { database: testDatabaseUrl, redis: testRedisUrl });
  }, 120_000);
  afterAll(() => api?.close());

  it("stores a JSON text CV once: 201, then 200 with the same id", async () => {
    const first = await postText(api, pythonCv);
    expect(first.status).toBe(201);
    const stored = await first.json();
    expect(stored.analysis.contact.name.value).toBe("Ada Lovelace");
    expect(stored.analysis.contact.emails.map((e: { value: string }) => e.value)).toEqual([
      "ada.lovelace@example.com",
    ]);
    const again = await postText(api, pythonCv);
    expect(again.status).toBe(200);
    const repeated = await again.json();
    expect(repeated.id).toBe(stored.id);
    expect(repeated.duplicateOf).toBe(stored.id);
    expect(await cvIds(api.clients.db(), api.tenantA)).toEqual([stored.id]);
    // the stored row answers a repeat; the analysis is not cached beside it
    const { servicesFor } = await import("../../shared/services/context.ts");
    const keys = await servicesFor(api.clients).cache.keysFor(api.tenantA);
    expect(keys.filter((k) => k.includes(":analysis:"))).toEqual([]);
  });

  it("flags the same person under a new file as a possible duplicate", async () => {
    const original = await (await postText(api, reactCv)).json();
    const updated = await postText(api, `${reactCv}\nCertifications\nAWS Certified Developer, 2023\n`);
    expect(updated.status).toBe(201);
    const body = await updated.json();
    expect(body.id).not.toBe(original.id);
    expect(body.possibleDuplicateOf).toBe(original.id);
  });

  it("uploads a PDF, serves its analysis, redacted view, JSON Resume and original bytes", async () => {
    const pdf = corpus("en-backend-pdflib.pdf");
    const res = await api.request("/api/cvs", {
      method: "POST",
      body: filesForm([{ name: "resume.pdf", bytes: pdf }]),
    });
    expect(res.status).toBe(201);
    const { id, analysis } = await res.json();
    expect(analysis.document.type).toBe("pdf");
    const name: string = analysis.contact.name.value;

    const full = await (await api.request(`/api/cvs/${id}`)).json();
    expect(full.analysis.contact.name.value).toBe(name);
    expect(full.text).toContain(name);

    const redacted = await (await api.request(`/api/cvs/${id}?redact=true`)).json();
    expect(redacted.text).not.toContain(name);
    expect(redacted.analysis.contact.name.value).not.toBe(name);
    expect(JSON.stringify(redacted)).not.toContain(analysis.contact.emails[0].value);

    const resume = await (await api.request(`/api/cvs/${id}?format=jsonresume`)).json();
    expect(resume.basics.name).toBe(name);

    const file = await api.request(`/api/cvs/${id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
  });

  it("takes several files at once; a file that cannot be analysed fails alone", async () => {
    const res = await api.request("/api/cvs", {
      method: "POST",
      body: filesForm([
        { name: "nurse.docx", bytes: corpus("en-nurse-word.docx") },
        { name: "locked.pdf", bytes: corpus("encrypted-en-frontend.pdf") },
        {
          name: "picture.png",
          bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        },
      ]),
    });
    expect(res.status).toBe(201);
    const { items } = await res.json();
    expect(
      items.map((i: { status: number; error?: { code: string } }) => [i.status, i.error?.code ?? null]),
    ).toEqual([
      [201, null],
      [422, "encrypted"],
      [415, "unsupported_type"],
    ]);
    expect(items[0].analysis.document.type).toBe("docx");
  });

  it.each([
    [
      "an unsupported file",
      () => filesForm([{ name: "x.pdf", bytes: new TextEncoder().encode("\u0000\u0001\u0002binary") }]),
      415,
      "unsupported_type",
    ],
    [
      "a truncated PDF",
      () => filesForm([{ name: "x.pdf", bytes: corpus("en-backend-pdflib.pdf").slice(0, 900) }]),
      422,
      "corrupt",
    ],
    ["no file part", () => new FormData(), 422, "invalid"],
  ])("answers %s with its 4xx code and stores nothing", async (_label, form, status, code) => {
    const before = await cvIds(api.clients.db());
    const res = await api.request("/api/cvs", { method: "POST", body: form() });
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe(code);
    expect(await cvIds(api.clients.db())).toEqual(before);
  });

  it("lists with filters and cursor pagination", async () => {
    await postText(api, nurseCv);
    const python = await (await api.request("/api/cvs?skill=python")).json();
    expect(python.items.map((i: { name: string }) => i.name)).toEqual(["Ada Lovelace"]);
    const senior = await (await api.request("/api/cvs?minYears=9")).json();
    expect(senior.items.map((i: { name: string }) => i.name)).toContain("Florence Nightingale");
    expect(senior.items.map((i: { name: string }) => i.name)).not.toContain("Grace Hopper");
    const words = await (await api.request("/api/cvs?q=medication%20administration")).json();
    expect(words.items.map((i: { name: string }) => i.name)).toContain("Florence Nightingale");
    expect(words.items.map((i: { name: string }) => i.name)).not.toContain("Ada Lovelace");
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = await (
        await api.request(`/api/cvs?limit=2${cursor ? `&cursor=${cursor}` : ""}`)
      ).json();
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    const all = await (await api.request("/api/cvs?limit=100")).json();
    expect(seen).toEqual(all.items.map((i: { id: string }) => i.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect((await api.request("/api/cvs?cursor=garbage")).status).toBe(422);
    expect((await api.request("/api/cvs?limit=0")).status).toBe(422);
  });

  it("sorts on the server, pages every CV exactly once under each sort, and counts what the filters pass", async () => {
    // Years that tie (the seq breaks them) and CVs whose names the analysis does not read (lower-cased).
    for (const text of [pythonCv, reactCv, nurseCv]) await postText(api, text);
    for (const name of ["Zoe Quint", "Bram Oster", "bram oster", "zoe quint"])
      await postText(api, pythonCv.replace("Ada Lovelace", name));
    type Summary = { id: string; name: string | null; years: number };
    type Page = { items: Summary[]; nextCursor: string | null; total: number };
    const get = async (query: string): Promise<Page> => {
      const response = await api.request(`/api/cvs?${query}`);
      expect(response.status).toBe(200);
      return response.json();
    };
    const all = await get("limit=100");
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThanOrEqual(7);
    for (const sort of ["recent", "name", "years", "quality"])
      for (const order of ["asc", "desc"]) {
        const whole = await get(`limit=100&sort=${sort}&order=${order}`);
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page = await get(`limit=2&sort=${sort}&order=${order}${cursor ? `&cursor=${cursor}` : ""}`);
          expect(page.total).toBe(all.total);
          seen.push(...page.items.map((i) => i.id));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen, `${sort} ${order}`).toEqual(whole.items.map((i) => i.id));
        expect(new Set(seen).size).toBe(all.total);
        expect(new Set(seen)).toEqual(new Set(all.items.map((i) => i.id)));
        if (sort === "years") {
          const years = whole.items.map((i) => i.years);
          const sorted = [...years].sort((a, b) => (order === "asc" ? a - b : b - a));
          expect(years).toEqual(sorted);
        }
        if (sort === "name") {
          // named CVs first either way; case does not separate two spellings of a name
          const named = whole.items.map((i) => i.name !== null);
          expect(named).toEqual([...named].sort((a, b) => Number(b) - Number(a)));
          // the analysis reads no name from the lower-cased variants: they come last
          expect(named.filter((n) => !n).length).toBeGreaterThanOrEqual(2);
          const spelled = whole.items.flatMap((i) => (i.name ? [i.name.toLowerCase()] : []));
          expect(spelled).toEqual([...spelled].sort((x, y) => (order === "asc" ? 1 : -1) * (x < y ? -1 : 1)));
        }
      }
    expect((await get("sort=recent&order=asc&limit=1")).items[0].id).toBe(all.items.at(-1)?.id);
    const names = (await get("sort=name&limit=100")).items.map((i) => i.name?.toLowerCase());
    expect(names.indexOf("ada lovelace")).toBeLessThan(names.indexOf("zoe quint"));
    expect(names.at(-1)).toBeUndefined();
    // the total counts what the filters pass, whatever the page size, and only the tenant's own CVs
    const python = await get("skill=python&limit=1");
    expect(python.items).toHaveLength(1);
    expect(python.total).toBe((await get("skill=python&limit=100")).items.length);
    expect(python.total).toBeGreaterThanOrEqual(4);
    const other = await (await api.request("/api/cvs", { key: api.keyB })).json();
    expect(other.total).toBe(0);
    // a cursor belongs to the sort it came with; an unknown sort or order is refused
    const byName = await get("sort=name&limit=1");
    const wrong = await api.request(`/api/cvs?sort=years&cursor=${byName.nextCursor}`);
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).error.message).toContain("sort=name");
    expect(
      (await api.request(`/api/cvs?cursor=${all.nextCursor ?? (await get("limit=1")).nextCursor}&sort=name`))
        .status,
    ).toBe(422);
    expect((await api.request("/api/cvs?sort=salary")).status).toBe(422);
    expect((await api.request("/api/cvs?sort=name&order=up")).status).toBe(422);
    expect((await api.request("/api/cvs?sort=name&cursor=kW10")).status).toBe(422);
    const forged = `k${btoa(JSON.stringify(["years", "desc", "1", "x"])).replace(/=+$/, "")}`;
    expect((await api.request(`/api/cvs?sort=years&cursor=${forged}`)).status).toBe(422);
  });

  it("deletes a CV from the database, the vector store and the cache; a second delete is 404", async () => {
    const text = `${nurseCv}\nInterests\nSailing\n`;
    const { id } = await (await postText(api, text)).json();
    const { servicesFor } = await import("../../shared/services/context.ts");
    const services = servicesFor(api.clients);
    expect(await services.vectors.existing(api.tenantA, [id])).toEqual([id]);
    const res = await api.request(`/api/cvs/${id}`, { method: "DELETE" });
    expect(res.status).toBe(204);
    expect(await cvIds(api.clients.db())).not.toContain(id);
    expect(await services.vectors.existing(api.tenantA, [id])).toEqual([]);
    const hash = [...new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)))]
      .map((b) => b.toString(16).padStart(2, "0"))
      .join("");
    expect((await services.cache.keysFor(api.tenantA)).filter((k) => k.includes(hash))).toEqual([]);
    expect((await api.request(`/api/cvs/${id}`)).status).toBe(404);
    expect((await api.request(`/api/cvs/${id}/file`)).status).toBe(404);
    expect((await api.request(`/api/cvs/${id}`, { method: "DELETE" })).status).toBe(404);
  });

  it.each([
    ["no key", undefined, 401],
    ["an unknown key", "cva_not-a-real-key", 401],
  ])("refuses %s with 401", async (_label, key, status) => {
    const res = await api.request("/api/cvs", { key: key ?? "" });
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe("unauthorized");
  });

  it("answers an id that cannot exist with 404", async () => {
    expect((await api.request("/api/cvs/not-a-uuid")).status).toBe(404);
    expect((await api.request("/api/cvs/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});
