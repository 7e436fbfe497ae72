// Builds shared/taxonomy/skills.json from the curated lists and the open data in ../shared/reference/skills.
// Run: npx tsx scripts/taxonomy/build.ts [reference-dir] — the output is deterministic (sorted, no dates).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TaxonomyData } from "../../shared/taxonomy/types.ts";
import { buildTaxonomy, checkTaxonomy } from "./assemble.ts";
import { taxonomySources } from "./sources.ts";

function main(): void {
  const referenceDir =
    process.argv[2] ?? fileURLToPath(new URL("../../../shared/reference/skills/", import.meta.url));
  const skills = buildTaxonomy(referenceDir);
  const problems = checkTaxonomy(skills);
  if (problems.length > 0) throw new Error(`taxonomy problems:\n${problems.join("\n")}`);
  const data: TaxonomyData = { version: 1, sources: taxonomySources, skills };
  const out = fileURLToPath(new URL("../../shared/taxonomy/skills.json", import.meta.url));
  writeFileSync(out, `${JSON.stringify(data)}\n`);
  console.log(`wrote ${skills.length} skills to ${out}`);
}

main();
