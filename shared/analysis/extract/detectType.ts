// Decides a document's type from its bytes (magic numbers, ZIP contents, text shape), never from its name.
import { AnalysisError } from "../errors.ts";
import type { DocumentType } from "../types.ts";
import { readZipDirectory, type ZipEntry } from "./zipDirectory.ts";

export interface DetectedType {
  type: DocumentType;
  /** decoded text for the text-based types */
  text?: string;
  /** the ZIP directory, for DOCX, so it is read once */
  zipEntries?: ZipEntry[];
}

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((value, index) => bytes[at + index] === value);
}

function indexOfAscii(bytes: Uint8Array, needle: string, limit: number): number {
  const end = Math.min(bytes.length - needle.length, limit);
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

const BINARY_SIGNATURES: [string, number[]][] = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["RTF document", [0x7b, 0x5c, 0x72, 0x74, 0x66]],
  ["TIFF image", [0x49, 0x49, 0x2a, 0x00]],
  ["gzip archive", [0x1f, 0x8b]],
];

/** UTF-8 when valid, else Windows-1252 (what older exports write); UTF-16 when a BOM says so. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return new TextDecoder("windows-1252").decode(body);
  }
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++;
  }
  return control > sample.length * 0.02;
}

export function classifyText(text: string): DocumentType {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml"))
    return "html";
  const htmlTags = (
    text.match(/<\/?(p|div|h[1-6]|li|ul|table|tr|td|span|br|body|section|strong|a)\b[^<>]*>/gi) ?? []
  ).length;
  if (htmlTags >= 5) return "html";
  const lines = text.split(/\r?\n/);
  let markdown = 0;
  for (const line of lines) {
    if (/^#{1,6}\s+\S/.test(line)) markdown += 2;
    // No bracket inside a label or target, so an unclosed "[a](b" costs one scan up to the next "[".
    else if (/\[[^\][]+\]\([^)[]+\)/.test(line) || /\*\*[^*]+\*\*/.test(line)) markdown += 1;
    else if (/^\s*[-*+]\s+\S/.test(line)) markdown += 0.25;
    else if (/^\s*\|.*\|\s*$/.test(line)) markdown += 0.5;
  }
  return markdown >= 3 ? "markdown" : "txt";
}

export function detectType(bytes: Uint8Array): DetectedType {
  if (bytes.length === 0) throw new AnalysisError("corrupt", "The document is empty");
  // PDF readers accept the header anywhere in the first KiB; some generators prepend junk.
  if (indexOfAscii(bytes, "%PDF-", 1024) >= 0) return { type: "pdf" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const zipEntries = readZipDirectory(bytes);
    if (zipEntries.some((entry) => entry.name === "word/document.xml")) return { type: "docx", zipEntries };
    const kind = zipEntries.some((entry) => entry.name.startsWith("ppt/"))
      ? "a PowerPoint file"
      : zipEntries.some((entry) => entry.name.startsWith("xl/"))
        ? "a spreadsheet"
        : zipEntries.some((entry) => entry.name === "content.xml")
          ? "an OpenDocument file"
          : "a ZIP archive";
    throw new AnalysisError("unsupported_type", `The file is ${kind}, not a CV document type`);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // Password-protected DOCX files are wrapped in an OLE container with an EncryptionInfo stream.
    const utf16Marker = [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]);
    const marker = String.fromCharCode(...utf16Marker);
    const latin = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    if (latin.includes(marker))
      throw new AnalysisError("encrypted", "The Word document is password-protected");
    throw new AnalysisError(
      "unsupported_type",
      "Legacy .doc files are not supported; save the CV as DOCX or PDF",
    );
  }
  for (const [label, signature] of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature)) throw new AnalysisError("unsupported_type", `The file is a ${label}`);
  }
  const text = decodeText(bytes);
  if (looksBinary(text))
    throw new AnalysisError("unsupported_type", "The file is binary data of an unknown type");
  return { type: classifyText(text), text };
}
