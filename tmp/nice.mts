import { readdirSync, readFileSync } from "node:fs";
import { createThreadAnalysisPool } from "../shared/clients/analysis-pool.node.ts";

const pool = createThreadAnalysisPool({ size: 2, memoryMb: 256, deadlineMs: 5000, nice: 10 });
await new Promise((r) => setTimeout(r, 3000));
const nices = readdirSync(`/proc/${process.pid}/task`).map((t) => {
  const stat = readFileSync(`/proc/${process.pid}/task/${t}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
});
console.log(nices.join(","));
await pool.close();
