import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_attendances_method" AS ENUM('camera', 'manual', 'bulk');
  CREATE TYPE "public"."enum_attendances_check_out_method" AS ENUM('camera', 'manual', 'bulk');
  CREATE TABLE "attendances" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"cinema_talent_id" integer,
  	"talent_id" integer,
  	"project_id" integer NOT NULL,
  	"check_in_at" timestamp(3) with time zone NOT NULL,
  	"check_out_at" timestamp(3) with time zone,
  	"duration_minutes" numeric,
  	"method" "enum_attendances_method" NOT NULL,
  	"check_out_method" "enum_attendances_check_out_method",
  	"forced" boolean DEFAULT false,
  	"recorded_by_id" integer,
  	"checked_out_by_id" integer,
  	"device" varchar,
  	"notes" varchar,
  	"client_scan_id" varchar,
  	"check_out_scan_id" varchar,
  	"last_scan_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "attendances_id" integer;
  ALTER TABLE "attendances" ADD CONSTRAINT "attendances_cinema_talent_id_cinema_talents_id_fk" FOREIGN KEY ("cinema_talent_id") REFERENCES "public"."cinema_talents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attendances" ADD CONSTRAINT "attendances_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attendances" ADD CONSTRAINT "attendances_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attendances" ADD CONSTRAINT "attendances_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attendances" ADD CONSTRAINT "attendances_checked_out_by_id_users_id_fk" FOREIGN KEY ("checked_out_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "attendances_cinema_talent_idx" ON "attendances" USING btree ("cinema_talent_id");
  CREATE INDEX "attendances_talent_idx" ON "attendances" USING btree ("talent_id");
  CREATE INDEX "attendances_project_idx" ON "attendances" USING btree ("project_id");
  CREATE INDEX "attendances_recorded_by_idx" ON "attendances" USING btree ("recorded_by_id");
  CREATE INDEX "attendances_checked_out_by_idx" ON "attendances" USING btree ("checked_out_by_id");
  CREATE UNIQUE INDEX "attendances_client_scan_id_idx" ON "attendances" USING btree ("client_scan_id");
  CREATE UNIQUE INDEX "attendances_check_out_scan_id_idx" ON "attendances" USING btree ("check_out_scan_id");
  CREATE INDEX "attendances_updated_at_idx" ON "attendances" USING btree ("updated_at");
  CREATE INDEX "attendances_created_at_idx" ON "attendances" USING btree ("created_at");
  CREATE INDEX "project_checkInAt_idx" ON "attendances" USING btree ("project_id","check_in_at");
  CREATE INDEX "cinemaTalent_project_idx" ON "attendances" USING btree ("cinema_talent_id","project_id");
  CREATE INDEX "talent_project_idx" ON "attendances" USING btree ("talent_id","project_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attendances_fk" FOREIGN KEY ("attendances_id") REFERENCES "public"."attendances"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_attendances_id_idx" ON "payload_locked_documents_rels" USING btree ("attendances_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "attendances" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "attendances" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_attendances_fk";
  
  DROP INDEX "payload_locked_documents_rels_attendances_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "attendances_id";
  DROP TYPE "public"."enum_attendances_method";
  DROP TYPE "public"."enum_attendances_check_out_method";`)
}
