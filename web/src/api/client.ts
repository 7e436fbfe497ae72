// The UI's one way to the API: openapi-fetch typed by the generated paths, with the API key (when the server
// asked for one) on every request, and a signal when the server answers 401.
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./openapi.generated.ts";

export type Schemas = components["schemas"];
export type ApiError = { error: { code: string; message: string; details?: unknown } };

const KEY_NAME = "cv-analyzer.apiKey";

export const apiKey = {
  get: (): string | null => sessionStorage.getItem(KEY_NAME),
  set: (key: string) => sessionStorage.setItem(KEY_NAME, key.trim()),
  clear: () => sessionStorage.removeItem(KEY_NAME),
};

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();

/** called whenever the server answers 401 (no key, or a wrong one); returns the unsubscribe */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function authHeaders(): Record<string, string> {
  const key = apiKey.get();
  return key ? { authorization: `Bearer ${key}` } : {};
}

export function reportStatus(status: number) {
  if (status === 401) for (const listener of unauthorizedListeners) listener();
}

const auth: Middleware = {
  onRequest({ request }) {
    for (const [name, value] of Object.entries(authHeaders())) request.headers.set(name, value);
    return request;
  },
  onResponse({ response }) {
    reportStatus(response.status);
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: location.origin });
api.use(auth);

/** The error in plain words: the server's message when it sent one, else what the status means. */
export function describeError(error: unknown, status?: number): string {
  const message = (error as ApiError | undefined)?.error?.message;
  if (status === 401) return "This server needs an API key.";
  if (status === 413) return message ? `Too large: ${message}` : "The file is too large for this server.";
  if (status === 415)
    return message ? `Not a supported file: ${message}` : "This file type is not supported.";
  if (status === 429 || status === 503) return message ?? "The server is busy; try again in a moment.";
  if (message) return message;
  if (status === 404) return "Not found: it may have been deleted.";
  if (status && status >= 500) return `The server failed (${status}); try again.`;
  if (error instanceof Error) return `The server could not be reached (${error.message}).`;
  return "Something went wrong.";
}

/** A file the API answers (the original CV, an export), fetched with the key and handed to the browser. */
export async function downloadFrom(path: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: authHeaders() });
  reportStatus(response.status);
  if (!response.ok) {
    const body = await response.json().catch(() => undefined);
    throw new Error(describeError(body, response.status));
  }
  const disposition = response.headers.get("content-disposition") ?? "";
  const named = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1];
  saveBlob(await response.blob(), named ? decodeURIComponent(named) : fallbackName);
}

export function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
