// Writes the hostile-input corpus to a directory (default: a new one under the system's temp folder), one file
// per case plus cases.json with each case's kind and accepted outcomes. Outputs are never committed.
// Run: npx tsx scripts/hostile/generate.ts [directory]
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hostileCases } from "./cases.ts";

const target = process.argv[2] ?? mkdtempSync(join(tmpdir(), "cv-analyzer-hostile-"));
mkdirSync(target, { recursive: true });
const index = hostileCases().map((c) => {
  const file = `${c.name}${c.kind === "text" ? ".json" : ".bin"}`;
  // Text cases are JSON bodies for POST /api/cvs; file cases go up as multipart.
  const body = c.kind === "text" ? JSON.stringify({ text: new TextDecoder().decode(c.bytes) }) : c.bytes;
  writeFileSync(join(target, file), body);
  return { name: c.name, kind: c.kind, file, bytes: c.bytes.length, expect: c.expect };
});
writeFileSync(join(target, "cases.json"), `${JSON.stringify(index, null, 2)}\n`);
console.log(`${index.length} hostile cases written to ${target}`);
