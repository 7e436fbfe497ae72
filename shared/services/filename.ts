// The name a CV's file is stored under: no control characters (NUL breaks PostgreSQL, a line break breaks
// headers and logs) and at most MAX_FILENAME_CHARS characters, its extension kept when it is cut.

const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

export function storedFilename(name: string | null, maxChars: number): string | null {
  if (name === null) return null;
  const clean = Array.from(name.replace(CONTROLS, "").trim());
  if (clean.length === 0) return null;
  if (clean.length <= maxChars) return clean.join("");
  const dot = clean.lastIndexOf(".");
  const extension =
    dot > 0 && clean.length - dot <= 10 && clean.length - dot < maxChars ? clean.slice(dot) : [];
  return [...clean.slice(0, maxChars - extension.length), ...extension].join("");
}
