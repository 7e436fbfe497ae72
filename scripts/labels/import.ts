// Hashes the personal data of labels written in clear (outside the repository) and stores them under
// test/accuracy/labels. Usage: tsx scripts/labels/import.ts <folder or file>... ; prints one line per label.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { labelFileName, rawLabel, toStoredLabel } from "../../test/accuracy/labelSchema.ts";

const CORPUS = new URL("../../../shared/corpus/", import.meta.url);
const OUT = new URL("../../test/accuracy/labels/", import.meta.url);

function filesUnder(path: string): string[] {
  if (statSync(path).isDirectory()) return readdirSync(path).flatMap((f) => filesUnder(join(path, f)));
  return path.endsWith(".json") ? [path] : [];
}

let failed = 0;
for (const path of process.argv.slice(2).flatMap(filesUnder)) {
  const parsed = rawLabel.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    failed++;
    console.log(
      `INVALID ${path}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
    continue;
  }
  const raw = parsed.data;
  if (!existsSync(new URL(raw.file, CORPUS))) {
    failed++;
    console.log(`INVALID ${path}: no corpus file ${raw.file}`);
    continue;
  }
  const stored = toStoredLabel(raw, (p) => parsePhoneNumberFromString(p)?.country ?? null);
  const target = new URL(`${labelFileName(raw.file)}.json`, OUT);
  writeFileSync(target, `${JSON.stringify(stored, null, 2)}\n`);
  console.log(`ok ${raw.file} -> test/accuracy/labels/${labelFileName(raw.file)}.json`);
}
process.exit(failed > 0 ? 1 : 0);
