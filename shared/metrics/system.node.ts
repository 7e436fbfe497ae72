// Host metrics read on Node at each snapshot: CPU time, load, memory, and the disk that holds DATA_DIR.
import { existsSync } from "node:fs";
import { statfs } from "node:fs/promises";
import os from "node:os";
import { dirname, resolve } from "node:path";
import {
  systemCpuCores,
  systemCpuSeconds,
  systemDiskFree,
  systemDiskTotal,
  systemLoad,
  systemMemoryAvailable,
  systemMemoryTotal,
} from "./families.ts";

/** DATA_DIR may not exist yet (or be PGlite's memory://): measure the filesystem that will hold it */
function existingAncestor(dataDir: string): string {
  let path = resolve(dataDir.includes("://") ? "." : dataDir);
  while (!existsSync(path) && dirname(path) !== path) path = dirname(path);
  return path;
}

export async function recordSystem(dataDir: string): Promise<void> {
  const cpus = os.cpus();
  const times = { user: 0, nice: 0, system: 0, idle: 0, irq: 0 };
  for (const cpu of cpus) {
    times.user += cpu.times.user;
    times.nice += cpu.times.nice;
    times.system += cpu.times.sys;
    times.idle += cpu.times.idle;
    times.irq += cpu.times.irq;
  }
  for (const [mode, ms] of Object.entries(times)) systemCpuSeconds.raiseTo({ mode }, ms / 1000);
  systemCpuCores.set({}, cpus.length);
  const [one, five, fifteen] = os.loadavg();
  systemLoad.set({ window: "1m" }, one);
  systemLoad.set({ window: "5m" }, five);
  systemLoad.set({ window: "15m" }, fifteen);
  systemMemoryTotal.set({}, os.totalmem());
  // libuv reads MemAvailable on Linux: memory usable without swapping, page cache included.
  systemMemoryAvailable.set({}, os.freemem());
  try {
    const disk = await statfs(existingAncestor(dataDir));
    systemDiskTotal.set({}, disk.blocks * disk.bsize);
    // bavail, not bfree: the blocks reserved for root are not the service's to use.
    systemDiskFree.set({}, disk.bavail * disk.bsize);
  } catch {
    // A filesystem that cannot be read leaves the disk gauges at their last value rather than failing a scrape.
  }
}
