import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// The staff search's join-table filters, denormalized into the cinema_talents row so that an
// exact total is a bitmap AND of GIN indexes instead of semi-joins through cinema_talents_rels
// and cinema_talents_languages (issue 11: the `count(*)` of "category + country + age" and
// "language + skill" was 19–27 ms at 100,000 profiles). src/cinema/staffSearch reads them.
//
//   search_category_ids     the categories' ids (sorted, distinct)
//   search_skill_ids        the skills' ids
//   search_language_levels  for each spoken language and each rank k from 1 to its level rank
//                           (1 basic … 4 native), the code language_id * 8 + k: "speaks X at
//                           level ≥ L" is `@> ARRAY[X * 8 + L]`, every chosen language at its
//                           level one `@>` of all their codes.
//
// The arrays are a function of the join tables, kept exact by statement-level triggers on them
// (Payload deletes and re-inserts a document's rels and array rows on every update; deleting a
// profile, a category or a skill cascades there too). Each trigger recomputes only its own
// columns, for the parents its statement touched, and writes the row only when they changed:
// a bulk load that fills the arrays itself (bench/seed.ts) costs a lookup, not a row update.
//
// Raw SQL, not declared to Payload: Payload never reads nor writes these columns (its inserts
// name their columns, so the defaults apply), `push` is off, and `migrate:create` compares
// drizzle snapshots (which do not hold them), never the live database, so no later generated
// migration drops them. The backup (src/backup) copies every column of every table and the
// restore inserts the parents before their rels and languages (the triggers recompute, same
// result). tests/int/cinema-search-arrays.int.spec.ts checks all of this.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "cinema_talents"
    ADD COLUMN IF NOT EXISTS "search_category_ids" integer[] DEFAULT '{}' NOT NULL,
    ADD COLUMN IF NOT EXISTS "search_skill_ids" integer[] DEFAULT '{}' NOT NULL,
    ADD COLUMN IF NOT EXISTS "search_language_levels" integer[] DEFAULT '{}' NOT NULL;

  -- One index lookup per parent (its rels or language rows by parent id, then filtered), with
  -- sequential scans off for the function: in a bulk load or a restore inside one transaction
  -- the tables have no statistics yet, and the planner would otherwise scan the whole join
  -- table once per parent (measured: 5.5 s per 5,000-row statement at 100,000 profiles).
  CREATE OR REPLACE FUNCTION "cinema_talents_refresh_search_rels"(ids integer[]) RETURNS void LANGUAGE sql
  SET enable_seqscan = off AS $$
    UPDATE "cinema_talents" t
       SET "search_category_ids" = s.categories, "search_skill_ids" = s.skills
      FROM (
        SELECT p.id, coalesce(a.categories, '{}') AS categories, coalesce(a.skills, '{}') AS skills
          FROM unnest(ids) AS p(id)
          LEFT JOIN LATERAL (
            SELECT array_agg(DISTINCT r."categories_id" ORDER BY r."categories_id") FILTER (WHERE r."path" = 'categories' AND r."categories_id" IS NOT NULL) AS categories,
                   array_agg(DISTINCT r."skills_id" ORDER BY r."skills_id") FILTER (WHERE r."path" = 'skills' AND r."skills_id" IS NOT NULL) AS skills
              FROM "cinema_talents_rels" r WHERE r."parent_id" = p.id
          ) a ON true
      ) s
     WHERE t."id" = s.id
       AND (t."search_category_ids", t."search_skill_ids") IS DISTINCT FROM (s.categories, s.skills)
  $$;

  CREATE OR REPLACE FUNCTION "cinema_talents_refresh_search_languages"(ids integer[]) RETURNS void LANGUAGE sql
  SET enable_seqscan = off AS $$
    UPDATE "cinema_talents" t
       SET "search_language_levels" = s.levels
      FROM (
        SELECT p.id, coalesce(a.levels, '{}') AS levels
          FROM unnest(ids) AS p(id)
          LEFT JOIN LATERAL (
            SELECT array_agg(DISTINCT l."language_id" * 8 + k ORDER BY l."language_id" * 8 + k) AS levels
              FROM "cinema_talents_languages" l, generate_series(1, least(floor(l."level_rank"), 4)::integer) AS k
             WHERE l."_parent_id" = p.id
          ) a ON true
      ) s
     WHERE t."id" = s.id AND t."search_language_levels" IS DISTINCT FROM s.levels
  $$;

  -- Transition tables allow one event per trigger: one function per table, three triggers each.
  -- PL/pgSQL plans a statement when it first runs it, so each branch names only the
  -- transition table its event has.
  CREATE OR REPLACE FUNCTION "cinema_talents_rels_search_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM "cinema_talents_refresh_search_rels"(ARRAY(SELECT DISTINCT "parent_id" FROM new_rows WHERE "path" IN ('categories', 'skills')));
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM "cinema_talents_refresh_search_rels"(ARRAY(SELECT DISTINCT "parent_id" FROM old_rows WHERE "path" IN ('categories', 'skills')));
    ELSE
      PERFORM "cinema_talents_refresh_search_rels"(ARRAY(
        SELECT "parent_id" FROM new_rows WHERE "path" IN ('categories', 'skills')
         UNION SELECT "parent_id" FROM old_rows WHERE "path" IN ('categories', 'skills')));
    END IF;
    RETURN NULL;
  END
  $$;

  CREATE OR REPLACE FUNCTION "cinema_talents_languages_search_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM "cinema_talents_refresh_search_languages"(ARRAY(SELECT DISTINCT "_parent_id" FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM "cinema_talents_refresh_search_languages"(ARRAY(SELECT DISTINCT "_parent_id" FROM old_rows));
    ELSE
      PERFORM "cinema_talents_refresh_search_languages"(ARRAY(SELECT "_parent_id" FROM new_rows UNION SELECT "_parent_id" FROM old_rows));
    END IF;
    RETURN NULL;
  END
  $$;

  DROP TRIGGER IF EXISTS "cinema_talents_rels_search_insert" ON "cinema_talents_rels";
  DROP TRIGGER IF EXISTS "cinema_talents_rels_search_update" ON "cinema_talents_rels";
  DROP TRIGGER IF EXISTS "cinema_talents_rels_search_delete" ON "cinema_talents_rels";
  CREATE TRIGGER "cinema_talents_rels_search_insert" AFTER INSERT ON "cinema_talents_rels"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cinema_talents_rels_search_sync"();
  CREATE TRIGGER "cinema_talents_rels_search_update" AFTER UPDATE ON "cinema_talents_rels"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cinema_talents_rels_search_sync"();
  CREATE TRIGGER "cinema_talents_rels_search_delete" AFTER DELETE ON "cinema_talents_rels"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "cinema_talents_rels_search_sync"();

  DROP TRIGGER IF EXISTS "cinema_talents_languages_search_insert" ON "cinema_talents_languages";
  DROP TRIGGER IF EXISTS "cinema_talents_languages_search_update" ON "cinema_talents_languages";
  DROP TRIGGER IF EXISTS "cinema_talents_languages_search_delete" ON "cinema_talents_languages";
  CREATE TRIGGER "cinema_talents_languages_search_insert" AFTER INSERT ON "cinema_talents_languages"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cinema_talents_languages_search_sync"();
  CREATE TRIGGER "cinema_talents_languages_search_update" AFTER UPDATE ON "cinema_talents_languages"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cinema_talents_languages_search_sync"();
  CREATE TRIGGER "cinema_talents_languages_search_delete" AFTER DELETE ON "cinema_talents_languages"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "cinema_talents_languages_search_sync"();

  -- Backfill the profiles already there.
  SELECT "cinema_talents_refresh_search_rels"(ARRAY(SELECT "id" FROM "cinema_talents"));
  SELECT "cinema_talents_refresh_search_languages"(ARRAY(SELECT "id" FROM "cinema_talents"));

  -- One GIN index over the three arrays: any subset of them is one bitmap index scan, with no
  -- heap filter left for the others (at 100,000 profiles, language + skill counted in 21 ms p50
  -- against 38 ms with one index per array, on a loaded machine; category + country + age the
  -- same either way: a BitmapAnd with the btree on country and birth date). Adding country_id
  -- to it (btree_gin) measured no better: what remains is visiting the matching heap pages.
  CREATE INDEX IF NOT EXISTS "cinema_talents_search_arrays_idx" ON "cinema_talents"
    USING gin ("search_category_ids", "search_skill_ids", "search_language_levels");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS "cinema_talents_languages_search_delete" ON "cinema_talents_languages";
  DROP TRIGGER IF EXISTS "cinema_talents_languages_search_update" ON "cinema_talents_languages";
  DROP TRIGGER IF EXISTS "cinema_talents_languages_search_insert" ON "cinema_talents_languages";
  DROP TRIGGER IF EXISTS "cinema_talents_rels_search_delete" ON "cinema_talents_rels";
  DROP TRIGGER IF EXISTS "cinema_talents_rels_search_update" ON "cinema_talents_rels";
  DROP TRIGGER IF EXISTS "cinema_talents_rels_search_insert" ON "cinema_talents_rels";
  DROP FUNCTION IF EXISTS "cinema_talents_languages_search_sync"();
  DROP FUNCTION IF EXISTS "cinema_talents_rels_search_sync"();
  DROP FUNCTION IF EXISTS "cinema_talents_refresh_search_languages"(integer[]);
  DROP FUNCTION IF EXISTS "cinema_talents_refresh_search_rels"(integer[]);
  DROP INDEX IF EXISTS "cinema_talents_search_arrays_idx";
  ALTER TABLE "cinema_talents"
    DROP COLUMN IF EXISTS "search_language_levels",
    DROP COLUMN IF EXISTS "search_skill_ids",
    DROP COLUMN IF EXISTS "search_category_ids";`)
}
