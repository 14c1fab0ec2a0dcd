import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_cvs_analysis_status" AS ENUM('pending', 'done', 'failed');
  CREATE TYPE "public"."enum_cvs_analysis_source" AS ENUM('llm', 'local');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'analyzeCv');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'analyzeCv');
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "cvs" ADD COLUMN "analysis_status" "enum_cvs_analysis_status";
  ALTER TABLE "cvs" ADD COLUMN "analysis_requested_at" timestamp(3) with time zone;
  ALTER TABLE "cvs" ADD COLUMN "analysis_analysed_at" timestamp(3) with time zone;
  ALTER TABLE "cvs" ADD COLUMN "analysis_source" "enum_cvs_analysis_source";
  ALTER TABLE "cvs" ADD COLUMN "analysis_model" varchar;
  ALTER TABLE "cvs" ADD COLUMN "analysis_result" jsonb;
  ALTER TABLE "cvs" ADD COLUMN "analysis_error_code" varchar;
  ALTER TABLE "cvs" ADD COLUMN "analysis_error" varchar;
  ALTER TABLE "integrations" ADD COLUMN "open_router_api_key" varchar;
  ALTER TABLE "integrations" ADD COLUMN "cv_analysis_model" varchar;
  ALTER TABLE "integrations" ADD COLUMN "cv_analysis_max_tokens" numeric;
  ALTER TABLE "integrations" ADD COLUMN "cv_analysis_local_fallback" boolean DEFAULT true;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "cvs_analysis_analysis_status_idx" ON "cvs" USING btree ("analysis_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP INDEX "cvs_analysis_analysis_status_idx";
  ALTER TABLE "cvs" DROP COLUMN "analysis_status";
  ALTER TABLE "cvs" DROP COLUMN "analysis_requested_at";
  ALTER TABLE "cvs" DROP COLUMN "analysis_analysed_at";
  ALTER TABLE "cvs" DROP COLUMN "analysis_source";
  ALTER TABLE "cvs" DROP COLUMN "analysis_model";
  ALTER TABLE "cvs" DROP COLUMN "analysis_result";
  ALTER TABLE "cvs" DROP COLUMN "analysis_error_code";
  ALTER TABLE "cvs" DROP COLUMN "analysis_error";
  ALTER TABLE "integrations" DROP COLUMN "open_router_api_key";
  ALTER TABLE "integrations" DROP COLUMN "cv_analysis_model";
  ALTER TABLE "integrations" DROP COLUMN "cv_analysis_max_tokens";
  ALTER TABLE "integrations" DROP COLUMN "cv_analysis_local_fallback";
  DROP TYPE "public"."enum_cvs_analysis_status";
  DROP TYPE "public"."enum_cvs_analysis_source";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
