import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_cinema_talents_languages_level" AS ENUM('basic', 'intermediate', 'fluent', 'native');
  CREATE TYPE "public"."enum_cinema_talents_role_types" AS ENUM('lead', 'supporting', 'extra', 'voice', 'stunt', 'crew');
  CREATE TYPE "public"."enum_cinema_talents_filmography_type" AS ENUM('feature', 'series', 'short', 'documentary', 'commercial', 'music-video', 'theatre', 'other');
  CREATE TYPE "public"."enum_cinema_talents_public_parts" AS ENUM('age', 'nationality', 'location', 'physical', 'languages', 'skills', 'filmography', 'availability', 'media');
  CREATE TYPE "public"."enum_cinema_talents_gender" AS ENUM('F', 'M', 'X');
  CREATE TYPE "public"."enum_cinema_talents_build" AS ENUM('slim', 'athletic', 'average', 'muscular', 'curvy', 'heavy');
  CREATE TYPE "public"."enum_cinema_talents_skin_tone" AS ENUM('very-dark', 'dark', 'medium-dark', 'medium', 'light', 'very-light');
  CREATE TYPE "public"."enum_cinema_talents_eye_colour" AS ENUM('dark-brown', 'brown', 'hazel', 'green', 'blue', 'grey');
  CREATE TYPE "public"."enum_cinema_talents_hair_colour" AS ENUM('black', 'dark-brown', 'brown', 'blond', 'red', 'grey', 'dyed', 'bald');
  CREATE TYPE "public"."enum_cinema_talents_hair_type" AS ENUM('afro', 'locs', 'braids', 'curly', 'wavy', 'straight', 'short');
  CREATE TYPE "public"."enum_cinema_talents_availability" AS ENUM('available', 'limited', 'unavailable');
  CREATE TYPE "public"."enum_cinema_talents_rate_currency" AS ENUM('XOF', 'XAF', 'NGN', 'GHS', 'KES', 'ZAR', 'MAD', 'EUR', 'USD');
  CREATE TYPE "public"."enum_cinema_talents_rate_unit" AS ENUM('day', 'week', 'project');
  CREATE TYPE "public"."enum_projects_type" AS ENUM('FLM', 'SER', 'CRT', 'DOC', 'PUB', 'CLP', 'AUT');
  CREATE TYPE "public"."enum_projects_status" AS ENUM('development', 'preproduction', 'shooting', 'postproduction', 'completed', 'cancelled');
  CREATE TYPE "public"."enum_assignments_kind" AS ENUM('cast', 'extra', 'crew');
  CREATE TYPE "public"."enum_assignments_status" AS ENUM('proposed', 'confirmed', 'declined', 'completed', 'cancelled');
  CREATE TYPE "public"."enum_assignments_currency" AS ENUM('XOF', 'XAF', 'NGN', 'GHS', 'KES', 'ZAR', 'MAD', 'EUR', 'USD');
  CREATE TYPE "public"."enum_contact_messages_status" AS ENUM('new', 'read', 'archived');
  CREATE TABLE "cinema_talents_languages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language_id" integer NOT NULL,
  	"level" "enum_cinema_talents_languages_level" DEFAULT 'fluent' NOT NULL,
  	"level_rank" numeric
  );
  
  CREATE TABLE "cinema_talents_role_types" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_cinema_talents_role_types",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "cinema_talents_filmography" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"year" numeric,
  	"type" "enum_cinema_talents_filmography_type",
  	"role" varchar,
  	"director" varchar,
  	"company" varchar,
  	"imdb_id" varchar,
  	"poster_url" varchar
  );
  
  CREATE TABLE "cinema_talents_public_parts" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_cinema_talents_public_parts",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "cinema_talents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"user_id" integer NOT NULL,
  	"display_name" varchar,
  	"search_text" varchar,
  	"first_name" varchar NOT NULL,
  	"last_name" varchar NOT NULL,
  	"stage_name" varchar,
  	"gender" "enum_cinema_talents_gender" NOT NULL,
  	"date_of_birth" timestamp(3) with time zone NOT NULL,
  	"nationality_id" integer,
  	"photo_id" integer,
  	"id_document_number" varchar,
  	"phone" varchar,
  	"whatsapp" varchar,
  	"country_id" integer NOT NULL,
  	"city_id" integer NOT NULL,
  	"address" varchar,
  	"emergency_contact" varchar,
  	"height_cm" numeric,
  	"weight_kg" numeric,
  	"build" "enum_cinema_talents_build",
  	"skin_tone" "enum_cinema_talents_skin_tone",
  	"eye_colour" "enum_cinema_talents_eye_colour",
  	"hair_colour" "enum_cinema_talents_hair_colour",
  	"hair_type" "enum_cinema_talents_hair_type",
  	"tattoos" boolean,
  	"piercings" boolean,
  	"distinctive_features" varchar,
  	"accents" varchar,
  	"playing_age_min" numeric,
  	"playing_age_max" numeric,
  	"other_skills" varchar,
  	"years_of_experience" numeric,
  	"training" varchar,
  	"availability" "enum_cinema_talents_availability" DEFAULT 'available' NOT NULL,
  	"available_from" timestamp(3) with time zone,
  	"willing_to_travel" boolean,
  	"has_passport" boolean,
  	"union_member" boolean,
  	"union_name" varchar,
  	"rate" numeric,
  	"rate_currency" "enum_cinema_talents_rate_currency" DEFAULT 'XOF',
  	"rate_unit" "enum_cinema_talents_rate_unit" DEFAULT 'day',
  	"rate_negotiable" boolean,
  	"availability_notes" varchar,
  	"showreel_url" varchar,
  	"cv_id" integer,
  	"social_links_instagram" varchar,
  	"social_links_facebook" varchar,
  	"social_links_tiktok" varchar,
  	"social_links_youtube" varchar,
  	"social_links_imdb" varchar,
  	"social_links_website" varchar,
  	"is_public" boolean DEFAULT false,
  	"consent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cinema_talents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" integer,
  	"skills_id" integer,
  	"photos_id" integer
  );
  
  CREATE TABLE "productions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"country_id" integer NOT NULL,
  	"logo_id" integer,
  	"contact_name" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"website" varchar,
  	"address" varchar,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "projects_locations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"country_id" integer,
  	"city_id" integer,
  	"place" varchar
  );
  
  CREATE TABLE "projects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"code" varchar,
  	"production_id" integer NOT NULL,
  	"type" "enum_projects_type" NOT NULL,
  	"status" "enum_projects_status" DEFAULT 'preproduction' NOT NULL,
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"director" varchar,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "projects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "assignments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"project_id" integer NOT NULL,
  	"cinema_talent_id" integer NOT NULL,
  	"kind" "enum_assignments_kind" DEFAULT 'cast' NOT NULL,
  	"role_name" varchar NOT NULL,
  	"status" "enum_assignments_status" DEFAULT 'confirmed' NOT NULL,
  	"fee" numeric,
  	"currency" "enum_assignments_currency" DEFAULT 'XOF',
  	"start_date" timestamp(3) with time zone,
  	"end_date" timestamp(3) with time zone,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contact_messages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"cinema_talent_id" integer NOT NULL,
  	"recipient_id" integer NOT NULL,
  	"sender_name" varchar NOT NULL,
  	"sender_email" varchar NOT NULL,
  	"organisation" varchar,
  	"subject" varchar NOT NULL,
  	"message" varchar NOT NULL,
  	"status" "enum_contact_messages_status" DEFAULT 'new' NOT NULL,
  	"sender_ip" varchar,
  	"emailed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "production_logos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
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
  	"sizes_badge_url" varchar,
  	"sizes_badge_width" numeric,
  	"sizes_badge_height" numeric,
  	"sizes_badge_mime_type" varchar,
  	"sizes_badge_filesize" numeric,
  	"sizes_badge_filename" varchar
  );
  
  CREATE TABLE "integrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"omdb_api_key" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "cinema_talents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "productions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "projects_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "assignments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contact_messages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "production_logos_id" integer;
  ALTER TABLE "cinema_talents_languages" ADD CONSTRAINT "cinema_talents_languages_language_id_languages_id_fk" FOREIGN KEY ("language_id") REFERENCES "public"."languages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cinema_talents_languages" ADD CONSTRAINT "cinema_talents_languages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cinema_talents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cinema_talents_role_types" ADD CONSTRAINT "cinema_talents_role_types_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cinema_talents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cinema_talents_filmography" ADD CONSTRAINT "cinema_talents_filmography_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cinema_talents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cinema_talents_public_parts" ADD CONSTRAINT "cinema_talents_public_parts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cinema_talents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cinema_talents" ADD CONSTRAINT "cinema_talents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cinema_talents" ADD CONSTRAINT "cinema_talents_nationality_id_nationalities_id_fk" FOREIGN KEY ("nationality_id") REFERENCES "public"."nationalities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cinema_talents" ADD CONSTRAINT "cinema_talents_photo_id_photos_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cinema_talents" ADD CONSTRAINT "cinema_talents_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cinema_talents" ADD CONSTRAINT "cinema_talents_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cinema_talents" ADD CONSTRAINT "cinema_talents_cv_id_cvs_id_fk" FOREIGN KEY ("cv_id") REFERENCES "public"."cvs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cinema_talents_rels" ADD CONSTRAINT "cinema_talents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cinema_talents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cinema_talents_rels" ADD CONSTRAINT "cinema_talents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cinema_talents_rels" ADD CONSTRAINT "cinema_talents_rels_skills_fk" FOREIGN KEY ("skills_id") REFERENCES "public"."skills"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cinema_talents_rels" ADD CONSTRAINT "cinema_talents_rels_photos_fk" FOREIGN KEY ("photos_id") REFERENCES "public"."photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "productions" ADD CONSTRAINT "productions_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "productions" ADD CONSTRAINT "productions_logo_id_production_logos_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."production_logos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects_locations" ADD CONSTRAINT "projects_locations_country_id_countries_id_fk" FOREIGN KEY ("country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects_locations" ADD CONSTRAINT "projects_locations_city_id_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."cities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects_locations" ADD CONSTRAINT "projects_locations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects" ADD CONSTRAINT "projects_production_id_productions_id_fk" FOREIGN KEY ("production_id") REFERENCES "public"."productions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "projects_rels" ADD CONSTRAINT "projects_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assignments" ADD CONSTRAINT "assignments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assignments" ADD CONSTRAINT "assignments_cinema_talent_id_cinema_talents_id_fk" FOREIGN KEY ("cinema_talent_id") REFERENCES "public"."cinema_talents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contact_messages" ADD CONSTRAINT "contact_messages_cinema_talent_id_cinema_talents_id_fk" FOREIGN KEY ("cinema_talent_id") REFERENCES "public"."cinema_talents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contact_messages" ADD CONSTRAINT "contact_messages_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "cinema_talents_languages_order_idx" ON "cinema_talents_languages" USING btree ("_order");
  CREATE INDEX "cinema_talents_languages_parent_id_idx" ON "cinema_talents_languages" USING btree ("_parent_id");
  CREATE INDEX "cinema_talents_languages_language_idx" ON "cinema_talents_languages" USING btree ("language_id");
  CREATE INDEX "cinema_talents_languages_level_rank_idx" ON "cinema_talents_languages" USING btree ("level_rank");
  CREATE INDEX "cinema_talents_role_types_order_idx" ON "cinema_talents_role_types" USING btree ("order");
  CREATE INDEX "cinema_talents_role_types_parent_idx" ON "cinema_talents_role_types" USING btree ("parent_id");
  CREATE INDEX "cinema_talents_filmography_order_idx" ON "cinema_talents_filmography" USING btree ("_order");
  CREATE INDEX "cinema_talents_filmography_parent_id_idx" ON "cinema_talents_filmography" USING btree ("_parent_id");
  CREATE INDEX "cinema_talents_public_parts_order_idx" ON "cinema_talents_public_parts" USING btree ("order");
  CREATE INDEX "cinema_talents_public_parts_parent_idx" ON "cinema_talents_public_parts" USING btree ("parent_id");
  CREATE UNIQUE INDEX "cinema_talents_code_idx" ON "cinema_talents" USING btree ("code");
  CREATE UNIQUE INDEX "cinema_talents_user_idx" ON "cinema_talents" USING btree ("user_id");
  CREATE INDEX "cinema_talents_display_name_idx" ON "cinema_talents" USING btree ("display_name");
  CREATE INDEX "cinema_talents_gender_idx" ON "cinema_talents" USING btree ("gender");
  CREATE INDEX "cinema_talents_date_of_birth_idx" ON "cinema_talents" USING btree ("date_of_birth");
  CREATE INDEX "cinema_talents_nationality_idx" ON "cinema_talents" USING btree ("nationality_id");
  CREATE INDEX "cinema_talents_photo_idx" ON "cinema_talents" USING btree ("photo_id");
  CREATE INDEX "cinema_talents_country_idx" ON "cinema_talents" USING btree ("country_id");
  CREATE INDEX "cinema_talents_city_idx" ON "cinema_talents" USING btree ("city_id");
  CREATE INDEX "cinema_talents_height_cm_idx" ON "cinema_talents" USING btree ("height_cm");
  CREATE INDEX "cinema_talents_availability_idx" ON "cinema_talents" USING btree ("availability");
  CREATE INDEX "cinema_talents_cv_idx" ON "cinema_talents" USING btree ("cv_id");
  CREATE INDEX "cinema_talents_is_public_idx" ON "cinema_talents" USING btree ("is_public");
  CREATE INDEX "cinema_talents_updated_at_idx" ON "cinema_talents" USING btree ("updated_at");
  CREATE INDEX "cinema_talents_created_at_idx" ON "cinema_talents" USING btree ("created_at");
  CREATE INDEX "cinema_talents_rels_order_idx" ON "cinema_talents_rels" USING btree ("order");
  CREATE INDEX "cinema_talents_rels_parent_idx" ON "cinema_talents_rels" USING btree ("parent_id");
  CREATE INDEX "cinema_talents_rels_path_idx" ON "cinema_talents_rels" USING btree ("path");
  CREATE INDEX "cinema_talents_rels_categories_id_idx" ON "cinema_talents_rels" USING btree ("categories_id");
  CREATE INDEX "cinema_talents_rels_skills_id_idx" ON "cinema_talents_rels" USING btree ("skills_id");
  CREATE INDEX "cinema_talents_rels_photos_id_idx" ON "cinema_talents_rels" USING btree ("photos_id");
  CREATE UNIQUE INDEX "productions_code_idx" ON "productions" USING btree ("code");
  CREATE INDEX "productions_country_idx" ON "productions" USING btree ("country_id");
  CREATE INDEX "productions_logo_idx" ON "productions" USING btree ("logo_id");
  CREATE INDEX "productions_updated_at_idx" ON "productions" USING btree ("updated_at");
  CREATE INDEX "productions_created_at_idx" ON "productions" USING btree ("created_at");
  CREATE INDEX "projects_locations_order_idx" ON "projects_locations" USING btree ("_order");
  CREATE INDEX "projects_locations_parent_id_idx" ON "projects_locations" USING btree ("_parent_id");
  CREATE INDEX "projects_locations_country_idx" ON "projects_locations" USING btree ("country_id");
  CREATE INDEX "projects_locations_city_idx" ON "projects_locations" USING btree ("city_id");
  CREATE UNIQUE INDEX "projects_code_idx" ON "projects" USING btree ("code");
  CREATE INDEX "projects_production_idx" ON "projects" USING btree ("production_id");
  CREATE INDEX "projects_status_idx" ON "projects" USING btree ("status");
  CREATE INDEX "projects_updated_at_idx" ON "projects" USING btree ("updated_at");
  CREATE INDEX "projects_created_at_idx" ON "projects" USING btree ("created_at");
  CREATE INDEX "projects_rels_order_idx" ON "projects_rels" USING btree ("order");
  CREATE INDEX "projects_rels_parent_idx" ON "projects_rels" USING btree ("parent_id");
  CREATE INDEX "projects_rels_path_idx" ON "projects_rels" USING btree ("path");
  CREATE INDEX "projects_rels_users_id_idx" ON "projects_rels" USING btree ("users_id");
  CREATE INDEX "assignments_project_idx" ON "assignments" USING btree ("project_id");
  CREATE INDEX "assignments_cinema_talent_idx" ON "assignments" USING btree ("cinema_talent_id");
  CREATE INDEX "assignments_status_idx" ON "assignments" USING btree ("status");
  CREATE INDEX "assignments_updated_at_idx" ON "assignments" USING btree ("updated_at");
  CREATE INDEX "assignments_created_at_idx" ON "assignments" USING btree ("created_at");
  CREATE UNIQUE INDEX "project_cinemaTalent_idx" ON "assignments" USING btree ("project_id","cinema_talent_id");
  CREATE INDEX "contact_messages_cinema_talent_idx" ON "contact_messages" USING btree ("cinema_talent_id");
  CREATE INDEX "contact_messages_recipient_idx" ON "contact_messages" USING btree ("recipient_id");
  CREATE INDEX "contact_messages_status_idx" ON "contact_messages" USING btree ("status");
  CREATE INDEX "contact_messages_updated_at_idx" ON "contact_messages" USING btree ("updated_at");
  CREATE INDEX "contact_messages_created_at_idx" ON "contact_messages" USING btree ("created_at");
  CREATE INDEX "production_logos_updated_at_idx" ON "production_logos" USING btree ("updated_at");
  CREATE INDEX "production_logos_created_at_idx" ON "production_logos" USING btree ("created_at");
  CREATE UNIQUE INDEX "production_logos_filename_idx" ON "production_logos" USING btree ("filename");
  CREATE INDEX "production_logos_sizes_badge_sizes_badge_filename_idx" ON "production_logos" USING btree ("sizes_badge_filename");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cinema_talents_fk" FOREIGN KEY ("cinema_talents_id") REFERENCES "public"."cinema_talents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_productions_fk" FOREIGN KEY ("productions_id") REFERENCES "public"."productions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assignments_fk" FOREIGN KEY ("assignments_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contact_messages_fk" FOREIGN KEY ("contact_messages_id") REFERENCES "public"."contact_messages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_production_logos_fk" FOREIGN KEY ("production_logos_id") REFERENCES "public"."production_logos"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_cinema_talents_id_idx" ON "payload_locked_documents_rels" USING btree ("cinema_talents_id");
  CREATE INDEX "payload_locked_documents_rels_productions_id_idx" ON "payload_locked_documents_rels" USING btree ("productions_id");
  CREATE INDEX "payload_locked_documents_rels_projects_id_idx" ON "payload_locked_documents_rels" USING btree ("projects_id");
  CREATE INDEX "payload_locked_documents_rels_assignments_id_idx" ON "payload_locked_documents_rels" USING btree ("assignments_id");
  CREATE INDEX "payload_locked_documents_rels_contact_messages_id_idx" ON "payload_locked_documents_rels" USING btree ("contact_messages_id");
  CREATE INDEX "payload_locked_documents_rels_production_logos_id_idx" ON "payload_locked_documents_rels" USING btree ("production_logos_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "cinema_talents_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cinema_talents_role_types" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cinema_talents_filmography" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cinema_talents_public_parts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cinema_talents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "cinema_talents_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "productions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "projects_locations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "projects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "projects_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "assignments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contact_messages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "production_logos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "integrations" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "cinema_talents_languages" CASCADE;
  DROP TABLE "cinema_talents_role_types" CASCADE;
  DROP TABLE "cinema_talents_filmography" CASCADE;
  DROP TABLE "cinema_talents_public_parts" CASCADE;
  DROP TABLE "cinema_talents" CASCADE;
  DROP TABLE "cinema_talents_rels" CASCADE;
  DROP TABLE "productions" CASCADE;
  DROP TABLE "projects_locations" CASCADE;
  DROP TABLE "projects" CASCADE;
  DROP TABLE "projects_rels" CASCADE;
  DROP TABLE "assignments" CASCADE;
  DROP TABLE "contact_messages" CASCADE;
  DROP TABLE "production_logos" CASCADE;
  DROP TABLE "integrations" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_cinema_talents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_productions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_projects_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_assignments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contact_messages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_production_logos_fk";
  
  DROP INDEX "payload_locked_documents_rels_cinema_talents_id_idx";
  DROP INDEX "payload_locked_documents_rels_productions_id_idx";
  DROP INDEX "payload_locked_documents_rels_projects_id_idx";
  DROP INDEX "payload_locked_documents_rels_assignments_id_idx";
  DROP INDEX "payload_locked_documents_rels_contact_messages_id_idx";
  DROP INDEX "payload_locked_documents_rels_production_logos_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "cinema_talents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "productions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "projects_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "assignments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contact_messages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "production_logos_id";
  DROP TYPE "public"."enum_cinema_talents_languages_level";
  DROP TYPE "public"."enum_cinema_talents_role_types";
  DROP TYPE "public"."enum_cinema_talents_filmography_type";
  DROP TYPE "public"."enum_cinema_talents_public_parts";
  DROP TYPE "public"."enum_cinema_talents_gender";
  DROP TYPE "public"."enum_cinema_talents_build";
  DROP TYPE "public"."enum_cinema_talents_skin_tone";
  DROP TYPE "public"."enum_cinema_talents_eye_colour";
  DROP TYPE "public"."enum_cinema_talents_hair_colour";
  DROP TYPE "public"."enum_cinema_talents_hair_type";
  DROP TYPE "public"."enum_cinema_talents_availability";
  DROP TYPE "public"."enum_cinema_talents_rate_currency";
  DROP TYPE "public"."enum_cinema_talents_rate_unit";
  DROP TYPE "public"."enum_projects_type";
  DROP TYPE "public"."enum_projects_status";
  DROP TYPE "public"."enum_assignments_kind";
  DROP TYPE "public"."enum_assignments_status";
  DROP TYPE "public"."enum_assignments_currency";
  DROP TYPE "public"."enum_contact_messages_status";`)
}
