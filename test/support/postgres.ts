// Scratch PostgreSQL databases for integration tests: one per suite, dropped afterwards.

import { type Kysely, sql } from "kysely";
import pg from "pg";

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(baseUrl: string, label: string): Promise<ScratchDatabase> {
  const name = `cv_test_${label}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`.toLowerCase();
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** Ends one server connection from another, as a server restart would; returns when the kill was sent. */
export async function terminateBackendOf(
  // biome-ignore lint/suspicious/noExplicitAny: any schema; only the connection matters
  connection: Kysely<any>,
  // biome-ignore lint/suspicious/noExplicitAny: any schema; only the connection matters
  killer: Kysely<any>,
): Promise<void> {
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(connection);
  await sql`select pg_terminate_backend(${rows[0].pid})`.execute(killer);
}

/** `select 1` answered: the pool gives a working connection. */
// biome-ignore lint/suspicious/noExplicitAny: any schema
export async function selectOne(db: Kysely<any>): Promise<number> {
  const { rows } = await sql<{ one: number }>`select 1 as one`.execute(db);
  return rows[0].one;
}
