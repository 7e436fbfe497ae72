// Qdrant's REST client for every runtime (qdrant-handle.ts has the handle); the Node connection cache loads the
// package only when QDRANT_URL is set (driver-packages.node.ts).
import { QdrantClient } from "@qdrant/js-client-rest";
import type { Settings } from "../config/settings.ts";
import { createQdrantWith } from "./qdrant-handle.ts";
import type { QdrantHandle } from "./types.ts";

export const createQdrant = (url: string, settings: Settings): QdrantHandle =>
  createQdrantWith(QdrantClient, url, settings);
