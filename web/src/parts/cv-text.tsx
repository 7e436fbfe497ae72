// The CV's own text with one span marked: the words a field of the analysis was read from. The analysis
// gives section offsets, not one per field, so a field's span is where its value first occurs in its section
// (or anywhere), case and spacing aside.
import { useEffect, useRef } from "preact/hooks";

export interface Span {
  start: number;
  end: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** where `value` first occurs in `text` (from `from`, else anywhere), or null */
export function spanOf(text: string, value: string | null | undefined, from = 0): Span | null {
  const words = value?.trim();
  if (!words) return null;
  const pattern = new RegExp(words.split(/\s+/).map(escapeRegExp).join("\\s+"), "i");
  for (const start of from > 0 ? [from, 0] : [0]) {
    const match = pattern.exec(text.slice(start));
    if (match) return { start: start + match.index, end: start + match.index + match[0].length };
  }
  return null;
}

export function CvText({ text, span }: { text: string; span: Span | null }) {
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    mark.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, [span]);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the text scrolls; the keyboard must reach it
    <section class="cv-text" tabIndex={0} aria-label="The CV's text">
      <pre>
        {span ? (
          <>
            {text.slice(0, span.start)}
            <mark ref={mark}>{text.slice(span.start, span.end)}</mark>
            {text.slice(span.end)}
          </>
        ) : (
          text
        )}
      </pre>
    </section>
  );
}
