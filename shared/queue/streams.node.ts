// Delivery over Redis Streams with a consumer group: XREADGROUP hands a task id to one consumer, XACK (and
// XDEL) settles it, XAUTOCLAIM takes over messages a dead consumer held longer than a lease, and a sweeper
// publishes again the queued tasks whose message Redis lost (a restart without persistence).
import { hostname } from "node:os";
import type { Kysely } from "kysely";
import { loadIoredis } from "../clients/driver-packages.node.ts";
import type { Database } from "../db/schema.ts";
import { claimTask, markPublished, tasksToRepublish } from "../db/tasks.ts";
import type { Logger } from "../log/logger.ts";
import { streamKeysOf, type TaskClaim, type TaskDelivery } from "./delivery.ts";

export interface StreamsOptions {
  url: string;
  /** QUEUE_STREAM */
  prefix: string;
  leaseMs: number;
  pollMs: number;
  redeliverMs: number;
  log: Logger;
}

type Entry = [id: string, fields: string[]];

const taskIdOf = (fields: string[]) => fields[fields.indexOf("task") + 1];

export function createStreamsDelivery(db: () => Kysely<Database>, options: StreamsOptions): TaskDelivery {
  // Its own connection: XREADGROUP blocks it, and the shared client pipelines everything else.
  const redis = new (loadIoredis().Redis)(options.url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  redis.on("error", () => {});
  const consumer = `${hostname()}-${process.pid}`;
  const streamKeys = streamKeysOf(options.prefix);
  let groupReady = false;
  let nextAutoclaim = 0;

  const ensureGroup = async () => {
    if (groupReady) return;
    try {
      // From the start of the stream: a producer may have written before the group existed (Redis restarted).
      await redis.xgroup("CREATE", streamKeys.tasks, streamKeys.group, "0", "MKSTREAM");
    } catch (error) {
      if (!String((error as Error).message).includes("BUSYGROUP")) throw error;
    }
    groupReady = true;
  };

  const settle = (messageId: string) => async () => {
    try {
      await redis
        .multi()
        .xack(streamKeys.tasks, streamKeys.group, messageId)
        .xdel(streamKeys.tasks, messageId)
        .exec();
    } catch (error) {
      // The message comes back (or is lost with Redis); the task row says it ended, so it is only acknowledged.
      options.log.warn("queue: acknowledging a message failed", { error });
    }
  };

  /** Claims the task of a message; a message whose task ended or is held by a live worker is settled. */
  const claimOf = async (entry: Entry, owner: string): Promise<TaskClaim | null> => {
    const [messageId, fields] = entry;
    const taskId = taskIdOf(fields);
    const task = taskId ? await claimTask(db(), taskId, owner, options.leaseMs) : null;
    if (!task) {
      await settle(messageId)();
      return null;
    }
    return { task, settle: settle(messageId) };
  };

  const read = async (owner: string): Promise<TaskClaim | null> => {
    await ensureGroup();
    if (Date.now() >= nextAutoclaim) {
      nextAutoclaim = Date.now() + Math.min(options.leaseMs, 5_000);
      const [, claimed] = (await redis.xautoclaim(
        streamKeys.tasks,
        streamKeys.group,
        consumer,
        options.leaseMs,
        "0-0",
        "COUNT",
        1,
      )) as [string, Entry[]];
      if (claimed.length > 0 && claimed[0]) return claimOf(claimed[0], owner);
    }
    const reply = (await redis.xreadgroup(
      "GROUP",
      streamKeys.group,
      consumer,
      "COUNT",
      1,
      "BLOCK",
      options.pollMs,
      "STREAMS",
      streamKeys.tasks,
      ">",
    )) as [string, Entry[]][] | null;
    const entry = reply?.[0]?.[1]?.[0];
    return entry ? claimOf(entry, owner) : null;
  };

  return {
    kind: "streams",
    async next(owner) {
      try {
        return await read(owner);
      } catch (error) {
        // NOGROUP: Redis restarted empty. Anything else: Redis is away; wait a poll and try again.
        groupReady = false;
        options.log.warn("queue: reading the task stream failed", { error: (error as Error).message });
        await new Promise((resolve) => setTimeout(resolve, options.pollMs));
        return null;
      }
    },
    async sweep() {
      const candidates = await tasksToRepublish(db(), options.redeliverMs, 500);
      if (candidates.length === 0) return;
      const lookups = redis.pipeline();
      for (const c of candidates)
        lookups.xrange(streamKeys.tasks, c.messageId ?? "0-0", c.messageId ?? "0-0");
      const found = (await lookups.exec()) ?? [];
      const lost = candidates.filter((c, i) => {
        const [error, entries] = found[i] ?? [null, []];
        return c.messageId === null || (!error && (entries as Entry[]).length === 0);
      });
      if (lost.length === 0) return;
      const adds = redis.pipeline();
      for (const c of lost) adds.xadd(streamKeys.tasks, "*", "task", c.id);
      const added = (await adds.exec()) ?? [];
      await markPublished(
        db(),
        lost.flatMap((c, i) => {
          const [error, messageId] = added[i] ?? [new Error("no reply"), null];
          return error ? [] : [{ id: c.id, messageId: String(messageId) }];
        }),
      );
      options.log.info("queue: published tasks whose message was missing", { tasks: lost.length });
    },
    async deadLetter(task, reason) {
      await redis.xadd(
        streamKeys.dead,
        "*",
        "task",
        task.id,
        "tenant",
        task.tenantId,
        "batch",
        task.batchId,
        "attempts",
        String(task.attempts),
        "reason",
        reason,
      );
    },
    async close() {
      try {
        await redis.quit();
      } catch {
        redis.disconnect();
      }
    },
  };
}
