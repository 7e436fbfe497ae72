// Candidate: the analysis beside the CV's text. Hovering or focusing a field marks the words it was read
// from; fields the engine is unsure of say so. Redacted view, the original file, JSON Resume, delete.
import { useState } from "preact/hooks";
import { api, describeError, downloadFrom, type Schemas, saveBlob } from "../api/client.ts";
import { Contact, Education, Experience, Extras, Quality, Skills } from "../parts/analysis-blocks.tsx";
import { CvText, type Span, spanOf } from "../parts/cv-text.tsx";
import { useLoad } from "../parts/load.ts";
import { ConfirmDelete, ErrorNote, RecordScreen } from "../parts/states.tsx";
import { go, href } from "../route.ts";

export function CandidateScreen({ id, redacted }: { id: string; redacted: boolean }) {
  const [cv, reload] = useLoad(
    () =>
      api.GET("/api/cvs/{id}", {
        params: { path: { id }, query: { redact: redacted ? "true" : undefined } },
      }),
    [id, redacted],
  );
  return (
    <RecordScreen
      loaded={cv}
      heading="Candidate"
      headingId="candidate-title"
      what="the analysis"
      retry={reload}
    >
      {(data) => <Candidate cv={data as Schemas["CvDetail"]} redacted={redacted} />}
    </RecordScreen>
  );
}

function Candidate({ cv, redacted }: { cv: Schemas["CvDetail"]; redacted: boolean }) {
  const [span, setSpan] = useState<Span | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const a = cv.analysis;
  const sectionStart = (kind: string) => a.sections.find((s) => s.kind === kind)?.start ?? 0;
  const point = (value: string | null | undefined, section = "") => ({
    onMouseEnter: () => setSpan(spanOf(cv.text, value, sectionStart(section))),
    onFocus: () => setSpan(spanOf(cv.text, value, sectionStart(section))),
    tabIndex: 0,
  });
  const name = a.contact.name?.value ?? (redacted ? "Candidate (redacted)" : (cv.filename ?? "Unnamed CV"));

  const exportResume = async () => {
    const { data, error, response } = await api.GET("/api/cvs/{id}", {
      params: { path: { id: cv.id }, query: { format: "jsonresume", redact: redacted ? "true" : undefined } },
    });
    if (!data) return setProblem(describeError(error, response.status));
    saveBlob(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }), `${cv.id}.resume.json`);
  };
  const remove = async () => {
    const { error, response } = await api.DELETE("/api/cvs/{id}", { params: { path: { id: cv.id } } });
    if (!response.ok) return setProblem(describeError(error, response.status));
    go("/candidates", { deleted: name });
  };

  return (
    <>
      <header class="page-head">
        <h1 id="candidate-title">{name}</h1>
        <div class="actions">
          <a class="button" href={href(`/candidates/${cv.id}`, redacted ? {} : { redact: "1" })}>
            {redacted ? "Show full view" : "Blind review (redact)"}
          </a>
          <button
            type="button"
            onClick={() =>
              downloadFrom(`/api/cvs/${cv.id}/file`, cv.filename ?? "cv").catch((e: Error) =>
                setProblem(e.message),
              )
            }
          >
            Download original
          </button>
          <button type="button" onClick={exportResume}>
            Export JSON Resume
          </button>
          <a class="button" href={href(`/candidates/${cv.id}/jobs`)}>
            Jobs for this candidate
          </a>
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            Delete
          </button>
        </div>
      </header>
      {redacted && <p class="banner">Blind review: names, contact details and links are hidden.</p>}
      {problem && <ErrorNote message={problem} />}
      {confirming && (
        <ConfirmDelete
          question={`Delete ${name}'s CV and its analysis? This cannot be undone.`}
          onYes={remove}
          onNo={() => setConfirming(false)}
        />
      )}
      <div class="split">
        {/* biome-ignore lint/a11y/noStaticElementInteractions: leaving the fields clears the mark; nothing to act on */}
        <div class="analysis" onMouseLeave={() => setSpan(null)}>
          <Contact a={a} point={point} />
          <Experience a={a} point={point} />
          <Education a={a} point={point} />
          <Skills a={a} point={point} />
          <Extras a={a} point={point} />
          <Quality a={a} />
        </div>
        <div class="source">
          <h2>CV text</h2>
          <p class="hint">Hover or focus a field to mark where it was read.</p>
          <CvText text={cv.text} span={span} />
        </div>
      </div>
    </>
  );
}
