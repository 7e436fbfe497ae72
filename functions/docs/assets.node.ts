// Swagger UI's files for the docs page on Node, read from the swagger-ui-dist package once and kept.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { SwaggerAsset } from "./index.ts";

const folder = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
const read = new Map<SwaggerAsset, Promise<Uint8Array>>();

export function swaggerAssetsFromPackage(name: SwaggerAsset): Promise<Uint8Array> {
  let bytes = read.get(name);
  if (!bytes) {
    bytes = readFile(join(folder, name));
    // a failed read is tried again next time, not remembered
    bytes.catch(() => read.delete(name));
    read.set(name, bytes);
  }
  return bytes;
}
