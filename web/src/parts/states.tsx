// The loading, empty and error states every screen shows, each announced to screen readers.
import type { ComponentChildren } from "preact";
import type { Loaded } from "./load.ts";

export function Loading({ what }: { what: string }) {
  return (
    <p class="state" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" /> Loading {what}…
    </p>
  );
}

export function ErrorNote({ message, retry }: { message: string; retry?: () => void }) {
  return (
    <div class="state error" role="alert">
      <p>{message}</p>
      {retry && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <div class="state empty">{children}</div>;
}

interface RecordProps<T> {
  loaded: Loaded<T>;
  /** the heading while it loads or failed, and the id the section is labelled by */
  heading: string;
  headingId: string;
  what: string;
  retry: () => void;
  children: (data: T) => ComponentChildren;
}

/** a screen about one record: its heading and a loading or error state until the record is there */
export function RecordScreen<T>({ loaded, heading, headingId, what, retry, children }: RecordProps<T>) {
  return (
    <section aria-labelledby={headingId}>
      {loaded.state === "done" ? (
        children(loaded.data)
      ) : (
        <>
          <h1 id={headingId}>{heading}</h1>
          {loaded.state === "loading" ? (
            <Loading what={what} />
          ) : (
            <ErrorNote message={loaded.message} retry={retry} />
          )}
        </>
      )}
    </section>
  );
}

/** the question before a delete, in words, with the two answers */
export function ConfirmDelete({
  question,
  onYes,
  onNo,
}: {
  question: string;
  onYes: () => void;
  onNo: () => void;
}) {
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="confirm-question">
      <p id="confirm-question">{question}</p>
      <button type="button" class="danger" onClick={onYes}>
        Yes, delete
      </button>
      <button type="button" onClick={onNo}>
        Keep it
      </button>
    </div>
  );
}
