import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_seo_settings_routes_path" AS ENUM('/', '/talents', '/inscription', '/cinema/register', '/connexion', '/api-docs');
  CREATE TYPE "public"."enum_seo_settings_twitter_card" AS ENUM('summary_large_image', 'summary');
  CREATE TYPE "public"."enum_seo_settings_language" AS ENUM('fr', 'en');
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"published" boolean DEFAULT false,
  	"content" jsonb NOT NULL,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"meta_no_index" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "seo_images" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"prefix" varchar DEFAULT 'seo-images',
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
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "system_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"head_html" varchar,
  	"log_retention_days" numeric DEFAULT 365 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "seo_settings_routes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"path" "enum_seo_settings_routes_path" NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"image_id" integer,
  	"no_index" boolean DEFAULT false
  );
  
  CREATE TABLE "seo_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_name" varchar DEFAULT 'Taalentio',
  	"default_title" varchar,
  	"default_description" varchar,
  	"og_image_id" integer,
  	"twitter_card" "enum_seo_settings_twitter_card" DEFAULT 'summary_large_image' NOT NULL,
  	"twitter_site" varchar,
  	"language" "enum_seo_settings_language" DEFAULT 'fr' NOT NULL,
  	"region" varchar,
  	"allow_indexing" boolean DEFAULT true,
  	"follow_links" boolean DEFAULT true,
  	"disallow_paths" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "pages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "seo_images_id" integer;
  ALTER TABLE "integrations" ADD COLUMN "send_grid_api_key" varchar;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_meta_image_id_seo_images_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."seo_images"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "seo_settings_routes" ADD CONSTRAINT "seo_settings_routes_image_id_seo_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."seo_images"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "seo_settings_routes" ADD CONSTRAINT "seo_settings_routes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."seo_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "seo_settings" ADD CONSTRAINT "seo_settings_og_image_id_seo_images_id_fk" FOREIGN KEY ("og_image_id") REFERENCES "public"."seo_images"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_meta_meta_image_idx" ON "pages" USING btree ("meta_image_id");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "seo_images_updated_at_idx" ON "seo_images" USING btree ("updated_at");
  CREATE INDEX "seo_images_created_at_idx" ON "seo_images" USING btree ("created_at");
  CREATE UNIQUE INDEX "seo_images_filename_idx" ON "seo_images" USING btree ("filename");
  CREATE INDEX "seo_images_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "seo_images" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "seo_images_sizes_og_sizes_og_filename_idx" ON "seo_images" USING btree ("sizes_og_filename");
  CREATE INDEX "seo_settings_routes_order_idx" ON "seo_settings_routes" USING btree ("_order");
  CREATE INDEX "seo_settings_routes_parent_id_idx" ON "seo_settings_routes" USING btree ("_parent_id");
  CREATE INDEX "seo_settings_routes_image_idx" ON "seo_settings_routes" USING btree ("image_id");
  CREATE INDEX "seo_settings_og_image_idx" ON "seo_settings" USING btree ("og_image_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_seo_images_fk" FOREIGN KEY ("seo_images_id") REFERENCES "public"."seo_images"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_seo_images_id_idx" ON "payload_locked_documents_rels" USING btree ("seo_images_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "seo_images" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "system_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "seo_settings_routes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "seo_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "seo_images" CASCADE;
  DROP TABLE "system_settings" CASCADE;
  DROP TABLE "seo_settings_routes" CASCADE;
  DROP TABLE "seo_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_pages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_seo_images_fk";
  
  DROP INDEX "payload_locked_documents_rels_pages_id_idx";
  DROP INDEX "payload_locked_documents_rels_seo_images_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "pages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "seo_images_id";
  ALTER TABLE "integrations" DROP COLUMN "send_grid_api_key";
  DROP TYPE "public"."enum_seo_settings_routes_path";
  DROP TYPE "public"."enum_seo_settings_twitter_card";
  DROP TYPE "public"."enum_seo_settings_language";`)
}
