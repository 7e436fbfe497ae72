// Wakes the in-process queue workers of this process when tasks are added, so that the embedded queue does
// not wait for its next poll. Across processes the stream (or the poll) does it instead.
type Listener = () => void;

const listeners = new Set<Listener>();

export function onTasksAdded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function tasksAdded() {
  for (const listener of listeners) listener();
}
