// One job: the requirements read from its ad, editable (skills from the taxonomy, years, degree, location,
// remote); saving sends them as the override. Delete after a question.
import { useState } from "preact/hooks";
import { api, describeError, type Schemas } from "../api/client.ts";
import { useLoad } from "../parts/load.ts";
import { SkillInput } from "../parts/skill-input.tsx";
import { ConfirmDelete, ErrorNote, RecordScreen } from "../parts/states.tsx";
import { go, href } from "../route.ts";

type Requirements = Schemas["JobRequirements"];
const LEVELS = ["secondary", "associate", "bachelor", "master", "doctorate", "other"] as const;

export function JobScreen({ id, created }: { id: string; created: boolean }) {
  const [job, reload] = useLoad(() => api.GET("/api/jobs/{id}", { params: { path: { id } } }), [id]);
  return (
    <RecordScreen loaded={job} heading="Job" headingId="job-title-heading" what="the job" retry={reload}>
      {(data) => <JobEditor job={data} created={created} />}
    </RecordScreen>
  );
}

function JobEditor({ job, created }: { job: Schemas["Job"]; created: boolean }) {
  const [title, setTitle] = useState(job.title);
  const [description, setDescription] = useState(job.description);
  const [req, setReq] = useState<Requirements>(job.requirements);
  const [status, setStatus] = useState<string | null>(
    created ? "Created. These requirements were read from the ad." : null,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    setProblem(null);
    const requirements = {
      required: req.required,
      preferred: req.preferred,
      minYears: req.minYears,
      educationLevel: req.educationLevel,
      location: req.location?.trim() ? req.location.trim() : null,
      remote: req.remote,
    };
    const { data, error, response } = await api.PUT("/api/jobs/{id}", {
      params: { path: { id: job.id } },
      body: { title, description, requirements },
    });
    if (!data) return setProblem(describeError(error, response.status));
    setReq(data.requirements);
    setStatus("Saved.");
  };
  const remove = async () => {
    const { error, response } = await api.DELETE("/api/jobs/{id}", { params: { path: { id: job.id } } });
    if (!response.ok) return setProblem(describeError(error, response.status));
    go("/jobs");
  };

  return (
    <>
      <header class="page-head">
        <h1 id="job-title-heading">{job.title}</h1>
        <div class="actions">
          <a class="button primary" href={href(`/jobs/${job.id}/ranking`)}>
            Ranked candidates
          </a>
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            Delete job
          </button>
        </div>
      </header>
      {confirming && (
        <ConfirmDelete
          question={`Delete the job “${job.title}”? This cannot be undone.`}
          onYes={remove}
          onNo={() => setConfirming(false)}
        />
      )}
      {status && (
        <p class="banner" role="status">
          {status}
        </p>
      )}
      {problem && <ErrorNote message={problem} />}
      <form class="stack" onSubmit={save} aria-label="Requirements">
        <h2>Requirements</h2>
        <SkillInput
          label="Required skills"
          skills={req.required}
          onChange={(required) => setReq({ ...req, required })}
        />
        <SkillInput
          label="Preferred skills"
          skills={req.preferred}
          onChange={(preferred) => setReq({ ...req, preferred })}
        />
        <div class="row-fields">
          <div class="field">
            <label for="req-years">Minimum years</label>
            <input
              id="req-years"
              type="number"
              min={0}
              max={60}
              step={0.5}
              value={req.minYears ?? ""}
              onInput={(e) =>
                setReq({
                  ...req,
                  minYears: e.currentTarget.value === "" ? null : Number(e.currentTarget.value),
                })
              }
            />
          </div>
          <div class="field">
            <label for="req-degree">Degree</label>
            <select
              id="req-degree"
              value={req.educationLevel ?? ""}
              onChange={(e) =>
                setReq({
                  ...req,
                  educationLevel: (e.currentTarget.value || null) as Requirements["educationLevel"],
                })
              }
            >
              <option value="">not asked</option>
              {LEVELS.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="req-location">Location</label>
            <input
              id="req-location"
              value={req.location ?? ""}
              onInput={(e) => setReq({ ...req, location: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="req-remote">Remote</label>
            <select
              id="req-remote"
              value={req.remote === null ? "" : String(req.remote)}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setReq({ ...req, remote: v === "" ? null : v === "true" });
              }}
            >
              <option value="">not stated</option>
              <option value="true">remote</option>
              <option value="false">hybrid or on-site</option>
            </select>
          </div>
        </div>
        <details>
          <summary>Title and ad text</summary>
          <div class="field">
            <label for="edit-title">Title</label>
            <input id="edit-title" required value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="edit-ad">Job ad</label>
            <textarea
              id="edit-ad"
              rows={10}
              required
              value={description}
              onInput={(e) => setDescription(e.currentTarget.value)}
            />
          </div>
        </details>
        <div class="actions">
          <button type="submit" class="primary">
            Save requirements
          </button>
        </div>
      </form>
    </>
  );
}
