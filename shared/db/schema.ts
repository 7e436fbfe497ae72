// The tables as Kysely sees them. PostgreSQL (or PGlite) is the source of truth; vectors and caches derive from it.
import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface TenantsTable {
  id: string;
  name: string;
  created_at: Timestamp;
}

export interface ApiKeysTable {
  id: string;
  tenant_id: string;
  /** the first characters of the key, shown in listings; never enough to use it */
  prefix: string;
  /** SHA-256 of the whole key, hex */
  hash: string;
  created_at: Timestamp;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface CvsTable {
  id: string;
  tenant_id: string;
  content_hash: string;
  filename: string | null;
  content_type: string;
  size_bytes: number;
  file: Uint8Array | null;
  text: string;
  analysis: Json;
  profile: Json;
  name: string | null;
  emails: string[];
  phones: string[];
  skills: string[];
  /** the CV filter's keys (shared/matching/cv-filter.ts) */
  skill_keys: ColumnType<string[], string[] | undefined, string[]>;
  years: number;
  location: string | null;
  location_keys: ColumnType<string[], string[] | undefined, string[]>;
  language: string | null;
  education_level: string | null;
  possible_duplicate_of: string | null;
  /** float32 little-endian; null until embedded */
  embedding: Uint8Array | null;
  /** set when the vector store holds this CV's current vector; null means it must be (re)indexed */
  indexed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
  seq: Generated<string>;
  /** the analysis' headline and quality score, generated from it (migration 0007) */
  headline: Generated<string | null>;
  quality: Generated<number>;
}

export interface JobsTable {
  id: string;
  tenant_id: string;
  title: string;
  description: string;
  requirements: Json;
  requirements_override: Json;
  created_at: Timestamp;
  updated_at: Timestamp;
  seq: Generated<string>;
}

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface BatchesTable {
  id: string;
  tenant_id: string;
  total: number;
  /** tasks of the batch that have ended (done or failed); the batch completes when it reaches total */
  ended: Generated<number>;
  created_at: Timestamp;
  completed_at: Nullable<Date>;
}

export type TaskState = "queued" | "running" | "done" | "failed";

export interface TasksTable {
  seq: Generated<string>;
  id: string;
  tenant_id: string;
  batch_id: string;
  position: number;
  filename: string | null;
  content_hash: string;
  as_text: ColumnType<boolean, boolean | undefined, boolean>;
  /** the uploaded bytes until the task ends (the CV row keeps them after) */
  file: Uint8Array | null;
  state: ColumnType<TaskState, TaskState | undefined, TaskState>;
  attempts: ColumnType<number, number | undefined, number>;
  error_code: Nullable<string>;
  error_message: Nullable<string>;
  cv_id: Nullable<string>;
  lease_owner: Nullable<string>;
  lease_until: Nullable<Date>;
  not_before: Timestamp;
  enqueued_at: Nullable<Date>;
  message_id: Nullable<string>;
  /** order in which the batch's tasks ended: the progress events' ids */
  finish_seq: Nullable<string>;
  created_at: Timestamp;
  started_at: Nullable<Date>;
  finished_at: Nullable<Date>;
}

export interface WebhooksTable {
  id: string;
  tenant_id: string;
  url: string;
  events: string[];
  secret: string;
  failures: ColumnType<number, number | undefined, number>;
  disabled_at: Nullable<Date>;
  created_at: Timestamp;
}

export interface WebhookDeliveriesTable {
  seq: Generated<string>;
  id: string;
  webhook_id: string;
  event: string;
  payload: string;
  state: ColumnType<
    "pending" | "delivered" | "failed",
    "pending" | undefined,
    "pending" | "delivered" | "failed"
  >;
  attempts: ColumnType<number, number | undefined, number>;
  next_at: Timestamp;
  lease_until: Nullable<Date>;
  last_status: Nullable<number>;
  last_error: Nullable<string>;
  created_at: Timestamp;
  delivered_at: Nullable<Date>;
}

export interface Database {
  tenants: TenantsTable;
  api_keys: ApiKeysTable;
  cvs: CvsTable;
  jobs: JobsTable;
  batches: BatchesTable;
  tasks: TasksTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
}
