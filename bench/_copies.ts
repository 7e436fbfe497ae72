// Tops a store up to a number of CVs by copying the rows of CVs stored through the API (new id and content hash,
// same profile, text and embedding). Ranking reads id, seq, profile and embedding from each row, so a copy costs
// it what an ingested CV costs; the vector store holds vectors of the ingested CVs only.
import { sql } from "kysely";
import { createNodeClients } from "../shared/clients/node.ts";
import { loadSettings } from "../shared/config/settings.ts";

/** copies rows until the store holds `target` CVs; the service must be stopped in embedded mode (one process) */
export async function copyCvRows(env: Record<string, string>, target: number): Promise<number> {
  const clients = createNodeClients(loadSettings({ ...env, LOG_LEVEL: "silent" }));
  try {
    const db = clients.db();
    const count = async () =>
      Number((await sql<{ n: string }>`select count(*) as n from cvs`.execute(db)).rows[0]?.n ?? 0);
    const originals = await count();
    let stored = originals;
    for (let copy = 1; stored < target; copy++) {
      await sql`insert into cvs (id, tenant_id, content_hash, filename, content_type, size_bytes, file, text,
        analysis, profile, name, emails, phones, skills, years, location, language, education_level, embedding,
        indexed_at, created_at, updated_at)
        select gen_random_uuid()::text, tenant_id, md5(content_hash || ${`copy ${copy}`}), filename, content_type,
        size_bytes, file, text, analysis, profile, name, emails, phones, skills, years, location, language,
        education_level, embedding, indexed_at, created_at, updated_at
        from cvs order by seq limit ${Math.min(originals, target - stored)}`.execute(db);
      stored = await count();
    }
    return stored - originals;
  } finally {
    await clients.close();
  }
}
