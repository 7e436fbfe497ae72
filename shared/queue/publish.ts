// The producer side: tasks written to the database are announced to the workers. Over Redis Streams when
// Redis is configured (one XADD per task, through the key-value store's script call, so the same code runs over
// ioredis and Upstash); in-process otherwise. A failed announcement loses nothing: the sweeper publishes
// tasks whose message is missing.
import type { Clients } from "../clients/types.ts";
import { markPublished } from "../db/tasks.ts";
import type { Logger } from "../log/logger.ts";
import { streamKeysOf } from "./delivery.ts";
import { tasksAdded } from "./wake.ts";

const addScript = `local ids = {}
for i, id in ipairs(ARGV) do ids[i] = redis.call('XADD', KEYS[1], '*', 'task', id) end
return ids`;

/** True when Redis Streams deliver tasks (stack mode with Redis); else the database does. */
export const deliversByStreams = (clients: Clients) =>
  clients.settings.DATABASE_URL !== undefined && clients.settings.REDIS_URL !== undefined;

/** Cloudflare Queues take at most 100 messages per sendBatch. */
const queueBatch = 100;

export async function publishTasks(clients: Clients, taskIds: string[], log: Logger) {
  if (taskIds.length === 0) return;
  const producer = clients.taskQueue?.();
  if (producer) {
    // Workers: a failure here is the request's 503; the tasks stay queued in the database (no sweeper runs there).
    for (let i = 0; i < taskIds.length; i += queueBatch)
      await producer.sendBatch(taskIds.slice(i, i + queueBatch).map((task) => ({ body: { task } })));
    return;
  }
  tasksAdded();
  const store = clients.keyValue();
  if (!deliversByStreams(clients) || !store) return;
  try {
    const messageIds = (await store.eval(
      addScript,
      [streamKeysOf(clients.settings.QUEUE_STREAM).tasks],
      taskIds,
    )) as string[];
    await markPublished(
      clients.db(),
      taskIds.map((id, i) => ({ id, messageId: String(messageIds[i]) })),
    );
  } catch (error) {
    log.warn("queue: announcing tasks failed; the sweeper will publish them", {
      error,
      tasks: taskIds.length,
    });
  }
}
