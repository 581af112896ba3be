import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_review_status" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_articles_visibility" AS ENUM('public', 'members', 'organizations');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_review_status" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__articles_v_version_visibility" AS ENUM('public', 'members', 'organizations');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_policies_validity" AS ENUM('current', 'revised', 'repealed');
  CREATE TYPE "public"."enum_policies_level" AS ENUM('central', 'provincial', 'city', 'district', 'unit');
  CREATE TYPE "public"."enum_policies_review_status" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_policies_visibility" AS ENUM('public', 'members', 'organizations');
  CREATE TYPE "public"."enum_policies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policies_v_version_validity" AS ENUM('current', 'revised', 'repealed');
  CREATE TYPE "public"."enum__policies_v_version_level" AS ENUM('central', 'provincial', 'city', 'district', 'unit');
  CREATE TYPE "public"."enum__policies_v_version_review_status" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__policies_v_version_visibility" AS ENUM('public', 'members', 'organizations');
  CREATE TYPE "public"."enum__policies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_videos_kind" AS ENUM('film', 'documentary', 'micro', 'story');
  CREATE TYPE "public"."enum_videos_review_status" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_videos_visibility" AS ENUM('public', 'members', 'organizations');
  CREATE TYPE "public"."enum_videos_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__videos_v_version_kind" AS ENUM('film', 'documentary', 'micro', 'story');
  CREATE TYPE "public"."enum__videos_v_version_review_status" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__videos_v_version_visibility" AS ENUM('public', 'members', 'organizations');
  CREATE TYPE "public"."enum__videos_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_lectures_format" AS ENUM('video', 'audio', 'slides');
  CREATE TYPE "public"."enum_lectures_review_status" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_lectures_visibility" AS ENUM('public', 'members', 'organizations');
  CREATE TYPE "public"."enum_lectures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__lectures_v_version_format" AS ENUM('video', 'audio', 'slides');
  CREATE TYPE "public"."enum__lectures_v_version_review_status" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__lectures_v_version_visibility" AS ENUM('public', 'members', 'organizations');
  CREATE TYPE "public"."enum__lectures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_announcements_review_status" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_announcements_visibility" AS ENUM('public', 'members', 'organizations');
  CREATE TYPE "public"."enum_announcements_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__announcements_v_version_review_status" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__announcements_v_version_visibility" AS ENUM('public', 'members', 'organizations');
  CREATE TYPE "public"."enum__announcements_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_organizations_kind" AS ENUM('committee', 'general', 'branch');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'reviewer', 'organizer', 'member');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"author" varchar,
  	"source" varchar,
  	"summary" varchar,
  	"cover_id" integer,
  	"body" jsonb,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"review_status" "enum_articles_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"visibility" "enum_articles_visibility" DEFAULT 'public',
  	"source_document_id" integer,
  	"updated_by_id" integer,
  	"import_source" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_author" varchar,
  	"version_source" varchar,
  	"version_summary" varchar,
  	"version_cover_id" integer,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_review_status" "enum__articles_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_visibility" "enum__articles_v_version_visibility" DEFAULT 'public',
  	"version_source_document_id" integer,
  	"version_updated_by_id" integer,
  	"version_import_source" varchar,
  	"version_import_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "policies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"document_number" varchar,
  	"issuer" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"effective_at" timestamp(3) with time zone,
  	"validity" "enum_policies_validity" DEFAULT 'current',
  	"level" "enum_policies_level",
  	"summary" varchar,
  	"body" jsonb,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"review_status" "enum_policies_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"visibility" "enum_policies_visibility" DEFAULT 'public',
  	"updated_by_id" integer,
  	"import_source" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_policies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "policies_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "policies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"policies_id" integer,
  	"organizations_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_policies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_document_number" varchar,
  	"version_issuer" varchar,
  	"version_issued_at" timestamp(3) with time zone,
  	"version_effective_at" timestamp(3) with time zone,
  	"version_validity" "enum__policies_v_version_validity" DEFAULT 'current',
  	"version_level" "enum__policies_v_version_level",
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_review_status" "enum__policies_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_visibility" "enum__policies_v_version_visibility" DEFAULT 'public',
  	"version_updated_by_id" integer,
  	"version_import_source" varchar,
  	"version_import_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__policies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_policies_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_policies_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"policies_id" integer,
  	"organizations_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "videos_chapters" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"time" varchar,
  	"title" varchar
  );
  
  CREATE TABLE "videos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum_videos_kind" DEFAULT 'micro',
  	"duration" varchar,
  	"summary" varchar,
  	"file_id" integer,
  	"external_url" varchar,
  	"poster_id" integer,
  	"subtitles_id" integer,
  	"synopsis" varchar,
  	"transcript" jsonb,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"review_status" "enum_videos_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"visibility" "enum_videos_visibility" DEFAULT 'public',
  	"updated_by_id" integer,
  	"import_source" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_videos_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "videos_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "videos_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_videos_v_version_chapters" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"time" varchar,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_videos_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_kind" "enum__videos_v_version_kind" DEFAULT 'micro',
  	"version_duration" varchar,
  	"version_summary" varchar,
  	"version_file_id" integer,
  	"version_external_url" varchar,
  	"version_poster_id" integer,
  	"version_subtitles_id" integer,
  	"version_synopsis" varchar,
  	"version_transcript" jsonb,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_review_status" "enum__videos_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_visibility" "enum__videos_v_version_visibility" DEFAULT 'public',
  	"version_updated_by_id" integer,
  	"version_import_source" varchar,
  	"version_import_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__videos_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_videos_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_videos_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "lectures_chapters" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"time" varchar,
  	"title" varchar
  );
  
  CREATE TABLE "lectures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"speaker_name" varchar,
  	"speaker_title" varchar,
  	"speaker_affiliation" varchar,
  	"speaker_bio" varchar,
  	"speaker_photo_id" integer,
  	"format" "enum_lectures_format" DEFAULT 'video',
  	"held_at" timestamp(3) with time zone,
  	"duration" varchar,
  	"summary" varchar,
  	"media_id" integer,
  	"slides_id" integer,
  	"transcript" jsonb,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"review_status" "enum_lectures_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"visibility" "enum_lectures_visibility" DEFAULT 'public',
  	"updated_by_id" integer,
  	"import_source" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_lectures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "lectures_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "lectures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_lectures_v_version_chapters" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"time" varchar,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_lectures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_speaker_name" varchar,
  	"version_speaker_title" varchar,
  	"version_speaker_affiliation" varchar,
  	"version_speaker_bio" varchar,
  	"version_speaker_photo_id" integer,
  	"version_format" "enum__lectures_v_version_format" DEFAULT 'video',
  	"version_held_at" timestamp(3) with time zone,
  	"version_duration" varchar,
  	"version_summary" varchar,
  	"version_media_id" integer,
  	"version_slides_id" integer,
  	"version_transcript" jsonb,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_review_status" "enum__lectures_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_visibility" "enum__lectures_v_version_visibility" DEFAULT 'public',
  	"version_updated_by_id" integer,
  	"version_import_source" varchar,
  	"version_import_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__lectures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_lectures_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_lectures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "announcements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"review_status" "enum_announcements_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"visibility" "enum_announcements_visibility" DEFAULT 'public',
  	"pinned" boolean DEFAULT false,
  	"expires_at" timestamp(3) with time zone,
  	"updated_by_id" integer,
  	"import_source" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_announcements_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "announcements_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer
  );
  
  CREATE TABLE "_announcements_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_review_status" "enum__announcements_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_visibility" "enum__announcements_v_version_visibility" DEFAULT 'public',
  	"version_pinned" boolean DEFAULT false,
  	"version_expires_at" timestamp(3) with time zone,
  	"version_updated_by_id" integer,
  	"version_import_source" varchar,
  	"version_import_hash" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__announcements_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_announcements_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"cover_id" integer,
  	"slug" varchar,
  	"import_source" varchar,
  	"import_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"content_hash" varchar,
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
  	"sizes_content_url" varchar,
  	"sizes_content_width" numeric,
  	"sizes_content_height" numeric,
  	"sizes_content_mime_type" varchar,
  	"sizes_content_filesize" numeric,
  	"sizes_content_filename" varchar
  );
  
  CREATE TABLE "organizations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_organizations_kind" DEFAULT 'branch',
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organizations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'member' NOT NULL,
  	"organization_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
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
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"policies_id" integer,
  	"videos_id" integer,
  	"lectures_id" integer,
  	"announcements_id" integer,
  	"topics_id" integer,
  	"media_id" integer,
  	"organizations_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_source_document_id_media_id_fk" FOREIGN KEY ("source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_texts" ADD CONSTRAINT "articles_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_source_document_id_media_id_fk" FOREIGN KEY ("version_source_document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_texts" ADD CONSTRAINT "_articles_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies_texts" ADD CONSTRAINT "policies_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_parent_id_policies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v_texts" ADD CONSTRAINT "_policies_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_chapters" ADD CONSTRAINT "videos_chapters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_subtitles_id_media_id_fk" FOREIGN KEY ("subtitles_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_texts" ADD CONSTRAINT "videos_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos_rels" ADD CONSTRAINT "videos_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_version_chapters" ADD CONSTRAINT "_videos_v_version_chapters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_parent_id_videos_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_file_id_media_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_poster_id_media_id_fk" FOREIGN KEY ("version_poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_subtitles_id_media_id_fk" FOREIGN KEY ("version_subtitles_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v_texts" ADD CONSTRAINT "_videos_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v_rels" ADD CONSTRAINT "_videos_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lectures_chapters" ADD CONSTRAINT "lectures_chapters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."lectures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lectures" ADD CONSTRAINT "lectures_speaker_photo_id_media_id_fk" FOREIGN KEY ("speaker_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lectures" ADD CONSTRAINT "lectures_media_id_media_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lectures" ADD CONSTRAINT "lectures_slides_id_media_id_fk" FOREIGN KEY ("slides_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lectures" ADD CONSTRAINT "lectures_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lectures" ADD CONSTRAINT "lectures_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lectures_texts" ADD CONSTRAINT "lectures_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lectures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lectures_rels" ADD CONSTRAINT "lectures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lectures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lectures_rels" ADD CONSTRAINT "lectures_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "lectures_rels" ADD CONSTRAINT "lectures_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lectures_v_version_chapters" ADD CONSTRAINT "_lectures_v_version_chapters_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_lectures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lectures_v" ADD CONSTRAINT "_lectures_v_parent_id_lectures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."lectures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lectures_v" ADD CONSTRAINT "_lectures_v_version_speaker_photo_id_media_id_fk" FOREIGN KEY ("version_speaker_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lectures_v" ADD CONSTRAINT "_lectures_v_version_media_id_media_id_fk" FOREIGN KEY ("version_media_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lectures_v" ADD CONSTRAINT "_lectures_v_version_slides_id_media_id_fk" FOREIGN KEY ("version_slides_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lectures_v" ADD CONSTRAINT "_lectures_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lectures_v" ADD CONSTRAINT "_lectures_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lectures_v_texts" ADD CONSTRAINT "_lectures_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_lectures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lectures_v_rels" ADD CONSTRAINT "_lectures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_lectures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lectures_v_rels" ADD CONSTRAINT "_lectures_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_lectures_v_rels" ADD CONSTRAINT "_lectures_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements" ADD CONSTRAINT "announcements_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcements" ADD CONSTRAINT "announcements_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcements_rels" ADD CONSTRAINT "announcements_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements_rels" ADD CONSTRAINT "announcements_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v" ADD CONSTRAINT "_announcements_v_parent_id_announcements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."announcements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v" ADD CONSTRAINT "_announcements_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v" ADD CONSTRAINT "_announcements_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v_rels" ADD CONSTRAINT "_announcements_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_announcements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v_rels" ADD CONSTRAINT "_announcements_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations_rels" ADD CONSTRAINT "organizations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_rels" ADD CONSTRAINT "organizations_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_lectures_fk" FOREIGN KEY ("lectures_id") REFERENCES "public"."lectures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_announcements_fk" FOREIGN KEY ("announcements_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_cover_idx" ON "articles" USING btree ("cover_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_review_status_idx" ON "articles" USING btree ("review_status");
  CREATE INDEX "articles_reviewed_by_idx" ON "articles" USING btree ("reviewed_by_id");
  CREATE INDEX "articles_visibility_idx" ON "articles" USING btree ("visibility");
  CREATE INDEX "articles_source_document_idx" ON "articles" USING btree ("source_document_id");
  CREATE INDEX "articles_updated_by_idx" ON "articles" USING btree ("updated_by_id");
  CREATE UNIQUE INDEX "articles_import_source_idx" ON "articles" USING btree ("import_source");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_texts_order_parent" ON "articles_texts" USING btree ("order","parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_organizations_id_idx" ON "articles_rels" USING btree ("organizations_id");
  CREATE INDEX "articles_rels_topics_id_idx" ON "articles_rels" USING btree ("topics_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_cover_idx" ON "_articles_v" USING btree ("version_cover_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_review_status_idx" ON "_articles_v" USING btree ("version_review_status");
  CREATE INDEX "_articles_v_version_version_reviewed_by_idx" ON "_articles_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_articles_v_version_version_visibility_idx" ON "_articles_v" USING btree ("version_visibility");
  CREATE INDEX "_articles_v_version_version_source_document_idx" ON "_articles_v" USING btree ("version_source_document_id");
  CREATE INDEX "_articles_v_version_version_updated_by_idx" ON "_articles_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_articles_v_version_version_import_source_idx" ON "_articles_v" USING btree ("version_import_source");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_texts_order_parent" ON "_articles_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_organizations_id_idx" ON "_articles_v_rels" USING btree ("organizations_id");
  CREATE INDEX "_articles_v_rels_topics_id_idx" ON "_articles_v_rels" USING btree ("topics_id");
  CREATE INDEX "policies_document_number_idx" ON "policies" USING btree ("document_number");
  CREATE INDEX "policies_issuer_idx" ON "policies" USING btree ("issuer");
  CREATE INDEX "policies_validity_idx" ON "policies" USING btree ("validity");
  CREATE INDEX "policies_level_idx" ON "policies" USING btree ("level");
  CREATE UNIQUE INDEX "policies_slug_idx" ON "policies" USING btree ("slug");
  CREATE INDEX "policies_published_at_idx" ON "policies" USING btree ("published_at");
  CREATE INDEX "policies_review_status_idx" ON "policies" USING btree ("review_status");
  CREATE INDEX "policies_reviewed_by_idx" ON "policies" USING btree ("reviewed_by_id");
  CREATE INDEX "policies_visibility_idx" ON "policies" USING btree ("visibility");
  CREATE INDEX "policies_updated_by_idx" ON "policies" USING btree ("updated_by_id");
  CREATE UNIQUE INDEX "policies_import_source_idx" ON "policies" USING btree ("import_source");
  CREATE INDEX "policies_updated_at_idx" ON "policies" USING btree ("updated_at");
  CREATE INDEX "policies_created_at_idx" ON "policies" USING btree ("created_at");
  CREATE INDEX "policies__status_idx" ON "policies" USING btree ("_status");
  CREATE INDEX "policies_texts_order_parent" ON "policies_texts" USING btree ("order","parent_id");
  CREATE INDEX "policies_rels_order_idx" ON "policies_rels" USING btree ("order");
  CREATE INDEX "policies_rels_parent_idx" ON "policies_rels" USING btree ("parent_id");
  CREATE INDEX "policies_rels_path_idx" ON "policies_rels" USING btree ("path");
  CREATE INDEX "policies_rels_media_id_idx" ON "policies_rels" USING btree ("media_id");
  CREATE INDEX "policies_rels_policies_id_idx" ON "policies_rels" USING btree ("policies_id");
  CREATE INDEX "policies_rels_organizations_id_idx" ON "policies_rels" USING btree ("organizations_id");
  CREATE INDEX "policies_rels_topics_id_idx" ON "policies_rels" USING btree ("topics_id");
  CREATE INDEX "_policies_v_parent_idx" ON "_policies_v" USING btree ("parent_id");
  CREATE INDEX "_policies_v_version_version_document_number_idx" ON "_policies_v" USING btree ("version_document_number");
  CREATE INDEX "_policies_v_version_version_issuer_idx" ON "_policies_v" USING btree ("version_issuer");
  CREATE INDEX "_policies_v_version_version_validity_idx" ON "_policies_v" USING btree ("version_validity");
  CREATE INDEX "_policies_v_version_version_level_idx" ON "_policies_v" USING btree ("version_level");
  CREATE INDEX "_policies_v_version_version_slug_idx" ON "_policies_v" USING btree ("version_slug");
  CREATE INDEX "_policies_v_version_version_published_at_idx" ON "_policies_v" USING btree ("version_published_at");
  CREATE INDEX "_policies_v_version_version_review_status_idx" ON "_policies_v" USING btree ("version_review_status");
  CREATE INDEX "_policies_v_version_version_reviewed_by_idx" ON "_policies_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_policies_v_version_version_visibility_idx" ON "_policies_v" USING btree ("version_visibility");
  CREATE INDEX "_policies_v_version_version_updated_by_idx" ON "_policies_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_policies_v_version_version_import_source_idx" ON "_policies_v" USING btree ("version_import_source");
  CREATE INDEX "_policies_v_version_version_updated_at_idx" ON "_policies_v" USING btree ("version_updated_at");
  CREATE INDEX "_policies_v_version_version_created_at_idx" ON "_policies_v" USING btree ("version_created_at");
  CREATE INDEX "_policies_v_version_version__status_idx" ON "_policies_v" USING btree ("version__status");
  CREATE INDEX "_policies_v_created_at_idx" ON "_policies_v" USING btree ("created_at");
  CREATE INDEX "_policies_v_updated_at_idx" ON "_policies_v" USING btree ("updated_at");
  CREATE INDEX "_policies_v_latest_idx" ON "_policies_v" USING btree ("latest");
  CREATE INDEX "_policies_v_texts_order_parent" ON "_policies_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_policies_v_rels_order_idx" ON "_policies_v_rels" USING btree ("order");
  CREATE INDEX "_policies_v_rels_parent_idx" ON "_policies_v_rels" USING btree ("parent_id");
  CREATE INDEX "_policies_v_rels_path_idx" ON "_policies_v_rels" USING btree ("path");
  CREATE INDEX "_policies_v_rels_media_id_idx" ON "_policies_v_rels" USING btree ("media_id");
  CREATE INDEX "_policies_v_rels_policies_id_idx" ON "_policies_v_rels" USING btree ("policies_id");
  CREATE INDEX "_policies_v_rels_organizations_id_idx" ON "_policies_v_rels" USING btree ("organizations_id");
  CREATE INDEX "_policies_v_rels_topics_id_idx" ON "_policies_v_rels" USING btree ("topics_id");
  CREATE INDEX "videos_chapters_order_idx" ON "videos_chapters" USING btree ("_order");
  CREATE INDEX "videos_chapters_parent_id_idx" ON "videos_chapters" USING btree ("_parent_id");
  CREATE INDEX "videos_kind_idx" ON "videos" USING btree ("kind");
  CREATE INDEX "videos_file_idx" ON "videos" USING btree ("file_id");
  CREATE INDEX "videos_poster_idx" ON "videos" USING btree ("poster_id");
  CREATE INDEX "videos_subtitles_idx" ON "videos" USING btree ("subtitles_id");
  CREATE UNIQUE INDEX "videos_slug_idx" ON "videos" USING btree ("slug");
  CREATE INDEX "videos_published_at_idx" ON "videos" USING btree ("published_at");
  CREATE INDEX "videos_review_status_idx" ON "videos" USING btree ("review_status");
  CREATE INDEX "videos_reviewed_by_idx" ON "videos" USING btree ("reviewed_by_id");
  CREATE INDEX "videos_visibility_idx" ON "videos" USING btree ("visibility");
  CREATE INDEX "videos_updated_by_idx" ON "videos" USING btree ("updated_by_id");
  CREATE UNIQUE INDEX "videos_import_source_idx" ON "videos" USING btree ("import_source");
  CREATE INDEX "videos_updated_at_idx" ON "videos" USING btree ("updated_at");
  CREATE INDEX "videos_created_at_idx" ON "videos" USING btree ("created_at");
  CREATE INDEX "videos__status_idx" ON "videos" USING btree ("_status");
  CREATE INDEX "videos_texts_order_parent" ON "videos_texts" USING btree ("order","parent_id");
  CREATE INDEX "videos_rels_order_idx" ON "videos_rels" USING btree ("order");
  CREATE INDEX "videos_rels_parent_idx" ON "videos_rels" USING btree ("parent_id");
  CREATE INDEX "videos_rels_path_idx" ON "videos_rels" USING btree ("path");
  CREATE INDEX "videos_rels_organizations_id_idx" ON "videos_rels" USING btree ("organizations_id");
  CREATE INDEX "videos_rels_topics_id_idx" ON "videos_rels" USING btree ("topics_id");
  CREATE INDEX "_videos_v_version_chapters_order_idx" ON "_videos_v_version_chapters" USING btree ("_order");
  CREATE INDEX "_videos_v_version_chapters_parent_id_idx" ON "_videos_v_version_chapters" USING btree ("_parent_id");
  CREATE INDEX "_videos_v_parent_idx" ON "_videos_v" USING btree ("parent_id");
  CREATE INDEX "_videos_v_version_version_kind_idx" ON "_videos_v" USING btree ("version_kind");
  CREATE INDEX "_videos_v_version_version_file_idx" ON "_videos_v" USING btree ("version_file_id");
  CREATE INDEX "_videos_v_version_version_poster_idx" ON "_videos_v" USING btree ("version_poster_id");
  CREATE INDEX "_videos_v_version_version_subtitles_idx" ON "_videos_v" USING btree ("version_subtitles_id");
  CREATE INDEX "_videos_v_version_version_slug_idx" ON "_videos_v" USING btree ("version_slug");
  CREATE INDEX "_videos_v_version_version_published_at_idx" ON "_videos_v" USING btree ("version_published_at");
  CREATE INDEX "_videos_v_version_version_review_status_idx" ON "_videos_v" USING btree ("version_review_status");
  CREATE INDEX "_videos_v_version_version_reviewed_by_idx" ON "_videos_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_videos_v_version_version_visibility_idx" ON "_videos_v" USING btree ("version_visibility");
  CREATE INDEX "_videos_v_version_version_updated_by_idx" ON "_videos_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_videos_v_version_version_import_source_idx" ON "_videos_v" USING btree ("version_import_source");
  CREATE INDEX "_videos_v_version_version_updated_at_idx" ON "_videos_v" USING btree ("version_updated_at");
  CREATE INDEX "_videos_v_version_version_created_at_idx" ON "_videos_v" USING btree ("version_created_at");
  CREATE INDEX "_videos_v_version_version__status_idx" ON "_videos_v" USING btree ("version__status");
  CREATE INDEX "_videos_v_created_at_idx" ON "_videos_v" USING btree ("created_at");
  CREATE INDEX "_videos_v_updated_at_idx" ON "_videos_v" USING btree ("updated_at");
  CREATE INDEX "_videos_v_latest_idx" ON "_videos_v" USING btree ("latest");
  CREATE INDEX "_videos_v_texts_order_parent" ON "_videos_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_videos_v_rels_order_idx" ON "_videos_v_rels" USING btree ("order");
  CREATE INDEX "_videos_v_rels_parent_idx" ON "_videos_v_rels" USING btree ("parent_id");
  CREATE INDEX "_videos_v_rels_path_idx" ON "_videos_v_rels" USING btree ("path");
  CREATE INDEX "_videos_v_rels_organizations_id_idx" ON "_videos_v_rels" USING btree ("organizations_id");
  CREATE INDEX "_videos_v_rels_topics_id_idx" ON "_videos_v_rels" USING btree ("topics_id");
  CREATE INDEX "lectures_chapters_order_idx" ON "lectures_chapters" USING btree ("_order");
  CREATE INDEX "lectures_chapters_parent_id_idx" ON "lectures_chapters" USING btree ("_parent_id");
  CREATE INDEX "lectures_speaker_speaker_photo_idx" ON "lectures" USING btree ("speaker_photo_id");
  CREATE INDEX "lectures_format_idx" ON "lectures" USING btree ("format");
  CREATE INDEX "lectures_media_idx" ON "lectures" USING btree ("media_id");
  CREATE INDEX "lectures_slides_idx" ON "lectures" USING btree ("slides_id");
  CREATE UNIQUE INDEX "lectures_slug_idx" ON "lectures" USING btree ("slug");
  CREATE INDEX "lectures_published_at_idx" ON "lectures" USING btree ("published_at");
  CREATE INDEX "lectures_review_status_idx" ON "lectures" USING btree ("review_status");
  CREATE INDEX "lectures_reviewed_by_idx" ON "lectures" USING btree ("reviewed_by_id");
  CREATE INDEX "lectures_visibility_idx" ON "lectures" USING btree ("visibility");
  CREATE INDEX "lectures_updated_by_idx" ON "lectures" USING btree ("updated_by_id");
  CREATE UNIQUE INDEX "lectures_import_source_idx" ON "lectures" USING btree ("import_source");
  CREATE INDEX "lectures_updated_at_idx" ON "lectures" USING btree ("updated_at");
  CREATE INDEX "lectures_created_at_idx" ON "lectures" USING btree ("created_at");
  CREATE INDEX "lectures__status_idx" ON "lectures" USING btree ("_status");
  CREATE INDEX "lectures_texts_order_parent" ON "lectures_texts" USING btree ("order","parent_id");
  CREATE INDEX "lectures_rels_order_idx" ON "lectures_rels" USING btree ("order");
  CREATE INDEX "lectures_rels_parent_idx" ON "lectures_rels" USING btree ("parent_id");
  CREATE INDEX "lectures_rels_path_idx" ON "lectures_rels" USING btree ("path");
  CREATE INDEX "lectures_rels_organizations_id_idx" ON "lectures_rels" USING btree ("organizations_id");
  CREATE INDEX "lectures_rels_topics_id_idx" ON "lectures_rels" USING btree ("topics_id");
  CREATE INDEX "_lectures_v_version_chapters_order_idx" ON "_lectures_v_version_chapters" USING btree ("_order");
  CREATE INDEX "_lectures_v_version_chapters_parent_id_idx" ON "_lectures_v_version_chapters" USING btree ("_parent_id");
  CREATE INDEX "_lectures_v_parent_idx" ON "_lectures_v" USING btree ("parent_id");
  CREATE INDEX "_lectures_v_version_speaker_version_speaker_photo_idx" ON "_lectures_v" USING btree ("version_speaker_photo_id");
  CREATE INDEX "_lectures_v_version_version_format_idx" ON "_lectures_v" USING btree ("version_format");
  CREATE INDEX "_lectures_v_version_version_media_idx" ON "_lectures_v" USING btree ("version_media_id");
  CREATE INDEX "_lectures_v_version_version_slides_idx" ON "_lectures_v" USING btree ("version_slides_id");
  CREATE INDEX "_lectures_v_version_version_slug_idx" ON "_lectures_v" USING btree ("version_slug");
  CREATE INDEX "_lectures_v_version_version_published_at_idx" ON "_lectures_v" USING btree ("version_published_at");
  CREATE INDEX "_lectures_v_version_version_review_status_idx" ON "_lectures_v" USING btree ("version_review_status");
  CREATE INDEX "_lectures_v_version_version_reviewed_by_idx" ON "_lectures_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_lectures_v_version_version_visibility_idx" ON "_lectures_v" USING btree ("version_visibility");
  CREATE INDEX "_lectures_v_version_version_updated_by_idx" ON "_lectures_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_lectures_v_version_version_import_source_idx" ON "_lectures_v" USING btree ("version_import_source");
  CREATE INDEX "_lectures_v_version_version_updated_at_idx" ON "_lectures_v" USING btree ("version_updated_at");
  CREATE INDEX "_lectures_v_version_version_created_at_idx" ON "_lectures_v" USING btree ("version_created_at");
  CREATE INDEX "_lectures_v_version_version__status_idx" ON "_lectures_v" USING btree ("version__status");
  CREATE INDEX "_lectures_v_created_at_idx" ON "_lectures_v" USING btree ("created_at");
  CREATE INDEX "_lectures_v_updated_at_idx" ON "_lectures_v" USING btree ("updated_at");
  CREATE INDEX "_lectures_v_latest_idx" ON "_lectures_v" USING btree ("latest");
  CREATE INDEX "_lectures_v_texts_order_parent" ON "_lectures_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_lectures_v_rels_order_idx" ON "_lectures_v_rels" USING btree ("order");
  CREATE INDEX "_lectures_v_rels_parent_idx" ON "_lectures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_lectures_v_rels_path_idx" ON "_lectures_v_rels" USING btree ("path");
  CREATE INDEX "_lectures_v_rels_organizations_id_idx" ON "_lectures_v_rels" USING btree ("organizations_id");
  CREATE INDEX "_lectures_v_rels_topics_id_idx" ON "_lectures_v_rels" USING btree ("topics_id");
  CREATE UNIQUE INDEX "announcements_slug_idx" ON "announcements" USING btree ("slug");
  CREATE INDEX "announcements_published_at_idx" ON "announcements" USING btree ("published_at");
  CREATE INDEX "announcements_review_status_idx" ON "announcements" USING btree ("review_status");
  CREATE INDEX "announcements_reviewed_by_idx" ON "announcements" USING btree ("reviewed_by_id");
  CREATE INDEX "announcements_visibility_idx" ON "announcements" USING btree ("visibility");
  CREATE INDEX "announcements_pinned_idx" ON "announcements" USING btree ("pinned");
  CREATE INDEX "announcements_expires_at_idx" ON "announcements" USING btree ("expires_at");
  CREATE INDEX "announcements_updated_by_idx" ON "announcements" USING btree ("updated_by_id");
  CREATE UNIQUE INDEX "announcements_import_source_idx" ON "announcements" USING btree ("import_source");
  CREATE INDEX "announcements_updated_at_idx" ON "announcements" USING btree ("updated_at");
  CREATE INDEX "announcements_created_at_idx" ON "announcements" USING btree ("created_at");
  CREATE INDEX "announcements__status_idx" ON "announcements" USING btree ("_status");
  CREATE INDEX "announcements_rels_order_idx" ON "announcements_rels" USING btree ("order");
  CREATE INDEX "announcements_rels_parent_idx" ON "announcements_rels" USING btree ("parent_id");
  CREATE INDEX "announcements_rels_path_idx" ON "announcements_rels" USING btree ("path");
  CREATE INDEX "announcements_rels_organizations_id_idx" ON "announcements_rels" USING btree ("organizations_id");
  CREATE INDEX "_announcements_v_parent_idx" ON "_announcements_v" USING btree ("parent_id");
  CREATE INDEX "_announcements_v_version_version_slug_idx" ON "_announcements_v" USING btree ("version_slug");
  CREATE INDEX "_announcements_v_version_version_published_at_idx" ON "_announcements_v" USING btree ("version_published_at");
  CREATE INDEX "_announcements_v_version_version_review_status_idx" ON "_announcements_v" USING btree ("version_review_status");
  CREATE INDEX "_announcements_v_version_version_reviewed_by_idx" ON "_announcements_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_announcements_v_version_version_visibility_idx" ON "_announcements_v" USING btree ("version_visibility");
  CREATE INDEX "_announcements_v_version_version_pinned_idx" ON "_announcements_v" USING btree ("version_pinned");
  CREATE INDEX "_announcements_v_version_version_expires_at_idx" ON "_announcements_v" USING btree ("version_expires_at");
  CREATE INDEX "_announcements_v_version_version_updated_by_idx" ON "_announcements_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_announcements_v_version_version_import_source_idx" ON "_announcements_v" USING btree ("version_import_source");
  CREATE INDEX "_announcements_v_version_version_updated_at_idx" ON "_announcements_v" USING btree ("version_updated_at");
  CREATE INDEX "_announcements_v_version_version_created_at_idx" ON "_announcements_v" USING btree ("version_created_at");
  CREATE INDEX "_announcements_v_version_version__status_idx" ON "_announcements_v" USING btree ("version__status");
  CREATE INDEX "_announcements_v_created_at_idx" ON "_announcements_v" USING btree ("created_at");
  CREATE INDEX "_announcements_v_updated_at_idx" ON "_announcements_v" USING btree ("updated_at");
  CREATE INDEX "_announcements_v_latest_idx" ON "_announcements_v" USING btree ("latest");
  CREATE INDEX "_announcements_v_rels_order_idx" ON "_announcements_v_rels" USING btree ("order");
  CREATE INDEX "_announcements_v_rels_parent_idx" ON "_announcements_v_rels" USING btree ("parent_id");
  CREATE INDEX "_announcements_v_rels_path_idx" ON "_announcements_v_rels" USING btree ("path");
  CREATE INDEX "_announcements_v_rels_organizations_id_idx" ON "_announcements_v_rels" USING btree ("organizations_id");
  CREATE INDEX "topics_cover_idx" ON "topics" USING btree ("cover_id");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE UNIQUE INDEX "topics_import_source_idx" ON "topics" USING btree ("import_source");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "media_content_hash_idx" ON "media" USING btree ("content_hash");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_content_sizes_content_filename_idx" ON "media" USING btree ("sizes_content_filename");
  CREATE INDEX "organizations_parent_idx" ON "organizations" USING btree ("parent_id");
  CREATE INDEX "organizations_updated_at_idx" ON "organizations" USING btree ("updated_at");
  CREATE INDEX "organizations_created_at_idx" ON "organizations" USING btree ("created_at");
  CREATE INDEX "organizations_rels_order_idx" ON "organizations_rels" USING btree ("order");
  CREATE INDEX "organizations_rels_parent_idx" ON "organizations_rels" USING btree ("parent_id");
  CREATE INDEX "organizations_rels_path_idx" ON "organizations_rels" USING btree ("path");
  CREATE INDEX "organizations_rels_organizations_id_idx" ON "organizations_rels" USING btree ("organizations_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_organization_idx" ON "users" USING btree ("organization_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
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
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_policies_id_idx" ON "payload_locked_documents_rels" USING btree ("policies_id");
  CREATE INDEX "payload_locked_documents_rels_videos_id_idx" ON "payload_locked_documents_rels" USING btree ("videos_id");
  CREATE INDEX "payload_locked_documents_rels_lectures_id_idx" ON "payload_locked_documents_rels" USING btree ("lectures_id");
  CREATE INDEX "payload_locked_documents_rels_announcements_id_idx" ON "payload_locked_documents_rels" USING btree ("announcements_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_organizations_id_idx" ON "payload_locked_documents_rels" USING btree ("organizations_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_texts" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_texts" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "policies" CASCADE;
  DROP TABLE "policies_texts" CASCADE;
  DROP TABLE "policies_rels" CASCADE;
  DROP TABLE "_policies_v" CASCADE;
  DROP TABLE "_policies_v_texts" CASCADE;
  DROP TABLE "_policies_v_rels" CASCADE;
  DROP TABLE "videos_chapters" CASCADE;
  DROP TABLE "videos" CASCADE;
  DROP TABLE "videos_texts" CASCADE;
  DROP TABLE "videos_rels" CASCADE;
  DROP TABLE "_videos_v_version_chapters" CASCADE;
  DROP TABLE "_videos_v" CASCADE;
  DROP TABLE "_videos_v_texts" CASCADE;
  DROP TABLE "_videos_v_rels" CASCADE;
  DROP TABLE "lectures_chapters" CASCADE;
  DROP TABLE "lectures" CASCADE;
  DROP TABLE "lectures_texts" CASCADE;
  DROP TABLE "lectures_rels" CASCADE;
  DROP TABLE "_lectures_v_version_chapters" CASCADE;
  DROP TABLE "_lectures_v" CASCADE;
  DROP TABLE "_lectures_v_texts" CASCADE;
  DROP TABLE "_lectures_v_rels" CASCADE;
  DROP TABLE "announcements" CASCADE;
  DROP TABLE "announcements_rels" CASCADE;
  DROP TABLE "_announcements_v" CASCADE;
  DROP TABLE "_announcements_v_rels" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "organizations" CASCADE;
  DROP TABLE "organizations_rels" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_articles_review_status";
  DROP TYPE "public"."enum_articles_visibility";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_review_status";
  DROP TYPE "public"."enum__articles_v_version_visibility";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_policies_validity";
  DROP TYPE "public"."enum_policies_level";
  DROP TYPE "public"."enum_policies_review_status";
  DROP TYPE "public"."enum_policies_visibility";
  DROP TYPE "public"."enum_policies_status";
  DROP TYPE "public"."enum__policies_v_version_validity";
  DROP TYPE "public"."enum__policies_v_version_level";
  DROP TYPE "public"."enum__policies_v_version_review_status";
  DROP TYPE "public"."enum__policies_v_version_visibility";
  DROP TYPE "public"."enum__policies_v_version_status";
  DROP TYPE "public"."enum_videos_kind";
  DROP TYPE "public"."enum_videos_review_status";
  DROP TYPE "public"."enum_videos_visibility";
  DROP TYPE "public"."enum_videos_status";
  DROP TYPE "public"."enum__videos_v_version_kind";
  DROP TYPE "public"."enum__videos_v_version_review_status";
  DROP TYPE "public"."enum__videos_v_version_visibility";
  DROP TYPE "public"."enum__videos_v_version_status";
  DROP TYPE "public"."enum_lectures_format";
  DROP TYPE "public"."enum_lectures_review_status";
  DROP TYPE "public"."enum_lectures_visibility";
  DROP TYPE "public"."enum_lectures_status";
  DROP TYPE "public"."enum__lectures_v_version_format";
  DROP TYPE "public"."enum__lectures_v_version_review_status";
  DROP TYPE "public"."enum__lectures_v_version_visibility";
  DROP TYPE "public"."enum__lectures_v_version_status";
  DROP TYPE "public"."enum_announcements_review_status";
  DROP TYPE "public"."enum_announcements_visibility";
  DROP TYPE "public"."enum_announcements_status";
  DROP TYPE "public"."enum__announcements_v_version_review_status";
  DROP TYPE "public"."enum__announcements_v_version_visibility";
  DROP TYPE "public"."enum__announcements_v_version_status";
  DROP TYPE "public"."enum_organizations_kind";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
