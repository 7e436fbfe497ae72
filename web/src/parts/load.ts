// Loading state for a screen: what is being fetched, what came back, or the error in plain words.
import { useCallback, useEffect, useState } from "preact/hooks";
import { describeError } from "../api/client.ts";

export type Loaded<T> =
  | { state: "loading" }
  | { state: "error"; message: string; status?: number }
  | { state: "done"; data: T };

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * runs `fetcher` whenever `deps` change (or reload() is called) and keeps its latest answer. An answer is only
 * ever shown for the deps it was fetched for: in the render where they change it is "loading" at once, so a
 * screen never shows the last record's data under the new one's settings (a blind-review banner over a
 * CV not yet redacted).
 */
export function useLoad<T>(fetcher: () => Promise<Answer<T>>, deps: unknown[]) {
  const [answer, setAnswer] = useState<{ loaded: Loaded<T>; for: string }>({
    loaded: { state: "loading" },
    for: "",
  });
  const [round, setRound] = useState(0);
  const key = JSON.stringify([...deps, round]);
  useEffect(() => {
    let current = true;
    const settle = (loaded: Loaded<T>) => current && setAnswer({ loaded, for: key });
    setAnswer({ loaded: { state: "loading" }, for: key });
    fetcher().then(
      ({ data, error, response }) => {
        if (data !== undefined && response.ok) settle({ state: "done", data });
        else
          settle({ state: "error", message: describeError(error, response.status), status: response.status });
      },
      (error: unknown) => settle({ state: "error", message: describeError(error) }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const loaded: Loaded<T> = answer.for === key ? answer.loaded : { state: "loading" };
  return [loaded, reload] as const;
}
