// Turns HTML and Markdown CVs into plain lines, keeping block structure, list bullets and link targets.
import { Parser } from "htmlparser2";

const BLOCK_TAGS = new Set(
  "p div br li ul ol table section article header footer h1 h2 h3 h4 h5 h6 dt dd dl blockquote pre hr address main aside nav tbody thead tfoot caption figure figcaption form fieldset center".split(
    " ",
  ),
);
/** elements whose content is no text of the document */
const HIDDEN_TAGS = new Set([
  "script",
  "style",
  "head",
  "title",
  "noscript",
  "template",
  "svg",
  "object",
  "iframe",
]);
/** a paragraph that holds no text but takes a line on the page ("<p><br></p>", Word's and LibreOffice's spacing) */
const PARAGRAPHS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * A run of white space reads as one space, as a browser shows it, unless it holds a tab or three spaces before any
 * line break: word processors write a tab stop so ("Acme Ltd (Engineer)<many spaces>Oct 11 to Aug 14"), and the
 * engine reads it as the DOCX reader gives a tab, between two cells of a row. Indentation after a line break is
 * the markup's own layout.
 */
function gap(run: string): string {
  const before = /^[^\n\r]*/.exec(run)?.[0] ?? "";
  return /\t|\s{3}/.test(before) ? "\t" : " ";
}

/**
 * Open elements at most: the parser keeps its stack of open elements with an insertion at the front, so each tag
 * costs as much as the nesting is deep, and a megabyte of unclosed tags ("<b><i><b><i>...") would cost minutes.
 * No document nests so deep; past it the rest of the input is read as text with its tags dropped.
 */
const MAX_NESTING = 1000;
class TooDeep {
  constructor(readonly at: number) {}
}

interface Table {
  /** cells of the open row, each its paragraphs; null outside a row */
  cells: string[][] | null;
  /** paragraphs of the open cell; null outside a cell */
  cell: string[] | null;
}

/**
 * Reads HTML with a forgiving streaming parser (htmlparser2: doctype, comments, conditional comments, CDATA,
 * entities, unclosed tags), into lines as the DOCX reader gives them: one line per block, a blank line for an
 * empty paragraph, "• " for a list item, and a table row of one-paragraph cells on one line with tabs between
 * the cells (a date beside its role); a row whose cells hold several paragraphs is a layout of columns, read
 * cell after cell.
 */
export function htmlToText(html: string): { text: string; links: string[] } {
  const links: string[] = [];
  const lines: string[] = [];
  const tables: Table[] = [];
  let line = "";
  let hidden = 0;
  let depth = 0;
  let paragraphHasText = false;
  const emit = (text: string) => {
    const cellOf = tables.at(-1)?.cell;
    if (cellOf) cellOf.push(text);
    else lines.push(text);
  };
  const flush = () => {
    const text = line.replace(/\s+/g, gap).trim();
    line = "";
    if (text !== "" && text !== "•") emit(text);
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (++depth > MAX_NESTING) throw new TooDeep(parser.endIndex);
        if (HIDDEN_TAGS.has(name)) hidden++;
        if (hidden > 0) return;
        if (name === "a") {
          const href = attributes.href?.trim();
          if (href && /^(https?:|mailto:|tel:)/i.test(href)) links.push(href);
        }
        if (name === "table") {
          flush();
          tables.push({ cells: null, cell: null });
        } else if (name === "tr") {
          flush();
          const table = tables.at(-1);
          if (table) table.cells = [];
        } else if (name === "td" || name === "th") {
          flush();
          const table = tables.at(-1);
          if (table?.cells) table.cell = [];
        } else if (name === "li") {
          flush();
          line = "• ";
        } else if (BLOCK_TAGS.has(name)) {
          // A list item's paragraph ("<li><p>...") keeps the item's bullet.
          if (line.trim() !== "•" || name === "br") flush();
          if (PARAGRAPHS.has(name)) paragraphHasText = false;
        }
      },
      ontext(text) {
        if (hidden > 0) return;
        if (/\S/.test(text)) paragraphHasText = true;
        line += text;
      },
      onclosetag(name) {
        depth--;
        if (HIDDEN_TAGS.has(name)) {
          hidden = Math.max(0, hidden - 1);
          return;
        }
        if (hidden > 0) return;
        const table = tables.at(-1);
        if (name === "table") {
          flush();
          tables.pop();
        } else if ((name === "td" || name === "th") && table?.cell) {
          flush();
          table.cells?.push(table.cell.filter((paragraph) => paragraph !== ""));
          table.cell = null;
        } else if (name === "tr" && table?.cells) {
          flush();
          const filled = table.cells.filter((cell) => cell.length > 0);
          table.cells = null;
          if (filled.every((cell) => cell.length === 1)) {
            if (filled.length > 0) emit(filled.map((cell) => cell[0]).join("\t"));
          } else for (const cell of filled) for (const paragraph of cell) emit(paragraph);
        } else if (BLOCK_TAGS.has(name) || name === "td" || name === "th" || name === "tr") {
          const blank = line.trim() === "" && PARAGRAPHS.has(name) && !paragraphHasText;
          flush();
          if (blank && tables.length === 0) emit("");
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  try {
    parser.write(html);
    parser.end();
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    tables.length = 0;
    // linear: each match stops at the next "<" or ">"
    line += ` ${html.slice(error.at + 1).replace(/<[^<>]*>?/g, " ")}`;
  }
  flush();
  // One blank line at most between blocks, none at the ends.
  const text = lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, links };
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
