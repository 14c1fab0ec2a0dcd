import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Counters of the unique codes (src/codes/sequences.ts): one row per scope such as
// `talent:CI:ABJ`, holding the last number issued. Not a Payload collection.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE IF NOT EXISTS "code_sequences" (
  	"scope" text PRIMARY KEY NOT NULL,
  	"last_value" integer NOT NULL,
  	CONSTRAINT "code_sequences_last_value_check" CHECK ("last_value" >= 0)
  );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE IF EXISTS "code_sequences";`)
}
