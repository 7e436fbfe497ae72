// Upload: drop or pick many files; each goes on its own request (two at a time) with its own progress bar
// and outcome, so one bad file never holds the others and the page stays usable meanwhile.
import { useRef, useState } from "preact/hooks";
import { authHeaders, describeError, reportStatus, type Schemas } from "../api/client.ts";
import { href } from "../route.ts";

type Outcome =
  | { kind: "waiting" }
  | { kind: "sending"; percent: number }
  | { kind: "analysing" }
  | { kind: "stored"; cv: Schemas["StoredCv"]; fresh: boolean }
  | { kind: "failed"; message: string };

interface Item {
  id: number;
  file: File;
  outcome: Outcome;
}

const AT_ONCE = 2;
let nextId = 1;

function send(file: File, onProgress: (percent: number) => void, onSent: () => void) {
  return new Promise<{ status: number; body: unknown }>((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/cvs");
    for (const [name, value] of Object.entries(authHeaders())) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.upload.onload = onSent;
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = undefined;
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => resolve({ status: 0, body: undefined });
    const form = new FormData();
    form.append("file", file, file.name);
    request.send(form);
  });
}

export function UploadScreen() {
  const [items, setItems] = useState<Item[]>([]);
  const [dragging, setDragging] = useState(false);
  const queue = useRef<Item[]>([]);
  const running = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  const update = (id: number, outcome: Outcome) =>
    setItems((all) => all.map((item) => (item.id === id ? { ...item, outcome } : item)));

  const pump = () => {
    while (running.current < AT_ONCE && queue.current.length > 0) {
      const item = queue.current.shift()!;
      running.current += 1;
      update(item.id, { kind: "sending", percent: 0 });
      send(
        item.file,
        (percent) => update(item.id, { kind: "sending", percent }),
        () => update(item.id, { kind: "analysing" }),
      )
        .then(({ status, body }) => {
          reportStatus(status);
          if (status === 200 || status === 201)
            update(item.id, { kind: "stored", cv: body as Schemas["StoredCv"], fresh: status === 201 });
          else if (status === 0)
            update(item.id, { kind: "failed", message: "The server could not be reached." });
          else update(item.id, { kind: "failed", message: describeError(body, status) });
        })
        .finally(() => {
          running.current -= 1;
          pump();
        });
    }
  };

  const addFiles = (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const added = [...files].map((file) => ({ id: nextId++, file, outcome: { kind: "waiting" } as Outcome }));
    setItems((all) => [...added, ...all]);
    queue.current.push(...added);
    pump();
  };

  const done = items.filter((i) => i.outcome.kind === "stored" || i.outcome.kind === "failed").length;
  return (
    <section aria-labelledby="upload-title">
      <h1 id="upload-title">Upload CVs</h1>
      <p>
        PDF, DOCX, TXT, Markdown or HTML. Each file is analysed on its own; you can keep working meanwhile.
      </p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; the keyboard uses the file button inside */}
      <div
        class={dragging ? "dropzone dragging" : "dropzone"}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          addFiles(event.dataTransfer?.files ?? null);
        }}
      >
        <p>Drop CV files here, or</p>
        <label class="button primary" for="upload-files">
          Choose files
        </label>
        <input
          ref={input}
          id="upload-files"
          class="visually-hidden"
          type="file"
          multiple
          accept=".pdf,.docx,.txt,.md,.markdown,.html,.htm,application/pdf,text/plain,text/markdown,text/html"
          onChange={(event) => {
            addFiles(event.currentTarget.files);
            event.currentTarget.value = "";
          }}
        />
      </div>
      {items.length === 0 ? (
        <p class="state empty">No files yet this visit.</p>
      ) : (
        <>
          <p role="status" aria-live="polite">
            {done} of {items.length} done
          </p>
          <ul class="uploads" aria-label="Files">
            {items.map((item) => (
              <UploadRow key={item.id} item={item} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function UploadRow({ item }: { item: Item }) {
  const { outcome } = item;
  return (
    <li class={`upload ${outcome.kind}`} data-outcome={outcome.kind}>
      <span class="filename">{item.file.name}</span>
      {outcome.kind === "waiting" && <span class="note">waiting</span>}
      {outcome.kind === "sending" && (
        <progress max={100} value={outcome.percent} aria-label={`Sending ${item.file.name}`}>
          {outcome.percent}%
        </progress>
      )}
      {outcome.kind === "analysing" && (
        <span class="note" role="status">
          <span class="spinner" aria-hidden="true" /> analysing…
        </span>
      )}
      {outcome.kind === "stored" && <StoredNote cv={outcome.cv} fresh={outcome.fresh} />}
      {outcome.kind === "failed" && <span class="note bad">{outcome.message}</span>}
    </li>
  );
}

function StoredNote({ cv, fresh }: { cv: Schemas["StoredCv"]; fresh: boolean }) {
  const name = cv.analysis.contact.name?.value ?? cv.filename ?? "this CV";
  if (!fresh || cv.duplicateOf)
    return (
      <span class="note warn">
        Duplicate of <a href={href(`/candidates/${cv.duplicateOf ?? cv.id}`)}>{name}</a> (already stored)
      </span>
    );
  return (
    <span class="note good">
      Analysed: <a href={href(`/candidates/${cv.id}`)}>{name}</a>
      {cv.possibleDuplicateOf && (
        <>
          {" "}
          · possible duplicate of <a href={href(`/candidates/${cv.possibleDuplicateOf}`)}>another CV</a>
        </>
      )}
    </span>
  );
}
