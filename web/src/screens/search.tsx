// Search over every CV in words: results with their score and the highlights that explain them, the
// query's words (and the engine's «» marks) shown marked.
import { useEffect, useState } from "preact/hooks";
import { api, describeError, type Schemas } from "../api/client.ts";
import { Empty, ErrorNote, Loading } from "../parts/states.tsx";
import { go, href, type Route } from "../route.ts";

type Results = Schemas["SearchResults"];

/** `text` with the «marked» parts and the query's words wrapped in <mark> */
function Marked({ text, words }: { text: string; words: string[] }) {
  const parts: (string | { marked: string })[] = [];
  const pattern = words.length
    ? new RegExp(
        `«([^»]*)»|\\b(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`,
        "gi",
      )
    : /«([^»]*)»/g;
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(at, match.index));
    parts.push({ marked: match[1] ?? match[2] ?? match[0] });
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return <>{parts.map((p, i) => (typeof p === "string" ? p : <mark key={i}>{p.marked}</mark>))}</>;
}

export function SearchScreen({ route }: { route: Route }) {
  const asked = route.query.get("q") ?? "";
  const [query, setQuery] = useState(asked);
  const [state, setState] = useState<
    | { kind: "idle" }
    | { kind: "loading" }
    | { kind: "error"; message: string }
    | { kind: "done"; results: Results; asked: string }
  >({ kind: "idle" });
  useEffect(() => {
    if (!asked) return setState({ kind: "idle" });
    let current = true;
    setState({ kind: "loading" });
    api.POST("/api/search", { body: { query: asked, limit: 20 } }).then(
      ({ data, error, response }) => {
        if (!current) return;
        if (data) setState({ kind: "done", results: data, asked });
        else setState({ kind: "error", message: describeError(error, response.status) });
      },
      (error: unknown) => current && setState({ kind: "error", message: describeError(error) }),
    );
    return () => {
      current = false;
    };
  }, [asked]);
  const words = asked.split(/\s+/).filter((w) => w.length > 2);
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">Search</h1>
      <form
        class="searchbar"
        onSubmit={(e) => {
          e.preventDefault();
          if (query.trim()) go("/search", { q: query.trim() });
        }}
      >
        <label for="search-q">Search all CVs</label>
        <input
          id="search-q"
          type="search"
          placeholder="e.g. python developer with kubernetes in Berlin"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <button type="submit" class="primary">
          Search
        </button>
      </form>
      {state.kind === "idle" && <p class="state empty">Type what you are looking for, in your own words.</p>}
      {state.kind === "loading" && <Loading what="results" />}
      {state.kind === "error" && <ErrorNote message={state.message} />}
      {state.kind === "done" &&
        (state.results.results.length === 0 ? (
          <Empty>
            <p>No CV matches “{state.asked}”.</p>
          </Empty>
        ) : (
          <>
            <p class="count" role="status">
              {state.results.total} CVs match; showing {state.results.results.length}
              {state.results.degraded?.length ? ` (without: ${state.results.degraded.join(", ")})` : ""}
            </p>
            <ol class="cards" aria-label="Results">
              {state.results.results.map((r) => (
                <li class="card" key={r.cvId}>
                  <div class="match-head">
                    <h2>
                      <a href={href(`/candidates/${r.cvId}`)}>{r.name ?? "Unnamed candidate"}</a>
                    </h2>
                    <span class="score">
                      <span class="visually-hidden">score </span>
                      {Math.round(r.score)}
                    </span>
                  </div>
                  {r.headline && <p class="headline">{r.headline}</p>}
                  <ul class="highlights">
                    {r.highlights.map((h, i) => (
                      <li key={i}>
                        <Marked text={h} words={words} />
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </>
        ))}
    </section>
  );
}
