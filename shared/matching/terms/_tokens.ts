// Splits a job ad into the tokens the term tagger labels: runs of non-space characters with brackets,
// quotes and sentence punctuation split off, while "C++", "C#", ".NET", "Node.js" and "CI/CD" stay whole.

export interface TermToken {
  text: string;
  start: number;
  end: number;
  /** first token of its line */
  lineStart: boolean;
}

const LEADING = /^[([{"'“‘«<*•·▪◦]/;
const TRAILING = /[)\]}"'”’»>,;:!?*]$|(?<![.])\.$/;

/** the tokens of `text`, with character offsets */
export function termTokens(text: string): TermToken[] {
  const tokens: TermToken[] = [];
  let lineStart = true;
  for (const m of text.matchAll(/\n|[^\s,;]+|[,;]/g)) {
    if (m[0] === "\n") {
      lineStart = true;
      continue;
    }
    let start = m.index;
    let end = m.index + m[0].length;
    const tail: TermToken[] = [];
    while (end - start > 1 && LEADING.test(text.slice(start, end))) {
      tokens.push({ text: text[start], start, end: start + 1, lineStart });
      lineStart = false;
      start++;
    }
    while (end - start > 1 && TRAILING.test(text.slice(start, end))) {
      tail.unshift({ text: text[end - 1], start: end - 1, end, lineStart: false });
      end--;
    }
    tokens.push({ text: text.slice(start, end), start, end, lineStart });
    lineStart = false;
    tokens.push(...tail);
  }
  return tokens;
}
