// Multipart uploads read as they stream in: each part is cut off at the per-file limit, the body at the
// per-request limit, and the file count at its limit, each answered 413 before the rest is read.
// @remix-run/multipart-parser parses web streams (Node and Workers alike) and holds one part at a time.
import {
  MaxFileSizeExceededError,
  MultipartParseError,
  parseMultipartStream,
} from "@remix-run/multipart-parser";
import { limitedBody } from "./body-stream.ts";
import { HttpError } from "./errors.ts";

export interface UploadedFile {
  bytes: Uint8Array;
  filename: string | null;
}

export interface MultipartLimits {
  maxFileBytes: number;
  maxFiles: number;
  idleMs: number;
  /** the part name that holds files; other parts are read (within the limits) and dropped */
  field: string;
  /** called once when the body has waited stallMs for its next bytes (body-stream.ts) */
  onStall?: () => void;
  stallMs?: number;
}

const MAX_PART_HEADER_BYTES = 256 * 1024;
/** framing, part headers and small fields besides the files */
const FRAMING_BYTES = MAX_PART_HEADER_BYTES;

/**
 * The file parts of a multipart request, one at a time as the body arrives: only the part being read is held.
 * A consumer that stops early (its own limit, a failed write) cancels the rest of the body.
 */
export async function* multipartFiles(
  request: Request,
  limits: MultipartLimits,
): AsyncGenerator<UploadedFile> {
  const boundary = /boundary=(?:"([^"]{1,200})"|([^\s;]{1,200}))/i.exec(
    request.headers.get("content-type") ?? "",
  );
  const boundaryValue = boundary?.[1] ?? boundary?.[2];
  if (!boundaryValue) throw malformed("the multipart body has no boundary");
  const maxBytes = limits.maxFileBytes * limits.maxFiles + FRAMING_BYTES;
  const body = limitedBody(request, {
    maxBytes,
    idleMs: limits.idleMs,
    ...(limits.onStall ? { onStall: limits.onStall } : {}),
    ...(limits.stallMs ? { stallMs: limits.stallMs } : {}),
    tooLarge: () =>
      new HttpError(
        413,
        "too_large",
        `the upload is larger than ${limits.maxFiles} files of ${limits.maxFileBytes} bytes`,
      ),
  });
  // parts that are not files are counted too: many empty parts cost work though few bytes
  let parts = 0;
  let files = 0;
  let complete = false;
  try {
    for await (const part of parseMultipartStream(body, {
      boundary: boundaryValue,
      maxFileSize: limits.maxFileBytes,
      // a part's headers may name a very long file (it is cut to MAX_FILENAME_CHARS later), within reason
      maxHeaderSize: MAX_PART_HEADER_BYTES,
    })) {
      parts += 1;
      if (parts > limits.maxFiles * 4 + 16) throw tooManyFiles(limits.maxFiles);
      if (part.name !== limits.field || !part.isFile) continue;
      files += 1;
      if (files > limits.maxFiles) throw tooManyFiles(limits.maxFiles);
      yield { bytes: part.bytes, filename: part.filename || null };
    }
    complete = true;
  } catch (error) {
    if (error instanceof HttpError) throw error;
    if (error instanceof MaxFileSizeExceededError)
      throw new HttpError(413, "too_large", `the file is larger than ${limits.maxFileBytes} bytes`);
    if (error instanceof MultipartParseError)
      throw malformed(`the multipart body could not be read: ${error.message}`);
    throw error;
  } finally {
    if (!complete) body.cancel().catch(() => {});
  }
}

/** Every file part of a multipart request, read under the limits. */
export async function readMultipartFiles(request: Request, limits: MultipartLimits): Promise<UploadedFile[]> {
  const files: UploadedFile[] = [];
  for await (const file of multipartFiles(request, limits)) files.push(file);
  return files;
}

const tooManyFiles = (maxFiles: number) =>
  new HttpError(413, "too_many_files", `at most ${maxFiles} files per upload`);
const malformed = (message: string) => new HttpError(400, "malformed_multipart", message);
