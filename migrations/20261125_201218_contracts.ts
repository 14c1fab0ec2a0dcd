import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_contract_templates_kind" AS ENUM('talent', 'cinema');
  CREATE TYPE "public"."enum_contract_templates_default_currency" AS ENUM('XOF', 'XAF', 'NGN', 'GHS', 'KES', 'ZAR', 'MAD', 'EUR', 'USD');
  CREATE TYPE "public"."enum_contracts_signers_role" AS ENUM('talent', 'staff');
  CREATE TYPE "public"."enum_contracts_signers_status" AS ENUM('pending', 'sent', 'viewed', 'signed', 'declined');
  CREATE TYPE "public"."enum_contracts_signers_method" AS ENUM('drawn', 'typed');
  CREATE TYPE "public"."enum_contracts_signers_identity" AS ENUM('code', 'otp');
  CREATE TYPE "public"."enum_contracts_events_type" AS ENUM('created', 'updated', 'sent', 'viewed', 'otp_sent', 'signed', 'declined', 'reminder_sent', 'countersignature_requested', 'completed', 'expired', 'cancelled', 'archived', 'link_refused');
  CREATE TYPE "public"."enum_contracts_status" AS ENUM('draft', 'sent', 'viewed', 'signed', 'declined', 'expired', 'cancelled', 'archived');
  CREATE TYPE "public"."enum_contracts_kind" AS ENUM('talent', 'cinema');
  CREATE TYPE "public"."enum_contracts_currency" AS ENUM('XOF', 'XAF', 'NGN', 'GHS', 'KES', 'ZAR', 'MAD', 'EUR', 'USD');
  CREATE TYPE "public"."enum_activity_logs_action" AS ENUM('auth.login', 'auth.login_failed', 'auth.logout', 'auth.locked', 'auth.throttled', 'auth.password_reset', 'user.created', 'user.role_changed', 'user.deleted', 'talent.registered', 'cinema_talent.registered', 'profile.updated', 'cv.uploaded', 'cv.analysis_failed', 'film_lookup.failed', 'settings.updated', 'settings.key_tested', 'api_key.created', 'api_key.revoked', 'export.created', 'backup.created', 'backup.downloaded', 'backup.restored', 'backup.restore_refused', 'maintenance.vacuum', 'maintenance.temp_cleanup', 'maintenance.snapshot', 'maintenance.integrity_check', 'maintenance.cache_cleared', 'logs.purged', 'data.cleaned', 'demo.seeded', 'contract.created', 'contract.sent', 'contract.viewed', 'contract.signed', 'contract.declined', 'contract.expired', 'contract.cancelled', 'contract.archived', 'contract.reminder_sent', 'contract.link_refused', 'attendance.recorded', 'other');
  CREATE TYPE "public"."enum_activity_logs_severity" AS ENUM('info', 'warning', 'critical');
  CREATE TYPE "public"."enum_security_logs_action" AS ENUM('auth.login', 'auth.login_failed', 'auth.logout', 'auth.locked', 'auth.throttled', 'auth.password_reset', 'user.created', 'user.role_changed', 'user.deleted', 'talent.registered', 'cinema_talent.registered', 'profile.updated', 'cv.uploaded', 'cv.analysis_failed', 'film_lookup.failed', 'settings.updated', 'settings.key_tested', 'api_key.created', 'api_key.revoked', 'export.created', 'backup.created', 'backup.downloaded', 'backup.restored', 'backup.restore_refused', 'maintenance.vacuum', 'maintenance.temp_cleanup', 'maintenance.snapshot', 'maintenance.integrity_check', 'maintenance.cache_cleared', 'logs.purged', 'data.cleaned', 'demo.seeded', 'contract.created', 'contract.sent', 'contract.viewed', 'contract.signed', 'contract.declined', 'contract.expired', 'contract.cancelled', 'contract.archived', 'contract.reminder_sent', 'contract.link_refused', 'attendance.recorded', 'other');
  CREATE TYPE "public"."enum_security_logs_severity" AS ENUM('info', 'warning', 'critical');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'purgeLogs';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'purgeLogs';
  CREATE TABLE "contract_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_contract_templates_kind" DEFAULT 'talent' NOT NULL,
  	"default_currency" "enum_contract_templates_default_currency" DEFAULT 'XOF' NOT NULL,
  	"body" jsonb NOT NULL,
  	"reminder_after_days" numeric DEFAULT 3 NOT NULL,
  	"link_validity_days" numeric DEFAULT 14 NOT NULL,
  	"requires_countersignature" boolean DEFAULT false,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contracts_signers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"order" numeric NOT NULL,
  	"role" "enum_contracts_signers_role" NOT NULL,
  	"status" "enum_contracts_signers_status" DEFAULT 'pending' NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"user_id" integer,
  	"sent_at" timestamp(3) with time zone,
  	"viewed_at" timestamp(3) with time zone,
  	"signed_at" timestamp(3) with time zone,
  	"method" "enum_contracts_signers_method",
  	"typed_name" varchar,
  	"identity" "enum_contracts_signers_identity",
  	"signature_image" varchar,
  	"ip" varchar,
  	"user_agent" varchar
  );
  
  CREATE TABLE "contracts_events" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" "enum_contracts_events_type" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"actor_label" varchar,
  	"ip" varchar,
  	"user_agent" varchar,
  	"details" varchar
  );
  
  CREATE TABLE "contracts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"status" "enum_contracts_status" DEFAULT 'draft' NOT NULL,
  	"template_id" integer NOT NULL,
  	"kind" "enum_contracts_kind",
  	"title" varchar,
  	"talent_id" integer,
  	"cinema_talent_id" integer,
  	"project_id" integer,
  	"assignment_id" integer,
  	"amount" numeric,
  	"currency" "enum_contracts_currency",
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"countersigner_id" integer,
  	"created_by_id" integer,
  	"party_name" varchar,
  	"party_code" varchar,
  	"party_email" varchar,
  	"rendered_content" jsonb,
  	"rendered_html" varchar,
  	"sent_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"last_reminder_at" timestamp(3) with time zone,
  	"reminder_count" numeric DEFAULT 0,
  	"signed_at" timestamp(3) with time zone,
  	"decline_reason" varchar,
  	"document_hash" varchar,
  	"final_pdf_id" integer,
  	"pdf_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contract_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contract_id" integer,
  	"sha256" varchar,
  	"prefix" varchar DEFAULT 'contract-files',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "contract_signing_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contract_id" integer NOT NULL,
  	"signer_id" varchar NOT NULL,
  	"token_hash" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"used_at" timestamp(3) with time zone,
  	"revoked_at" timestamp(3) with time zone,
  	"otp_hash" varchar,
  	"otp_expires_at" timestamp(3) with time zone,
  	"otp_attempts" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "activity_logs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_activity_logs_action" NOT NULL,
  	"severity" "enum_activity_logs_severity" DEFAULT 'info' NOT NULL,
  	"actor_id" integer,
  	"actor_email" varchar,
  	"message" varchar,
  	"target_collection" varchar,
  	"target_id" varchar,
  	"target_label" varchar,
  	"ip" varchar,
  	"user_agent" varchar,
  	"metadata" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "security_logs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_security_logs_action" NOT NULL,
  	"severity" "enum_security_logs_severity" DEFAULT 'info' NOT NULL,
  	"actor_id" integer,
  	"actor_email" varchar,
  	"message" varchar,
  	"target_collection" varchar,
  	"target_id" varchar,
  	"target_label" varchar,
  	"ip" varchar,
  	"user_agent" varchar,
  	"metadata" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contract_templates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contracts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contract_files_id" integer;
  ALTER TABLE "contracts_signers" ADD CONSTRAINT "contracts_signers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts_signers" ADD CONSTRAINT "contracts_signers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contracts_events" ADD CONSTRAINT "contracts_events_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_template_id_contract_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."contract_templates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_talent_id_talents_id_fk" FOREIGN KEY ("talent_id") REFERENCES "public"."talents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_cinema_talent_id_cinema_talents_id_fk" FOREIGN KEY ("cinema_talent_id") REFERENCES "public"."cinema_talents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_countersigner_id_users_id_fk" FOREIGN KEY ("countersigner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contracts" ADD CONSTRAINT "contracts_final_pdf_id_contract_files_id_fk" FOREIGN KEY ("final_pdf_id") REFERENCES "public"."contract_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_files" ADD CONSTRAINT "contract_files_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contract_signing_links" ADD CONSTRAINT "contract_signing_links_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activity_logs" ADD CONSTRAINT "activity_logs_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "security_logs" ADD CONSTRAINT "security_logs_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "contract_templates_kind_idx" ON "contract_templates" USING btree ("kind");
  CREATE INDEX "contract_templates_active_idx" ON "contract_templates" USING btree ("active");
  CREATE INDEX "contract_templates_updated_at_idx" ON "contract_templates" USING btree ("updated_at");
  CREATE INDEX "contract_templates_created_at_idx" ON "contract_templates" USING btree ("created_at");
  CREATE INDEX "contracts_signers_order_idx" ON "contracts_signers" USING btree ("_order");
  CREATE INDEX "contracts_signers_parent_id_idx" ON "contracts_signers" USING btree ("_parent_id");
  CREATE INDEX "contracts_signers_user_idx" ON "contracts_signers" USING btree ("user_id");
  CREATE INDEX "contracts_events_order_idx" ON "contracts_events" USING btree ("_order");
  CREATE INDEX "contracts_events_parent_id_idx" ON "contracts_events" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "contracts_reference_idx" ON "contracts" USING btree ("reference");
  CREATE INDEX "contracts_status_idx" ON "contracts" USING btree ("status");
  CREATE INDEX "contracts_template_idx" ON "contracts" USING btree ("template_id");
  CREATE INDEX "contracts_kind_idx" ON "contracts" USING btree ("kind");
  CREATE INDEX "contracts_talent_idx" ON "contracts" USING btree ("talent_id");
  CREATE INDEX "contracts_cinema_talent_idx" ON "contracts" USING btree ("cinema_talent_id");
  CREATE INDEX "contracts_project_idx" ON "contracts" USING btree ("project_id");
  CREATE INDEX "contracts_assignment_idx" ON "contracts" USING btree ("assignment_id");
  CREATE INDEX "contracts_countersigner_idx" ON "contracts" USING btree ("countersigner_id");
  CREATE INDEX "contracts_created_by_idx" ON "contracts" USING btree ("created_by_id");
  CREATE INDEX "contracts_party_name_idx" ON "contracts" USING btree ("party_name");
  CREATE INDEX "contracts_party_code_idx" ON "contracts" USING btree ("party_code");
  CREATE INDEX "contracts_expires_at_idx" ON "contracts" USING btree ("expires_at");
  CREATE INDEX "contracts_document_hash_idx" ON "contracts" USING btree ("document_hash");
  CREATE INDEX "contracts_final_pdf_idx" ON "contracts" USING btree ("final_pdf_id");
  CREATE INDEX "contracts_updated_at_idx" ON "contracts" USING btree ("updated_at");
  CREATE INDEX "contracts_created_at_idx" ON "contracts" USING btree ("created_at");
  CREATE INDEX "contract_files_contract_idx" ON "contract_files" USING btree ("contract_id");
  CREATE INDEX "contract_files_updated_at_idx" ON "contract_files" USING btree ("updated_at");
  CREATE INDEX "contract_files_created_at_idx" ON "contract_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "contract_files_filename_idx" ON "contract_files" USING btree ("filename");
  CREATE INDEX "contract_signing_links_contract_idx" ON "contract_signing_links" USING btree ("contract_id");
  CREATE UNIQUE INDEX "contract_signing_links_token_hash_idx" ON "contract_signing_links" USING btree ("token_hash");
  CREATE INDEX "contract_signing_links_expires_at_idx" ON "contract_signing_links" USING btree ("expires_at");
  CREATE INDEX "contract_signing_links_updated_at_idx" ON "contract_signing_links" USING btree ("updated_at");
  CREATE INDEX "contract_signing_links_created_at_idx" ON "contract_signing_links" USING btree ("created_at");
  CREATE INDEX "activity_logs_action_idx" ON "activity_logs" USING btree ("action");
  CREATE INDEX "activity_logs_severity_idx" ON "activity_logs" USING btree ("severity");
  CREATE INDEX "activity_logs_actor_idx" ON "activity_logs" USING btree ("actor_id");
  CREATE INDEX "activity_logs_ip_idx" ON "activity_logs" USING btree ("ip");
  CREATE INDEX "activity_logs_updated_at_idx" ON "activity_logs" USING btree ("updated_at");
  CREATE INDEX "activity_logs_created_at_idx" ON "activity_logs" USING btree ("created_at");
  CREATE INDEX "security_logs_action_idx" ON "security_logs" USING btree ("action");
  CREATE INDEX "security_logs_severity_idx" ON "security_logs" USING btree ("severity");
  CREATE INDEX "security_logs_actor_idx" ON "security_logs" USING btree ("actor_id");
  CREATE INDEX "security_logs_ip_idx" ON "security_logs" USING btree ("ip");
  CREATE INDEX "security_logs_updated_at_idx" ON "security_logs" USING btree ("updated_at");
  CREATE INDEX "security_logs_created_at_idx" ON "security_logs" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contract_templates_fk" FOREIGN KEY ("contract_templates_id") REFERENCES "public"."contract_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contracts_fk" FOREIGN KEY ("contracts_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contract_files_fk" FOREIGN KEY ("contract_files_id") REFERENCES "public"."contract_files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_contract_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("contract_templates_id");
  CREATE INDEX "payload_locked_documents_rels_contracts_id_idx" ON "payload_locked_documents_rels" USING btree ("contracts_id");
  CREATE INDEX "payload_locked_documents_rels_contract_files_id_idx" ON "payload_locked_documents_rels" USING btree ("contract_files_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contract_templates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contracts_signers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contracts_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contracts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contract_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contract_signing_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activity_logs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "security_logs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "contract_templates" CASCADE;
  DROP TABLE "contracts_signers" CASCADE;
  DROP TABLE "contracts_events" CASCADE;
  DROP TABLE "contracts" CASCADE;
  DROP TABLE "contract_files" CASCADE;
  DROP TABLE "contract_signing_links" CASCADE;
  DROP TABLE "activity_logs" CASCADE;
  DROP TABLE "security_logs" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contract_templates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contracts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contract_files_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'analyzeCv');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'analyzeCv');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_contract_templates_id_idx";
  DROP INDEX "payload_locked_documents_rels_contracts_id_idx";
  DROP INDEX "payload_locked_documents_rels_contract_files_id_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contract_templates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contracts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contract_files_id";
  DROP TYPE "public"."enum_contract_templates_kind";
  DROP TYPE "public"."enum_contract_templates_default_currency";
  DROP TYPE "public"."enum_contracts_signers_role";
  DROP TYPE "public"."enum_contracts_signers_status";
  DROP TYPE "public"."enum_contracts_signers_method";
  DROP TYPE "public"."enum_contracts_signers_identity";
  DROP TYPE "public"."enum_contracts_events_type";
  DROP TYPE "public"."enum_contracts_status";
  DROP TYPE "public"."enum_contracts_kind";
  DROP TYPE "public"."enum_contracts_currency";
  DROP TYPE "public"."enum_activity_logs_action";
  DROP TYPE "public"."enum_activity_logs_severity";
  DROP TYPE "public"."enum_security_logs_action";
  DROP TYPE "public"."enum_security_logs_severity";`)
}
