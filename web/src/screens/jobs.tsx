// Jobs: the list, and a new job from a pasted ad (its requirements are read from the text; job.tsx edits them).
import { useState } from "preact/hooks";
import { api, describeError } from "../api/client.ts";
import { useLoad } from "../parts/load.ts";
import { Empty, ErrorNote, Loading } from "../parts/states.tsx";
import { go, href } from "../route.ts";

export function JobsScreen() {
  const [jobs, reload] = useLoad(() => api.GET("/api/jobs", { params: { query: { limit: 100 } } }), []);
  return (
    <section aria-labelledby="jobs-title">
      <header class="page-head">
        <h1 id="jobs-title">Jobs</h1>
        <a class="button primary" href={href("/jobs/new")}>
          New job from an ad
        </a>
      </header>
      {jobs.state === "loading" && <Loading what="jobs" />}
      {jobs.state === "error" && <ErrorNote message={jobs.message} retry={reload} />}
      {jobs.state === "done" &&
        (jobs.data.items.length === 0 ? (
          <Empty>
            <p>
              No jobs yet. <a href={href("/jobs/new")}>Paste a job ad</a> to describe one.
            </p>
          </Empty>
        ) : (
          <>
            <p class="count">
              {jobs.data.items.length} {jobs.data.items.length === 1 ? "job" : "jobs"}
            </p>
            <ul class="cards" aria-label="Jobs">
              {jobs.data.items.map((job) => (
                <li class="card" key={job.id}>
                  <h2>
                    <a href={href(`/jobs/${job.id}`)}>{job.title}</a>
                  </h2>
                  <p class="meta">
                    {job.requirements.required.length} required skills · {job.requirements.minYears ?? "any"}{" "}
                    years · {job.requirements.location ?? "any location"}
                  </p>
                  <a href={href(`/jobs/${job.id}/ranking`)}>Ranked candidates</a>
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}

export function NewJobScreen() {
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const { data, error, response } = await api.POST("/api/jobs", { body: { title, description } });
    setBusy(false);
    if (!data) return setProblem(describeError(error, response.status));
    go(`/jobs/${data.id}`, { created: "1" });
  };
  return (
    <section aria-labelledby="new-job-title">
      <h1 id="new-job-title">New job</h1>
      <p>Paste the ad: its requirements are read from the text, and you can correct them next.</p>
      <form class="stack" onSubmit={submit}>
        <div class="field">
          <label for="job-title">Title</label>
          <input
            id="job-title"
            required
            maxLength={300}
            value={title}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="job-ad">Job ad</label>
          <textarea
            id="job-ad"
            required
            rows={12}
            maxLength={50000}
            value={description}
            onInput={(e) => setDescription(e.currentTarget.value)}
          />
        </div>
        {problem && <ErrorNote message={problem} />}
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {busy ? "Reading the ad…" : "Create job"}
          </button>
          <a class="button" href={href("/jobs")}>
            Cancel
          </a>
        </div>
      </form>
    </section>
  );
}
