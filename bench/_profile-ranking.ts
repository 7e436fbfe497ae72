// Where the time of GET /api/jobs/:id/matches goes with 10k stored CVs in embedded mode: seeds CVs in-process,
// copies their rows up to the wanted count, then records a V8 CPU profile of warm requests only (the same
// profiler as node --cpu-prof) and prints self time by function and by file.
// Run: npx tsx bench/_profile-ranking.ts   (BENCH_PROFILE_CVS, default 10000; writes /tmp/ranking.cpuprofile)
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { sql } from "kysely";
import { startTestApi } from "../test/support/api.ts";
import { BENCH_JOB } from "./_api-client.ts";
import { latencies, loadAverage } from "./_report.ts";
import { syntheticCv } from "./_synthetic-cvs.ts";

const TOTAL = Number(process.env.BENCH_PROFILE_CVS ?? 10_000);
const SEEDED = Math.min(TOTAL, 500);
const REQUESTS = 100;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

function topBy(
  nodes: ProfileNode[],
  key: (n: ProfileNode) => string,
  total: number,
  count: number,
): string[] {
  const hits = new Map<string, number>();
  for (const node of nodes) hits.set(key(node), (hits.get(key(node)) ?? 0) + (node.hitCount ?? 0));
  return [...hits]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, n]) => `  ${((n / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
}

const shortUrl = (url: string) =>
  url.replace(/^file:\/\/.*?\/(node_modules|shared|functions|bench)\//, "$1/") || "(native)";

const api = await startTestApi("embedded");
try {
  for (let i = 0; i < SEEDED; i++) {
    const res = await api.request("/api/cvs", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: syntheticCv(i) }),
    });
    if (res.status !== 201) throw new Error(`seeding ${i}: ${res.status}`);
  }
  // Copies of the seeded rows (new id and hash) up to TOTAL: ranking reads only id, seq, profile, embedding.
  const db = api.clients.db();
  for (let copy = 1; copy * SEEDED < TOTAL; copy++)
    await sql`insert into cvs (id, tenant_id, content_hash, filename, content_type, size_bytes, file, text, analysis,
      profile, name, emails, phones, skills, years, location, language, education_level, embedding, created_at, updated_at)
      select gen_random_uuid(), tenant_id, md5(content_hash || ${copy}), filename, content_type, size_bytes, file, text,
      analysis, profile, name, emails, phones, skills, years, location, language, education_level, embedding, created_at,
      updated_at from cvs where tenant_id = ${api.tenantA} and seq <= ${SEEDED}
      limit ${Math.min(SEEDED, TOTAL - copy * SEEDED)}`.execute(db);
  const job = await api.request("/api/jobs", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(BENCH_JOB),
  });
  const { id } = (await job.json()) as { id: string };
  let n = 0;
  const matches = async () => {
    const res = await api.request(`/api/jobs/${id}/matches?limit=20&minScore=${(n++ / 10_000).toFixed(4)}`);
    const body = (await res.json()) as { considered: number };
    if (res.status !== 200) throw new Error(`matches: ${res.status}`);
    return body.considered;
  };
  const considered = await matches();
  for (let i = 0; i < 20; i++) await matches();
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  const loadBefore = loadAverage();
  const cpuBefore = process.cpuUsage();
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    await matches();
    times.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const { profile } = (await session.post("Profiler.stop")) as { profile: { nodes: ProfileNode[] } };
  session.disconnect();
  writeFileSync("/tmp/ranking.cpuprofile", JSON.stringify(profile));
  const stats = latencies(times);
  const nodes = profile.nodes;
  const total = nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  console.log(
    `in-process matches over ${considered} CVs, ${REQUESTS} warm requests, load ${loadBefore} -> ${loadAverage()}`,
  );
  console.log(
    `wall p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms, p99 ${stats.p99.toFixed(1)} ms; CPU ${((cpu.user + cpu.system) / 1000 / REQUESTS).toFixed(1)} ms per request`,
  );
  console.log("self time by function:");
  for (const line of topBy(
    nodes,
    (n) =>
      `${n.callFrame.functionName || "(anonymous)"} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`,
    total,
    15,
  ))
    console.log(line);
  console.log("self time by file:");
  for (const line of topBy(nodes, (n) => shortUrl(n.callFrame.url), total, 10)) console.log(line);
} finally {
  await api.close();
}
