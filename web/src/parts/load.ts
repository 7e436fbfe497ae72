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

/** runs `fetcher` whenever `deps` change (or reload() is called) and keeps its latest answer */
export function useLoad<T>(fetcher: () => Promise<Answer<T>>, deps: unknown[]) {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setLoaded({ state: "loading" });
    fetcher().then(
      ({ data, error, response }) => {
        if (!current) return;
        if (data !== undefined && response.ok) setLoaded({ state: "done", data });
        else
          setLoaded({
            state: "error",
            message: describeError(error, response.status),
            status: response.status,
          });
      },
      (error: unknown) => current && setLoaded({ state: "error", message: describeError(error) }),
    );
    return () => {
      current = false;
    };
  }, [...deps, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return [loaded, reload] as const;
}
