// The recruiter's web UI: a shell with the navigation, the API key form when the server asks for one, and
// the screen the address names.
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { apiKey, onUnauthorized } from "./api/client.ts";
import { ApiKeyForm } from "./parts/api-key.tsx";
import { href, type Route, useRoute } from "./route.ts";
import { CandidateScreen } from "./screens/candidate.tsx";
import { CandidatesScreen } from "./screens/candidates.tsx";
import { JobScreen } from "./screens/job.tsx";
import { JobsScreen, NewJobScreen } from "./screens/jobs.tsx";
import { CandidateJobsScreen, RankingScreen } from "./screens/ranking.tsx";
import { SearchScreen } from "./screens/search.tsx";
import { UploadScreen } from "./screens/upload.tsx";
import "./styles.css";

const NAV = [
  ["upload", "Upload"],
  ["candidates", "Candidates"],
  ["jobs", "Jobs"],
  ["search", "Search"],
] as const;

function Screen({ route }: { route: Route }) {
  const [first, id, sub] = route.path;
  if (first === "candidates" && id && sub === "jobs") return <CandidateJobsScreen id={id} />;
  if (first === "candidates" && id) return <CandidateScreen id={id} redacted={route.query.has("redact")} />;
  if (first === "candidates") return <CandidatesScreen route={route} />;
  if (first === "jobs" && id === "new") return <NewJobScreen />;
  if (first === "jobs" && id && sub === "ranking") return <RankingScreen id={id} route={route} />;
  if (first === "jobs" && id) return <JobScreen id={id} created={route.query.has("created")} />;
  if (first === "jobs") return <JobsScreen />;
  if (first === "search") return <SearchScreen route={route} />;
  return <UploadScreen />;
}

function App() {
  const route = useRoute();
  const [needsKey, setNeedsKey] = useState(false);
  // a new key remounts the screen, which fetches again with it
  const [keyRound, setKeyRound] = useState(0);
  useEffect(() => onUnauthorized(() => setNeedsKey(true)), []);
  const current = route.path[0] ?? "upload";
  useEffect(() => {
    const heading = document.querySelector("main h1");
    document.title = `${heading?.textContent ?? "cv-analyzer"} · cv-analyzer`;
  });
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href={href("/upload")}>
          cv-analyzer
        </a>
        <nav aria-label="Main">
          <ul>
            {NAV.map(([path, label]) => (
              <li key={path}>
                <a href={href(`/${path}`)} aria-current={current === path ? "page" : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {apiKey.get() && (
          <button
            type="button"
            class="link"
            onClick={() => {
              apiKey.clear();
              setKeyRound((n) => n + 1);
            }}
          >
            Forget API key
          </button>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {needsKey && (
          <ApiKeyForm
            onSaved={() => {
              setNeedsKey(false);
              setKeyRound((n) => n + 1);
            }}
          />
        )}
        <Screen key={`${route.path.join("/")}-${keyRound}`} route={route} />
      </main>
    </>
  );
}

render(<App />, document.getElementById("app")!);
