// Turns HTML and Markdown CVs into plain lines, keeping block structure, list bullets and link targets.
import { decodeXmlEntities } from "./xmlEntities.ts";

const BLOCK_TAGS =
  /^(p|div|br|li|ul|ol|tr|table|section|article|header|footer|h[1-6]|dt|dd|dl|blockquote|pre|hr|address|main|aside|nav|tbody|thead)$/i;

/** Cuts every span from an opening match to its closing string; an unclosed one runs to the end, as in a browser. */
function withoutSpans(html: string, open: RegExp, closeOf: (opening: RegExpExecArray) => RegExp): string {
  let out = "";
  let at = 0;
  open.lastIndex = 0;
  for (let opening = open.exec(html); opening; opening = open.exec(html)) {
    out += html.slice(at, opening.index);
    const close = closeOf(opening);
    close.lastIndex = open.lastIndex;
    const closing = close.exec(html);
    if (!closing) return out;
    at = close.lastIndex;
    open.lastIndex = at;
  }
  return out + html.slice(at);
}

// Each scan starts where the previous one stopped: linear in the input, however many constructs stay unclosed.
const COMMENT = /<!--/g;
const RAW_TEXT = /<(script|style|head|noscript|template|svg)\b/gi;

export function htmlToText(html: string): { text: string; links: string[] } {
  const links: string[] = [];
  const uncommented = withoutSpans(html, COMMENT, () => /-->/g);
  const stripped = withoutSpans(uncommented, RAW_TEXT, (opening) => new RegExp(`</${opening[1]}\\s*>`, "gi"));
  // A tag needs a later ">"; after the last one there is only text, so no tag match scans to the end in vain.
  const lastClose = stripped.lastIndexOf(">");
  const body = stripped.slice(0, lastClose + 1);
  const tail = stripped.slice(lastClose + 1).replace(/</g, "");
  let text = "";
  const tag = /<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g;
  for (let match = tag.exec(body); match; match = tag.exec(body)) {
    const [, closing, name, attributes, content] = match;
    if (content !== undefined) {
      text += content.replace(/\s+/g, " ");
      continue;
    }
    const lower = name.toLowerCase();
    if (lower === "a" && !closing) {
      const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1];
      if (href && /^(https?:|mailto:|tel:)/i.test(href)) links.push(decodeXmlEntities(href));
    }
    if (lower === "td" || lower === "th") {
      if (closing) text += "\t";
    } else if (lower === "li" && !closing) text += "\n• ";
    else if (BLOCK_TAGS.test(lower)) text += "\n";
  }
  text += tail.replace(/\s+/g, " ");
  const lines = decodeXmlEntities(text)
    .split("\n")
    .map((line) =>
      line
        .replace(/[ \u00a0]+/g, " ")
        .replace(/(?<!\t)\t+$/, "")
        .trim(),
    )
    // Opening and closing tags both break lines; blank lines carry no meaning in HTML, so they go.
    .filter((line) => line !== "");
  return { text: lines.join("\n").trim(), links };
}

export function markdownToText(markdown: string): { text: string; links: string[] } {
  const links: string[] = [];
  const lines = markdown.split(/\r?\n/).map((line) => {
    let out = line
      .replace(/^\s{0,3}#{1,6}\s+/, "")
      .replace(/\s#+\s*$/, "")
      .replace(/^\s*[-*+]\s+(?!\[)/, "• ")
      .replace(/^\s*[-*+]\s+/, "• ")
      .replace(/^\s*>\s?/, "");
    // No bracket inside a label or target: each attempt stops at the next "[", so unclosed links cost linear time.
    out = out.replace(/!\[[^\][]*\]\([^)[]*\)/g, "");
    out = out.replace(/\[([^\][]+)\]\(([^)\s[]+)(?:\s[^)[]*)?\)/g, (_whole, label: string, href: string) => {
      links.push(href);
      return label === href || /^https?:/.test(label) ? label : `${label} (${href})`;
    });
    out = out.replace(/<(https?:[^<>]+)>/g, "$1");
    out = out.replace(/(\*\*|__)(.+?)\1/g, "$2").replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, "$1$2");
    out = out.replace(/`([^`]+)`/g, "$1");
    if (/^\s*(-{3,}|\*{3,}|_{3,}|=+)\s*$/.test(out)) return "";
    if (/^\s*(?:\|\s*)?:?-{3,}/.test(out) && /\|/.test(out)) return "";
    if (/^\s*\|.*\|\s*$/.test(out)) {
      out = out
        .trim()
        .replace(/^\||\|$/g, "")
        .split("|")
        .map((cell) => cell.trim())
        .join("\t");
    }
    return out.trimEnd();
  });
  return { text: lines.join("\n").trim(), links };
}
