// CPU time by role of every process a bench's service runs on this machine, from /proc: the primary (or the
// single process), HTTP workers and queue processes told apart by the environment the primary gave them, their
// main threads apart from their other threads, and the PostgreSQL and Redis servers; the bench's own process too.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { processTree, statCpuMs } from "./_service.ts";

export type CpuByRole = Map<string, number>;

/** user + system CPU in ms of a process (all its threads), or of one of its threads; 0 once it is gone */
function cpuMs(pid: number, tid?: number): number {
  try {
    return statCpuMs(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`);
  } catch {
    return 0;
  }
}

function roleOf(pid: number, root: number): string {
  if (pid === root) return "primary or single process";
  let environment = "";
  try {
    environment = readFileSync(`/proc/${pid}/environ`, "utf8");
  } catch {
    // gone
  }
  if (environment.includes("CV_ANALYZER_ROLE=")) return "queue processes";
  if (environment.includes("CV_ANALYZER_WORKER=1")) return "HTTP processes";
  return "other children";
}

/** processes of that name (the PostgreSQL and Redis servers), none where pgrep finds none */
function named(name: string): number[] {
  try {
    return execFileSync("pgrep", ["-x", name], { encoding: "utf8" }).trim().split("\n").map(Number);
  } catch {
    return [];
  }
}

/** a reading of every role's CPU so far; two readings' difference is the CPU between them */
export function readCpuByRole(root: number | undefined): CpuByRole {
  const out: CpuByRole = new Map();
  const add = (role: string, ms: number) => out.set(role, (out.get(role) ?? 0) + ms);
  for (const pid of root === undefined ? [] : processTree(root)) {
    const role = roleOf(pid, root as number);
    const all = cpuMs(pid);
    const main = cpuMs(pid, pid);
    add(`${role}: main threads`, main);
    add(`${role}: other threads`, all - main);
  }
  add(
    "PostgreSQL server",
    named("postgres").reduce((sum, pid) => sum + cpuMs(pid), 0),
  );
  add(
    "Redis server",
    named("redis-server").reduce((sum, pid) => sum + cpuMs(pid), 0),
  );
  add("this bench (client, emulators)", cpuMs(process.pid));
  return out;
}

export function cpuBetween(before: CpuByRole, after: CpuByRole): CpuByRole {
  const out: CpuByRole = new Map();
  for (const [role, ms] of after) {
    const spent = ms - (before.get(role) ?? 0);
    if (spent > 0) out.set(role, spent);
  }
  return out;
}
