import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_campaigns_quiz_questions_kind" AS ENUM('single', 'multiple', 'trueFalse');
  CREATE TYPE "public"."enum_campaigns_enrolment" AS ENUM('automatic', 'link');
  CREATE TYPE "public"."enum_campaigns_leaderboard" AS ENUM('individual', 'branch', 'none');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_campaign_enrollments_via" AS ENUM('automatic', 'link');
  CREATE TYPE "public"."enum_campaign_reflections_status" AS ENUM('draft', 'submitted');
  CREATE TABLE "campaigns_reading_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"required" boolean DEFAULT true,
  	"min_minutes" numeric
  );
  
  CREATE TABLE "campaigns_quiz_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"correct" boolean DEFAULT false
  );
  
  CREATE TABLE "campaigns_quiz_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_campaigns_quiz_questions_kind" DEFAULT 'single',
  	"prompt" varchar,
  	"explanation" varchar
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"cover_id" integer,
  	"starts_on" timestamp(3) with time zone NOT NULL,
  	"ends_on" timestamp(3) with time zone NOT NULL,
  	"enrolment" "enum_campaigns_enrolment" DEFAULT 'automatic' NOT NULL,
  	"rules_check_in_days" numeric DEFAULT 7 NOT NULL,
  	"rules_reflection_required" boolean DEFAULT true,
  	"rules_reflection_min_length" numeric DEFAULT 300 NOT NULL,
  	"quiz_enabled" boolean DEFAULT false,
  	"quiz_pass_mark" numeric DEFAULT 60 NOT NULL,
  	"quiz_max_attempts" numeric DEFAULT 3 NOT NULL,
  	"points_per_item" numeric DEFAULT 5 NOT NULL,
  	"points_per_check_in" numeric DEFAULT 1 NOT NULL,
  	"points_reflection" numeric DEFAULT 10 NOT NULL,
  	"points_quiz_passed" numeric DEFAULT 10 NOT NULL,
  	"leaderboard" "enum_campaigns_leaderboard" DEFAULT 'individual' NOT NULL,
  	"status" "enum_campaigns_status" DEFAULT 'draft' NOT NULL,
  	"is_public" boolean DEFAULT true,
  	"slug" varchar,
  	"organization_id" integer,
  	"organizer_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"articles_id" integer,
  	"policies_id" integer,
  	"videos_id" integer,
  	"lectures_id" integer,
  	"announcements_id" integer
  );
  
  CREATE TABLE "campaign_enrollments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"member_id" integer NOT NULL,
  	"organization_id" integer,
  	"via" "enum_campaign_enrollments_via" DEFAULT 'automatic' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaign_check_ins" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"member_id" integer NOT NULL,
  	"organization_id" integer,
  	"day" varchar NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaign_reflections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"member_id" integer NOT NULL,
  	"organization_id" integer,
  	"title" varchar,
  	"body" varchar NOT NULL,
  	"status" "enum_campaign_reflections_status" DEFAULT 'draft' NOT NULL,
  	"submitted_at" timestamp(3) with time zone,
  	"score" numeric,
  	"featured" boolean DEFAULT false,
  	"comment" varchar,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "quiz_attempts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"member_id" integer NOT NULL,
  	"organization_id" integer,
  	"number" numeric NOT NULL,
  	"seed" numeric NOT NULL,
  	"answers" jsonb,
  	"score" numeric,
  	"passed" boolean DEFAULT false,
  	"submitted_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"member_id" integer NOT NULL,
  	"campaign_id" integer,
  	"title" varchar NOT NULL,
  	"body" varchar,
  	"link" varchar,
  	"sent_by_id" integer,
  	"read_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "campaigns_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "campaign_enrollments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "campaign_check_ins_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "campaign_reflections_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "quiz_attempts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notices_id" integer;
  ALTER TABLE "campaigns_reading_list" ADD CONSTRAINT "campaigns_reading_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_quiz_questions_options" ADD CONSTRAINT "campaigns_quiz_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_quiz_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_quiz_questions" ADD CONSTRAINT "campaigns_quiz_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_organizer_id_users_id_fk" FOREIGN KEY ("organizer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_lectures_fk" FOREIGN KEY ("lectures_id") REFERENCES "public"."lectures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_announcements_fk" FOREIGN KEY ("announcements_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_enrollments" ADD CONSTRAINT "campaign_enrollments_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_enrollments" ADD CONSTRAINT "campaign_enrollments_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_enrollments" ADD CONSTRAINT "campaign_enrollments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_check_ins" ADD CONSTRAINT "campaign_check_ins_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_check_ins" ADD CONSTRAINT "campaign_check_ins_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_check_ins" ADD CONSTRAINT "campaign_check_ins_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_reflections" ADD CONSTRAINT "campaign_reflections_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_reflections" ADD CONSTRAINT "campaign_reflections_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_reflections" ADD CONSTRAINT "campaign_reflections_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_reflections" ADD CONSTRAINT "campaign_reflections_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_member_id_users_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notices" ADD CONSTRAINT "notices_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "campaigns_reading_list_order_idx" ON "campaigns_reading_list" USING btree ("_order");
  CREATE INDEX "campaigns_reading_list_parent_id_idx" ON "campaigns_reading_list" USING btree ("_parent_id");
  CREATE INDEX "campaigns_quiz_questions_options_order_idx" ON "campaigns_quiz_questions_options" USING btree ("_order");
  CREATE INDEX "campaigns_quiz_questions_options_parent_id_idx" ON "campaigns_quiz_questions_options" USING btree ("_parent_id");
  CREATE INDEX "campaigns_quiz_questions_order_idx" ON "campaigns_quiz_questions" USING btree ("_order");
  CREATE INDEX "campaigns_quiz_questions_parent_id_idx" ON "campaigns_quiz_questions" USING btree ("_parent_id");
  CREATE INDEX "campaigns_cover_idx" ON "campaigns" USING btree ("cover_id");
  CREATE INDEX "campaigns_starts_on_idx" ON "campaigns" USING btree ("starts_on");
  CREATE INDEX "campaigns_status_idx" ON "campaigns" USING btree ("status");
  CREATE UNIQUE INDEX "campaigns_slug_idx" ON "campaigns" USING btree ("slug");
  CREATE INDEX "campaigns_organization_idx" ON "campaigns" USING btree ("organization_id");
  CREATE INDEX "campaigns_organizer_idx" ON "campaigns" USING btree ("organizer_id");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_organizations_id_idx" ON "campaigns_rels" USING btree ("organizations_id");
  CREATE INDEX "campaigns_rels_articles_id_idx" ON "campaigns_rels" USING btree ("articles_id");
  CREATE INDEX "campaigns_rels_policies_id_idx" ON "campaigns_rels" USING btree ("policies_id");
  CREATE INDEX "campaigns_rels_videos_id_idx" ON "campaigns_rels" USING btree ("videos_id");
  CREATE INDEX "campaigns_rels_lectures_id_idx" ON "campaigns_rels" USING btree ("lectures_id");
  CREATE INDEX "campaigns_rels_announcements_id_idx" ON "campaigns_rels" USING btree ("announcements_id");
  CREATE INDEX "campaign_enrollments_campaign_idx" ON "campaign_enrollments" USING btree ("campaign_id");
  CREATE INDEX "campaign_enrollments_member_idx" ON "campaign_enrollments" USING btree ("member_id");
  CREATE INDEX "campaign_enrollments_organization_idx" ON "campaign_enrollments" USING btree ("organization_id");
  CREATE INDEX "campaign_enrollments_updated_at_idx" ON "campaign_enrollments" USING btree ("updated_at");
  CREATE INDEX "campaign_enrollments_created_at_idx" ON "campaign_enrollments" USING btree ("created_at");
  CREATE UNIQUE INDEX "campaign_member_idx" ON "campaign_enrollments" USING btree ("campaign_id","member_id");
  CREATE INDEX "campaign_check_ins_campaign_idx" ON "campaign_check_ins" USING btree ("campaign_id");
  CREATE INDEX "campaign_check_ins_member_idx" ON "campaign_check_ins" USING btree ("member_id");
  CREATE INDEX "campaign_check_ins_organization_idx" ON "campaign_check_ins" USING btree ("organization_id");
  CREATE INDEX "campaign_check_ins_updated_at_idx" ON "campaign_check_ins" USING btree ("updated_at");
  CREATE INDEX "campaign_check_ins_created_at_idx" ON "campaign_check_ins" USING btree ("created_at");
  CREATE UNIQUE INDEX "campaign_member_day_idx" ON "campaign_check_ins" USING btree ("campaign_id","member_id","day");
  CREATE INDEX "campaign_reflections_campaign_idx" ON "campaign_reflections" USING btree ("campaign_id");
  CREATE INDEX "campaign_reflections_member_idx" ON "campaign_reflections" USING btree ("member_id");
  CREATE INDEX "campaign_reflections_organization_idx" ON "campaign_reflections" USING btree ("organization_id");
  CREATE INDEX "campaign_reflections_status_idx" ON "campaign_reflections" USING btree ("status");
  CREATE INDEX "campaign_reflections_featured_idx" ON "campaign_reflections" USING btree ("featured");
  CREATE INDEX "campaign_reflections_reviewed_by_idx" ON "campaign_reflections" USING btree ("reviewed_by_id");
  CREATE INDEX "campaign_reflections_updated_at_idx" ON "campaign_reflections" USING btree ("updated_at");
  CREATE INDEX "campaign_reflections_created_at_idx" ON "campaign_reflections" USING btree ("created_at");
  CREATE UNIQUE INDEX "campaign_member_1_idx" ON "campaign_reflections" USING btree ("campaign_id","member_id");
  CREATE INDEX "quiz_attempts_campaign_idx" ON "quiz_attempts" USING btree ("campaign_id");
  CREATE INDEX "quiz_attempts_member_idx" ON "quiz_attempts" USING btree ("member_id");
  CREATE INDEX "quiz_attempts_organization_idx" ON "quiz_attempts" USING btree ("organization_id");
  CREATE INDEX "quiz_attempts_updated_at_idx" ON "quiz_attempts" USING btree ("updated_at");
  CREATE INDEX "quiz_attempts_created_at_idx" ON "quiz_attempts" USING btree ("created_at");
  CREATE UNIQUE INDEX "campaign_member_number_idx" ON "quiz_attempts" USING btree ("campaign_id","member_id","number");
  CREATE INDEX "notices_member_idx" ON "notices" USING btree ("member_id");
  CREATE INDEX "notices_campaign_idx" ON "notices" USING btree ("campaign_id");
  CREATE INDEX "notices_sent_by_idx" ON "notices" USING btree ("sent_by_id");
  CREATE INDEX "notices_read_at_idx" ON "notices" USING btree ("read_at");
  CREATE INDEX "notices_updated_at_idx" ON "notices" USING btree ("updated_at");
  CREATE INDEX "notices_created_at_idx" ON "notices" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaign_enrollments_fk" FOREIGN KEY ("campaign_enrollments_id") REFERENCES "public"."campaign_enrollments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaign_check_ins_fk" FOREIGN KEY ("campaign_check_ins_id") REFERENCES "public"."campaign_check_ins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaign_reflections_fk" FOREIGN KEY ("campaign_reflections_id") REFERENCES "public"."campaign_reflections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quiz_attempts_fk" FOREIGN KEY ("quiz_attempts_id") REFERENCES "public"."quiz_attempts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notices_fk" FOREIGN KEY ("notices_id") REFERENCES "public"."notices"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_campaign_enrollments_id_idx" ON "payload_locked_documents_rels" USING btree ("campaign_enrollments_id");
  CREATE INDEX "payload_locked_documents_rels_campaign_check_ins_id_idx" ON "payload_locked_documents_rels" USING btree ("campaign_check_ins_id");
  CREATE INDEX "payload_locked_documents_rels_campaign_reflections_id_idx" ON "payload_locked_documents_rels" USING btree ("campaign_reflections_id");
  CREATE INDEX "payload_locked_documents_rels_quiz_attempts_id_idx" ON "payload_locked_documents_rels" USING btree ("quiz_attempts_id");
  CREATE INDEX "payload_locked_documents_rels_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("notices_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns_reading_list" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_quiz_questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_quiz_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_enrollments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_check_ins" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaign_reflections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "quiz_attempts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notices" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "campaigns_reading_list" CASCADE;
  DROP TABLE "campaigns_quiz_questions_options" CASCADE;
  DROP TABLE "campaigns_quiz_questions" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "campaign_enrollments" CASCADE;
  DROP TABLE "campaign_check_ins" CASCADE;
  DROP TABLE "campaign_reflections" CASCADE;
  DROP TABLE "quiz_attempts" CASCADE;
  DROP TABLE "notices" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_campaigns_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_campaign_enrollments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_campaign_check_ins_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_campaign_reflections_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_quiz_attempts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notices_fk";
  
  DROP INDEX "payload_locked_documents_rels_campaigns_id_idx";
  DROP INDEX "payload_locked_documents_rels_campaign_enrollments_id_idx";
  DROP INDEX "payload_locked_documents_rels_campaign_check_ins_id_idx";
  DROP INDEX "payload_locked_documents_rels_campaign_reflections_id_idx";
  DROP INDEX "payload_locked_documents_rels_quiz_attempts_id_idx";
  DROP INDEX "payload_locked_documents_rels_notices_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "campaigns_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "campaign_enrollments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "campaign_check_ins_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "campaign_reflections_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "quiz_attempts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notices_id";
  DROP TYPE "public"."enum_campaigns_quiz_questions_kind";
  DROP TYPE "public"."enum_campaigns_enrolment";
  DROP TYPE "public"."enum_campaigns_leaderboard";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum_campaign_enrollments_via";
  DROP TYPE "public"."enum_campaign_reflections_status";`)
}
