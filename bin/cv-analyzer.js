#!/usr/bin/env node
// Launcher for the cv-analyzer CLI: registers tsx's ESM loader and runs the TypeScript entry, so no build step is needed.
import { register } from "tsx/esm/api";

register();
await import("../cli/analyze.node.ts");
