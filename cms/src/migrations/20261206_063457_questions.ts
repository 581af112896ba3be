import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_questions_options_key" AS ENUM('A', 'B', 'C', 'D', 'E', 'F');
  CREATE TYPE "public"."enum_questions_answer_keys" AS ENUM('A', 'B', 'C', 'D', 'E', 'F');
  CREATE TYPE "public"."enum_questions_kind" AS ENUM('single', 'multiple', 'trueFalse', 'fill');
  CREATE TYPE "public"."enum_questions_difficulty" AS ENUM('easy', 'medium', 'hard');
  CREATE TYPE "public"."enum_questions_answer_truth" AS ENUM('true', 'false');
  CREATE TYPE "public"."enum_questions_review_status" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_questions_visibility" AS ENUM('public', 'members', 'organizations');
  CREATE TYPE "public"."enum_questions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__questions_v_version_options_key" AS ENUM('A', 'B', 'C', 'D', 'E', 'F');
  CREATE TYPE "public"."enum__questions_v_version_answer_keys" AS ENUM('A', 'B', 'C', 'D', 'E', 'F');
  CREATE TYPE "public"."enum__questions_v_version_kind" AS ENUM('single', 'multiple', 'trueFalse', 'fill');
  CREATE TYPE "public"."enum__questions_v_version_difficulty" AS ENUM('easy', 'medium', 'hard');
  CREATE TYPE "public"."enum__questions_v_version_answer_truth" AS ENUM('true', 'false');
  CREATE TYPE "public"."enum__questions_v_version_review_status" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__questions_v_version_visibility" AS ENUM('public', 'members', 'organizations');
  CREATE TYPE "public"."enum__questions_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" "enum_questions_options_key",
  	"text" varchar
  );
  
  CREATE TABLE "questions_answer_keys" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_questions_answer_keys",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_questions_kind" DEFAULT 'single',
  	"difficulty" "enum_questions_difficulty" DEFAULT 'medium',
  	"topic" varchar,
  	"stem" varchar,
  	"answer_truth" "enum_questions_answer_truth",
  	"explanation" varchar,
  	"source_passage" varchar,
  	"review_status" "enum_questions_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"submitted_by_id" integer,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"visibility" "enum_questions_visibility" DEFAULT 'public',
  	"updated_by_id" integer,
  	"import_source" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_questions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "questions_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "questions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"policies_id" integer,
  	"videos_id" integer,
  	"lectures_id" integer,
  	"organizations_id" integer
  );
  
  CREATE TABLE "_questions_v_version_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" "enum__questions_v_version_options_key",
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_questions_v_version_answer_keys" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__questions_v_version_answer_keys",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_questions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__questions_v_version_kind" DEFAULT 'single',
  	"version_difficulty" "enum__questions_v_version_difficulty" DEFAULT 'medium',
  	"version_topic" varchar,
  	"version_stem" varchar,
  	"version_answer_truth" "enum__questions_v_version_answer_truth",
  	"version_explanation" varchar,
  	"version_source_passage" varchar,
  	"version_review_status" "enum__questions_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_submitted_by_id" integer,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_visibility" "enum__questions_v_version_visibility" DEFAULT 'public',
  	"version_updated_by_id" integer,
  	"version_import_source" varchar,
  	"version_import_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__questions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_questions_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_questions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"policies_id" integer,
  	"videos_id" integer,
  	"lectures_id" integer,
  	"organizations_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "questions_id" integer;
  ALTER TABLE "questions_options" ADD CONSTRAINT "questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_answer_keys" ADD CONSTRAINT "questions_answer_keys_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions_texts" ADD CONSTRAINT "questions_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_lectures_fk" FOREIGN KEY ("lectures_id") REFERENCES "public"."lectures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions_rels" ADD CONSTRAINT "questions_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_version_options" ADD CONSTRAINT "_questions_v_version_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_version_answer_keys" ADD CONSTRAINT "_questions_v_version_answer_keys_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_parent_id_questions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v" ADD CONSTRAINT "_questions_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_questions_v_texts" ADD CONSTRAINT "_questions_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_rels" ADD CONSTRAINT "_questions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_questions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_rels" ADD CONSTRAINT "_questions_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_rels" ADD CONSTRAINT "_questions_v_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_rels" ADD CONSTRAINT "_questions_v_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_rels" ADD CONSTRAINT "_questions_v_rels_lectures_fk" FOREIGN KEY ("lectures_id") REFERENCES "public"."lectures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_questions_v_rels" ADD CONSTRAINT "_questions_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "questions_options_order_idx" ON "questions_options" USING btree ("_order");
  CREATE INDEX "questions_options_parent_id_idx" ON "questions_options" USING btree ("_parent_id");
  CREATE INDEX "questions_answer_keys_order_idx" ON "questions_answer_keys" USING btree ("order");
  CREATE INDEX "questions_answer_keys_parent_idx" ON "questions_answer_keys" USING btree ("parent_id");
  CREATE INDEX "questions_kind_idx" ON "questions" USING btree ("kind");
  CREATE INDEX "questions_difficulty_idx" ON "questions" USING btree ("difficulty");
  CREATE INDEX "questions_topic_idx" ON "questions" USING btree ("topic");
  CREATE INDEX "questions_review_status_idx" ON "questions" USING btree ("review_status");
  CREATE INDEX "questions_submitted_by_idx" ON "questions" USING btree ("submitted_by_id");
  CREATE INDEX "questions_reviewed_by_idx" ON "questions" USING btree ("reviewed_by_id");
  CREATE INDEX "questions_visibility_idx" ON "questions" USING btree ("visibility");
  CREATE INDEX "questions_updated_by_idx" ON "questions" USING btree ("updated_by_id");
  CREATE UNIQUE INDEX "questions_import_source_idx" ON "questions" USING btree ("import_source");
  CREATE INDEX "questions_updated_at_idx" ON "questions" USING btree ("updated_at");
  CREATE INDEX "questions_created_at_idx" ON "questions" USING btree ("created_at");
  CREATE INDEX "questions__status_idx" ON "questions" USING btree ("_status");
  CREATE INDEX "questions_texts_order_parent" ON "questions_texts" USING btree ("order","parent_id");
  CREATE INDEX "questions_rels_order_idx" ON "questions_rels" USING btree ("order");
  CREATE INDEX "questions_rels_parent_idx" ON "questions_rels" USING btree ("parent_id");
  CREATE INDEX "questions_rels_path_idx" ON "questions_rels" USING btree ("path");
  CREATE INDEX "questions_rels_articles_id_idx" ON "questions_rels" USING btree ("articles_id");
  CREATE INDEX "questions_rels_policies_id_idx" ON "questions_rels" USING btree ("policies_id");
  CREATE INDEX "questions_rels_videos_id_idx" ON "questions_rels" USING btree ("videos_id");
  CREATE INDEX "questions_rels_lectures_id_idx" ON "questions_rels" USING btree ("lectures_id");
  CREATE INDEX "questions_rels_organizations_id_idx" ON "questions_rels" USING btree ("organizations_id");
  CREATE INDEX "_questions_v_version_options_order_idx" ON "_questions_v_version_options" USING btree ("_order");
  CREATE INDEX "_questions_v_version_options_parent_id_idx" ON "_questions_v_version_options" USING btree ("_parent_id");
  CREATE INDEX "_questions_v_version_answer_keys_order_idx" ON "_questions_v_version_answer_keys" USING btree ("order");
  CREATE INDEX "_questions_v_version_answer_keys_parent_idx" ON "_questions_v_version_answer_keys" USING btree ("parent_id");
  CREATE INDEX "_questions_v_parent_idx" ON "_questions_v" USING btree ("parent_id");
  CREATE INDEX "_questions_v_version_version_kind_idx" ON "_questions_v" USING btree ("version_kind");
  CREATE INDEX "_questions_v_version_version_difficulty_idx" ON "_questions_v" USING btree ("version_difficulty");
  CREATE INDEX "_questions_v_version_version_topic_idx" ON "_questions_v" USING btree ("version_topic");
  CREATE INDEX "_questions_v_version_version_review_status_idx" ON "_questions_v" USING btree ("version_review_status");
  CREATE INDEX "_questions_v_version_version_submitted_by_idx" ON "_questions_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_questions_v_version_version_reviewed_by_idx" ON "_questions_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_questions_v_version_version_visibility_idx" ON "_questions_v" USING btree ("version_visibility");
  CREATE INDEX "_questions_v_version_version_updated_by_idx" ON "_questions_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_questions_v_version_version_import_source_idx" ON "_questions_v" USING btree ("version_import_source");
  CREATE INDEX "_questions_v_version_version_updated_at_idx" ON "_questions_v" USING btree ("version_updated_at");
  CREATE INDEX "_questions_v_version_version_created_at_idx" ON "_questions_v" USING btree ("version_created_at");
  CREATE INDEX "_questions_v_version_version__status_idx" ON "_questions_v" USING btree ("version__status");
  CREATE INDEX "_questions_v_created_at_idx" ON "_questions_v" USING btree ("created_at");
  CREATE INDEX "_questions_v_updated_at_idx" ON "_questions_v" USING btree ("updated_at");
  CREATE INDEX "_questions_v_latest_idx" ON "_questions_v" USING btree ("latest");
  CREATE INDEX "_questions_v_texts_order_parent" ON "_questions_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_questions_v_rels_order_idx" ON "_questions_v_rels" USING btree ("order");
  CREATE INDEX "_questions_v_rels_parent_idx" ON "_questions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_questions_v_rels_path_idx" ON "_questions_v_rels" USING btree ("path");
  CREATE INDEX "_questions_v_rels_articles_id_idx" ON "_questions_v_rels" USING btree ("articles_id");
  CREATE INDEX "_questions_v_rels_policies_id_idx" ON "_questions_v_rels" USING btree ("policies_id");
  CREATE INDEX "_questions_v_rels_videos_id_idx" ON "_questions_v_rels" USING btree ("videos_id");
  CREATE INDEX "_questions_v_rels_lectures_id_idx" ON "_questions_v_rels" USING btree ("lectures_id");
  CREATE INDEX "_questions_v_rels_organizations_id_idx" ON "_questions_v_rels" USING btree ("organizations_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("questions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_answer_keys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "questions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v_version_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v_version_answer_keys" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_questions_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "questions_options" CASCADE;
  DROP TABLE "questions_answer_keys" CASCADE;
  DROP TABLE "questions" CASCADE;
  DROP TABLE "questions_texts" CASCADE;
  DROP TABLE "questions_rels" CASCADE;
  DROP TABLE "_questions_v_version_options" CASCADE;
  DROP TABLE "_questions_v_version_answer_keys" CASCADE;
  DROP TABLE "_questions_v" CASCADE;
  DROP TABLE "_questions_v_texts" CASCADE;
  DROP TABLE "_questions_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_questions_fk";
  
  DROP INDEX "payload_locked_documents_rels_questions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "questions_id";
  DROP TYPE "public"."enum_questions_options_key";
  DROP TYPE "public"."enum_questions_answer_keys";
  DROP TYPE "public"."enum_questions_kind";
  DROP TYPE "public"."enum_questions_difficulty";
  DROP TYPE "public"."enum_questions_answer_truth";
  DROP TYPE "public"."enum_questions_review_status";
  DROP TYPE "public"."enum_questions_visibility";
  DROP TYPE "public"."enum_questions_status";
  DROP TYPE "public"."enum__questions_v_version_options_key";
  DROP TYPE "public"."enum__questions_v_version_answer_keys";
  DROP TYPE "public"."enum__questions_v_version_kind";
  DROP TYPE "public"."enum__questions_v_version_difficulty";
  DROP TYPE "public"."enum__questions_v_version_answer_truth";
  DROP TYPE "public"."enum__questions_v_version_review_status";
  DROP TYPE "public"."enum__questions_v_version_visibility";
  DROP TYPE "public"."enum__questions_v_version_status";`)
}
