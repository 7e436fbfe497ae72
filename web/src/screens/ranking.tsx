// Ranked candidates for a job, each score explained, with filters and a CSV of the ranking; and the
// reverse: the jobs a candidate fits best.
import { useState } from "preact/hooks";
import { api, type Schemas, saveBlob } from "../api/client.ts";
import { Breakdown, Evidence, MatchHead, SkillChips } from "../parts/breakdown.tsx";
import { useLoad } from "../parts/load.ts";
import { Empty, ErrorNote, Loading } from "../parts/states.tsx";
import { go, href, type Route } from "../route.ts";

type JobMatch = Schemas["JobMatches"]["matches"][number];

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

function toCsv(matches: JobMatch[]): string {
  const head = [
    "rank",
    "cv_id",
    "name",
    "score",
    "required_skills",
    "preferred_skills",
    "experience",
    "education",
    "matched",
    "missing",
    "implied",
  ];
  const rows = matches.map((m, i) => {
    const b = m.breakdown;
    return [
      i + 1,
      m.cvId,
      m.name ?? "",
      m.score,
      b.requiredSkills.score,
      b.preferredSkills.score,
      b.experience.known ? (b.experience.score ?? "") : "unknown",
      b.education.known ? (b.education.score ?? "") : "unknown",
      [...b.requiredSkills.matched, ...b.preferredSkills.matched].join("; "),
      [...b.requiredSkills.missing, ...b.preferredSkills.missing].join("; "),
      [...b.requiredSkills.implied, ...b.preferredSkills.implied].join("; "),
    ].map(csvCell);
  });
  return `${[head, ...rows].map((r) => r.join(",")).join("\n")}\n`;
}

export function RankingScreen({ id, route }: { id: string; route: Route }) {
  const q = route.query;
  const filters = {
    minScore: q.get("minScore") ?? "",
    skill: q.get("skill") ?? "",
    minYears: q.get("minYears") ?? "",
    location: q.get("location") ?? "",
  };
  const [draft, setDraft] = useState(filters);
  const [job] = useLoad(() => api.GET("/api/jobs/{id}", { params: { path: { id } } }), [id]);
  const [ranking, reload] = useLoad(
    () =>
      api.GET("/api/jobs/{id}/matches", {
        params: {
          path: { id },
          query: {
            limit: 50,
            minScore: filters.minScore ? Number(filters.minScore) : undefined,
            skill: filters.skill ? [filters.skill] : undefined,
            minYears: filters.minYears ? Number(filters.minYears) : undefined,
            location: filters.location || undefined,
          },
        },
      }),
    [id, q.toString()],
  );
  const title = job.state === "done" ? job.data.title : "the job";
  const field = (name: keyof typeof draft, label: string, numeric = false) => (
    <div class="field">
      <label for={`r-${name}`}>{label}</label>
      {numeric ? (
        <input
          id={`r-${name}`}
          type="number"
          min={0}
          value={draft[name]}
          onInput={(e) => setDraft({ ...draft, [name]: e.currentTarget.value })}
        />
      ) : (
        <input
          id={`r-${name}`}
          value={draft[name]}
          onInput={(e) => setDraft({ ...draft, [name]: e.currentTarget.value })}
        />
      )}
    </div>
  );
  return (
    <section aria-labelledby="ranking-title">
      <header class="page-head">
        <h1 id="ranking-title">Ranking for {title}</h1>
        <div class="actions">
          <a class="button" href={href(`/jobs/${id}`)}>
            Edit requirements
          </a>
          <button
            type="button"
            disabled={ranking.state !== "done" || ranking.data.matches.length === 0}
            onClick={() =>
              ranking.state === "done" &&
              saveBlob(new Blob([toCsv(ranking.data.matches)], { type: "text/csv" }), `ranking-${id}.csv`)
            }
          >
            Export CSV
          </button>
        </div>
      </header>
      <form
        class="filters"
        aria-label="Filter the ranking"
        onSubmit={(e) => {
          e.preventDefault();
          go(`/jobs/${id}/ranking`, draft);
        }}
      >
        {field("minScore", "Minimum score", true)}
        {field("skill", "Has skill")}
        {field("minYears", "Minimum years", true)}
        {field("location", "Location")}
        <div class="actions">
          <button type="submit" class="primary">
            Apply filters
          </button>
        </div>
      </form>
      {ranking.state === "loading" && <Loading what="the ranking" />}
      {ranking.state === "error" && <ErrorNote message={ranking.message} retry={reload} />}
      {ranking.state === "done" &&
        (ranking.data.matches.length === 0 ? (
          <Empty>
            <p>
              No candidates{ranking.data.considered > 0 ? " above these filters" : " yet"}.{" "}
              <a href={href("/upload")}>Upload CVs</a>.
            </p>
          </Empty>
        ) : (
          <>
            <p class="count" role="status">
              {ranking.data.matches.length} ranked of {ranking.data.considered} that passed the filters
            </p>
            <ol class="ranking" aria-label="Ranked candidates">
              {ranking.data.matches.map((m, i) => (
                <li class="card match" key={m.cvId} data-cv={m.cvId}>
                  <MatchHead
                    place={i + 1}
                    link={href(`/candidates/${m.cvId}`)}
                    label={m.name ?? "Unnamed candidate"}
                    score={m.score}
                  />
                  {m.headline && <p class="headline">{m.headline}</p>}
                  <Breakdown match={m} />
                  <SkillChips match={m} />
                  {m.notes.length > 0 && <p class="meta">{m.notes.join(" ")}</p>}
                  <Evidence match={m} />
                </li>
              ))}
            </ol>
          </>
        ))}
    </section>
  );
}

export function CandidateJobsScreen({ id }: { id: string }) {
  const [cv] = useLoad(() => api.GET("/api/cvs/{id}", { params: { path: { id } } }), [id]);
  const [jobs, reload] = useLoad(
    () => api.GET("/api/cvs/{id}/matches", { params: { path: { id }, query: { limit: 20 } } }),
    [id],
  );
  const detail = cv.state === "done" ? (cv.data as Schemas["CvDetail"]) : null;
  const name = detail?.analysis.contact.name?.value ?? "this candidate";
  return (
    <section aria-labelledby="cv-jobs-title">
      <h1 id="cv-jobs-title">Jobs for {name}</h1>
      <p>
        <a href={href(`/candidates/${id}`)}>Back to the candidate</a>
      </p>
      {jobs.state === "loading" && <Loading what="jobs" />}
      {jobs.state === "error" && <ErrorNote message={jobs.message} retry={reload} />}
      {jobs.state === "done" &&
        (jobs.data.matches.length === 0 ? (
          <Empty>
            <p>
              No jobs yet. <a href={href("/jobs/new")}>Describe one</a>.
            </p>
          </Empty>
        ) : (
          <ol class="ranking" aria-label="Jobs ranked for the candidate">
            {jobs.data.matches.map((m, i) => (
              <li class="card match" key={m.jobId}>
                <MatchHead
                  place={i + 1}
                  link={href(`/jobs/${m.jobId}/ranking`)}
                  label={m.title}
                  score={m.score}
                />
                <Breakdown match={m} />
                <SkillChips match={m} />
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}
