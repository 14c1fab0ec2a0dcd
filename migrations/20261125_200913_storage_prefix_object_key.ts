import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "photos" ADD COLUMN "prefix" varchar DEFAULT 'photos';
  ALTER TABLE "photos" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "cvs" ADD COLUMN "prefix" varchar DEFAULT 'cvs';
  ALTER TABLE "cvs" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "production_logos" ADD COLUMN "prefix" varchar DEFAULT 'production-logos';
  ALTER TABLE "production_logos" ADD COLUMN "_objectkey" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "photos" DROP COLUMN "prefix";
  ALTER TABLE "photos" DROP COLUMN "_objectkey";
  ALTER TABLE "cvs" DROP COLUMN "prefix";
  ALTER TABLE "cvs" DROP COLUMN "_objectkey";
  ALTER TABLE "production_logos" DROP COLUMN "prefix";
  ALTER TABLE "production_logos" DROP COLUMN "_objectkey";`)
}
