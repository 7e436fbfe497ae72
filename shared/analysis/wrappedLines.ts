// Joins list lines that wrapped mid-item, in one pass: what the replacement
// /((?:,|;|\s[·•|])[^\n]*[\p{L}\d+#])\n(?=[\p{L}\d.])/gu → "$1 " did, without its quadratic retries on long lines.

const SEPARATOR = /,|;|\s[·•|]/gu;
const ITEM_END = /[\p{L}\d+#]$/u;
const ITEM_START = /^[\p{L}\d.]/u;

/**
 * A newline becomes a space when its line holds a list separator followed by at least one character, the line
 * ends in a letter, digit, "+" or "#", and the next line starts with a letter, digit or ".". A line whose
 * first separator fails fails for every later one (same end, same next line), so each line is looked at once.
 */
export function joinWrappedListLines(text: string): string {
  const chars = text.split("");
  let changed = false;
  SEPARATOR.lastIndex = 0;
  for (let separator = SEPARATOR.exec(text); separator; separator = SEPARATOR.exec(text)) {
    const after = separator.index + separator[0].length;
    const newline = text.indexOf("\n", after);
    if (newline < 0) break;
    const joins =
      newline > after &&
      ITEM_END.test(text.slice(Math.max(after, newline - 2), newline)) &&
      ITEM_START.test(text.slice(newline + 1, newline + 3));
    if (joins) {
      chars[newline] = " ";
      changed = true;
    }
    // A consumed newline cannot start the next separator; a kept one can ("\n•" is one).
    SEPARATOR.lastIndex = joins ? newline + 1 : newline;
  }
  return changed ? chars.join("") : text;
}
