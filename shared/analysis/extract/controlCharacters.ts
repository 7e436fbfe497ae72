// Text as it may be stored: no NUL (PostgreSQL refuses it in text and jsonb) nor other control characters,
// which no CV means; form and vertical feeds become line breaks, tabs and line breaks stay.

const FEEDS = /[\v\f]/g;
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

export function withoutControlCharacters(text: string): string {
  return text.replace(FEEDS, "\n").replace(CONTROLS, "");
}
