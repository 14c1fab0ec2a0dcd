import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_talents_languages_level" AS ENUM('basic', 'intermediate', 'fluent', 'native');
  CREATE TYPE "public"."enum_talents_public_parts" AS ENUM('age', 'nationality', 'location', 'languages', 'skills', 'experience');
  CREATE TYPE "public"."enum_talents_gender" AS ENUM('F', 'M', 'X');
  CREATE TYPE "public"."enum_outbox_status" AS ENUM('stored', 'sent', 'failed');
  CREATE TYPE "public"."enum_outbox_transport" AS ENUM('sendgrid', 'smtp', 'outbox');
  CREATE TYPE "public"."enum_outbox_locale" AS ENUM('fr', 'en');
  CREATE TABLE "talents_languages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language_id" integer NOT NULL,
  	"level" "enum_talents_languages_level" DEFAULT 'fluent' NOT NULL
  );
  
  CREATE TABLE "talents_public_parts" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_talents_public_parts",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "talents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"user_id" integer NOT NULL,
  	"first_name" varchar NOT NULL,
  	"last_name" varchar NOT NULL,
  	"stage_name" varchar,
  	"display_name" varchar,
  	"gender" "enum_talents_gender" NOT NULL,
  	"date_of_birth" timestamp(3) with time zone,
  	"nationality_id" integer,
  	"id_document_number" varchar,
  	"phone" varchar,
  	"whatsapp" varchar,
  	"country_id" integer NOT NULL,
  	"city_id" integer NOT NULL,
  	"address" varchar,
  	"emergency_contact" varchar,
  	"years_of_experience" numeric,
  	"experience" varchar,
  	"photo_id" integer,
  	"cv_id" integer,
  	"is_public" boolean DEFAULT false,
  	"consent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "talents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" integer,
  	"skills_id" integer
  );
  
  CREATE TABLE "photos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"owner_id" integer,
  	"is_public" boolean DEFAULT false,
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_profile_url" varchar,
  	"sizes_profile_width" numeric,
  	"sizes_profile_height" numeric,
  	"sizes_profile_mime_type" varchar,
  	"sizes_profile_filesize" numeric,
  	"sizes_profile_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "cvs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner_id" integer,
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
  
  CREATE TABLE "outbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"to" varchar NOT NULL,
  	"subject" varchar,
  	"status" "enum_outbox_status" NOT NULL,
  	"transport" "enum_outbox_transport" NOT NULL,
  	"provider_message_id" varchar,
  	"locale" "enum_outbox_locale",
  	"error" varchar,
  	"html" varchar,
  	"text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "talents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "photos_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cvs_id" integer;
  ALTER TABLE "talents_languages" ADD CONSTRAINT "talents_languages_language_id_languages_id_fk" FOREIGN KEY ("language_id") REFERENCES "public"."languages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "talents_languages" ADD CONSTRAINT "talents_languages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."talents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talents_public_parts" ADD CONSTRAINT "talents_public_parts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."talents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talents" ADD CONSTRAINT "talents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "talents" ADD CONSTRAINT "talents_nationality_id_nationalities_id_fk" FOREIGN KEY ("nationality_id") REFERENCES "public"."nationalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "talents" ADD CONSTRAINT "talents_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "talents" ADD CONSTRAINT "talents_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "talents" ADD CONSTRAINT "talents_photo_id_photos_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "talents" ADD CONSTRAINT "talents_cv_id_cvs_id_fk" FOREIGN KEY ("cv_id") REFERENCES "public"."cvs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "talents_rels" ADD CONSTRAINT "talents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."talents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talents_rels" ADD CONSTRAINT "talents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "talents_rels" ADD CONSTRAINT "talents_rels_skills_fk" FOREIGN KEY ("skills_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "photos" ADD CONSTRAINT "photos_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cvs" ADD CONSTRAINT "cvs_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "talents_languages_order_idx" ON "talents_languages" USING btree ("_order");
  CREATE INDEX "talents_languages_parent_id_idx" ON "talents_languages" USING btree ("_parent_id");
  CREATE INDEX "talents_languages_language_idx" ON "talents_languages" USING btree ("language_id");
  CREATE INDEX "talents_public_parts_order_idx" ON "talents_public_parts" USING btree ("order");
  CREATE INDEX "talents_public_parts_parent_idx" ON "talents_public_parts" USING btree ("parent_id");
  CREATE UNIQUE INDEX "talents_code_idx" ON "talents" USING btree ("code");
  CREATE UNIQUE INDEX "talents_user_idx" ON "talents" USING btree ("user_id");
  CREATE INDEX "talents_display_name_idx" ON "talents" USING btree ("display_name");
  CREATE INDEX "talents_gender_idx" ON "talents" USING btree ("gender");
  CREATE INDEX "talents_date_of_birth_idx" ON "talents" USING btree ("date_of_birth");
  CREATE INDEX "talents_nationality_idx" ON "talents" USING btree ("nationality_id");
  CREATE INDEX "talents_country_idx" ON "talents" USING btree ("country_id");
  CREATE INDEX "talents_city_idx" ON "talents" USING btree ("city_id");
  CREATE INDEX "talents_photo_idx" ON "talents" USING btree ("photo_id");
  CREATE INDEX "talents_cv_idx" ON "talents" USING btree ("cv_id");
  CREATE INDEX "talents_is_public_idx" ON "talents" USING btree ("is_public");
  CREATE INDEX "talents_updated_at_idx" ON "talents" USING btree ("updated_at");
  CREATE INDEX "talents_created_at_idx" ON "talents" USING btree ("created_at");
  CREATE INDEX "talents_rels_order_idx" ON "talents_rels" USING btree ("order");
  CREATE INDEX "talents_rels_parent_idx" ON "talents_rels" USING btree ("parent_id");
  CREATE INDEX "talents_rels_path_idx" ON "talents_rels" USING btree ("path");
  CREATE INDEX "talents_rels_categories_id_idx" ON "talents_rels" USING btree ("categories_id");
  CREATE INDEX "talents_rels_skills_id_idx" ON "talents_rels" USING btree ("skills_id");
  CREATE INDEX "photos_owner_idx" ON "photos" USING btree ("owner_id");
  CREATE INDEX "photos_is_public_idx" ON "photos" USING btree ("is_public");
  CREATE INDEX "photos_updated_at_idx" ON "photos" USING btree ("updated_at");
  CREATE INDEX "photos_created_at_idx" ON "photos" USING btree ("created_at");
  CREATE UNIQUE INDEX "photos_filename_idx" ON "photos" USING btree ("filename");
  CREATE INDEX "photos_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "photos" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "photos_sizes_card_sizes_card_filename_idx" ON "photos" USING btree ("sizes_card_filename");
  CREATE INDEX "photos_sizes_profile_sizes_profile_filename_idx" ON "photos" USING btree ("sizes_profile_filename");
  CREATE INDEX "photos_sizes_og_sizes_og_filename_idx" ON "photos" USING btree ("sizes_og_filename");
  CREATE INDEX "cvs_owner_idx" ON "cvs" USING btree ("owner_id");
  CREATE INDEX "cvs_updated_at_idx" ON "cvs" USING btree ("updated_at");
  CREATE INDEX "cvs_created_at_idx" ON "cvs" USING btree ("created_at");
  CREATE UNIQUE INDEX "cvs_filename_idx" ON "cvs" USING btree ("filename");
  CREATE INDEX "outbox_to_idx" ON "outbox" USING btree ("to");
  CREATE INDEX "outbox_status_idx" ON "outbox" USING btree ("status");
  CREATE INDEX "outbox_updated_at_idx" ON "outbox" USING btree ("updated_at");
  CREATE INDEX "outbox_created_at_idx" ON "outbox" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_talents_fk" FOREIGN KEY ("talents_id") REFERENCES "public"."talents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_photos_fk" FOREIGN KEY ("photos_id") REFERENCES "public"."photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cvs_fk" FOREIGN KEY ("cvs_id") REFERENCES "public"."cvs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_talents_id_idx" ON "payload_locked_documents_rels" USING btree ("talents_id");
  CREATE INDEX "payload_locked_documents_rels_photos_id_idx" ON "payload_locked_documents_rels" USING btree ("photos_id");
  CREATE INDEX "payload_locked_documents_rels_cvs_id_idx" ON "payload_locked_documents_rels" USING btree ("cvs_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "talents_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "talents_public_parts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "talents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "talents_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "photos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cvs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outbox" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "talents_languages" CASCADE;
  DROP TABLE "talents_public_parts" CASCADE;
  DROP TABLE "talents" CASCADE;
  DROP TABLE "talents_rels" CASCADE;
  DROP TABLE "photos" CASCADE;
  DROP TABLE "cvs" CASCADE;
  DROP TABLE "outbox" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_talents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_photos_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cvs_fk";
  
  DROP INDEX "payload_locked_documents_rels_talents_id_idx";
  DROP INDEX "payload_locked_documents_rels_photos_id_idx";
  DROP INDEX "payload_locked_documents_rels_cvs_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "talents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "photos_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cvs_id";
  DROP TYPE "public"."enum_talents_languages_level";
  DROP TYPE "public"."enum_talents_public_parts";
  DROP TYPE "public"."enum_talents_gender";
  DROP TYPE "public"."enum_outbox_status";
  DROP TYPE "public"."enum_outbox_transport";
  DROP TYPE "public"."enum_outbox_locale";`)
}
