import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// 专项答题 (topic quizzes): the `topic-quizzes` collection, generated, and `topic_quiz_results`, a plain
// table written only by cms/src/questions/topicQuizzes/topicQuiz.ts: each member's one scored attempt
// per set (the primary key makes a repeated or concurrent submission one result; practice rounds are
// not stored).

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_topic_quizzes_review_status" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum_topic_quizzes_visibility" AS ENUM('public', 'members', 'organizations');
  CREATE TYPE "public"."enum_topic_quizzes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__topic_quizzes_v_version_review_status" AS ENUM('draft', 'submitted', 'approved', 'rejected');
  CREATE TYPE "public"."enum__topic_quizzes_v_version_visibility" AS ENUM('public', 'members', 'organizations');
  CREATE TYPE "public"."enum__topic_quizzes_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "topic_quizzes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"description" varchar,
  	"topic" varchar,
  	"policy_id" integer,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"review_status" "enum_topic_quizzes_review_status" DEFAULT 'draft',
  	"review_comment" varchar,
  	"submitted_by_id" integer,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"visibility" "enum_topic_quizzes_visibility" DEFAULT 'public',
  	"updated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_topic_quizzes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "topic_quizzes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"questions_id" integer,
  	"organizations_id" integer
  );
  
  CREATE TABLE "_topic_quizzes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_description" varchar,
  	"version_topic" varchar,
  	"version_policy_id" integer,
  	"version_opens_at" timestamp(3) with time zone,
  	"version_closes_at" timestamp(3) with time zone,
  	"version_review_status" "enum__topic_quizzes_v_version_review_status" DEFAULT 'draft',
  	"version_review_comment" varchar,
  	"version_submitted_by_id" integer,
  	"version_reviewed_by_id" integer,
  	"version_reviewed_at" timestamp(3) with time zone,
  	"version_visibility" "enum__topic_quizzes_v_version_visibility" DEFAULT 'public',
  	"version_updated_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__topic_quizzes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_topic_quizzes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"questions_id" integer,
  	"organizations_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "topic_quizzes_id" integer;
  ALTER TABLE "topic_quizzes" ADD CONSTRAINT "topic_quizzes_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topic_quizzes" ADD CONSTRAINT "topic_quizzes_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topic_quizzes" ADD CONSTRAINT "topic_quizzes_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topic_quizzes" ADD CONSTRAINT "topic_quizzes_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topic_quizzes_rels" ADD CONSTRAINT "topic_quizzes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topic_quizzes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topic_quizzes_rels" ADD CONSTRAINT "topic_quizzes_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topic_quizzes_rels" ADD CONSTRAINT "topic_quizzes_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topic_quizzes_v" ADD CONSTRAINT "_topic_quizzes_v_parent_id_topic_quizzes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topic_quizzes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topic_quizzes_v" ADD CONSTRAINT "_topic_quizzes_v_version_policy_id_policies_id_fk" FOREIGN KEY ("version_policy_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topic_quizzes_v" ADD CONSTRAINT "_topic_quizzes_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topic_quizzes_v" ADD CONSTRAINT "_topic_quizzes_v_version_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topic_quizzes_v" ADD CONSTRAINT "_topic_quizzes_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topic_quizzes_v_rels" ADD CONSTRAINT "_topic_quizzes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_topic_quizzes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topic_quizzes_v_rels" ADD CONSTRAINT "_topic_quizzes_v_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topic_quizzes_v_rels" ADD CONSTRAINT "_topic_quizzes_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "topic_quizzes_policy_idx" ON "topic_quizzes" USING btree ("policy_id");
  CREATE INDEX "topic_quizzes_opens_at_idx" ON "topic_quizzes" USING btree ("opens_at");
  CREATE INDEX "topic_quizzes_closes_at_idx" ON "topic_quizzes" USING btree ("closes_at");
  CREATE INDEX "topic_quizzes_review_status_idx" ON "topic_quizzes" USING btree ("review_status");
  CREATE INDEX "topic_quizzes_submitted_by_idx" ON "topic_quizzes" USING btree ("submitted_by_id");
  CREATE INDEX "topic_quizzes_reviewed_by_idx" ON "topic_quizzes" USING btree ("reviewed_by_id");
  CREATE INDEX "topic_quizzes_visibility_idx" ON "topic_quizzes" USING btree ("visibility");
  CREATE INDEX "topic_quizzes_updated_by_idx" ON "topic_quizzes" USING btree ("updated_by_id");
  CREATE INDEX "topic_quizzes_updated_at_idx" ON "topic_quizzes" USING btree ("updated_at");
  CREATE INDEX "topic_quizzes_created_at_idx" ON "topic_quizzes" USING btree ("created_at");
  CREATE INDEX "topic_quizzes__status_idx" ON "topic_quizzes" USING btree ("_status");
  CREATE INDEX "topic_quizzes_rels_order_idx" ON "topic_quizzes_rels" USING btree ("order");
  CREATE INDEX "topic_quizzes_rels_parent_idx" ON "topic_quizzes_rels" USING btree ("parent_id");
  CREATE INDEX "topic_quizzes_rels_path_idx" ON "topic_quizzes_rels" USING btree ("path");
  CREATE INDEX "topic_quizzes_rels_questions_id_idx" ON "topic_quizzes_rels" USING btree ("questions_id");
  CREATE INDEX "topic_quizzes_rels_organizations_id_idx" ON "topic_quizzes_rels" USING btree ("organizations_id");
  CREATE INDEX "_topic_quizzes_v_parent_idx" ON "_topic_quizzes_v" USING btree ("parent_id");
  CREATE INDEX "_topic_quizzes_v_version_version_policy_idx" ON "_topic_quizzes_v" USING btree ("version_policy_id");
  CREATE INDEX "_topic_quizzes_v_version_version_opens_at_idx" ON "_topic_quizzes_v" USING btree ("version_opens_at");
  CREATE INDEX "_topic_quizzes_v_version_version_closes_at_idx" ON "_topic_quizzes_v" USING btree ("version_closes_at");
  CREATE INDEX "_topic_quizzes_v_version_version_review_status_idx" ON "_topic_quizzes_v" USING btree ("version_review_status");
  CREATE INDEX "_topic_quizzes_v_version_version_submitted_by_idx" ON "_topic_quizzes_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_topic_quizzes_v_version_version_reviewed_by_idx" ON "_topic_quizzes_v" USING btree ("version_reviewed_by_id");
  CREATE INDEX "_topic_quizzes_v_version_version_visibility_idx" ON "_topic_quizzes_v" USING btree ("version_visibility");
  CREATE INDEX "_topic_quizzes_v_version_version_updated_by_idx" ON "_topic_quizzes_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_topic_quizzes_v_version_version_updated_at_idx" ON "_topic_quizzes_v" USING btree ("version_updated_at");
  CREATE INDEX "_topic_quizzes_v_version_version_created_at_idx" ON "_topic_quizzes_v" USING btree ("version_created_at");
  CREATE INDEX "_topic_quizzes_v_version_version__status_idx" ON "_topic_quizzes_v" USING btree ("version__status");
  CREATE INDEX "_topic_quizzes_v_created_at_idx" ON "_topic_quizzes_v" USING btree ("created_at");
  CREATE INDEX "_topic_quizzes_v_updated_at_idx" ON "_topic_quizzes_v" USING btree ("updated_at");
  CREATE INDEX "_topic_quizzes_v_latest_idx" ON "_topic_quizzes_v" USING btree ("latest");
  CREATE INDEX "_topic_quizzes_v_rels_order_idx" ON "_topic_quizzes_v_rels" USING btree ("order");
  CREATE INDEX "_topic_quizzes_v_rels_parent_idx" ON "_topic_quizzes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_topic_quizzes_v_rels_path_idx" ON "_topic_quizzes_v_rels" USING btree ("path");
  CREATE INDEX "_topic_quizzes_v_rels_questions_id_idx" ON "_topic_quizzes_v_rels" USING btree ("questions_id");
  CREATE INDEX "_topic_quizzes_v_rels_organizations_id_idx" ON "_topic_quizzes_v_rels" USING btree ("organizations_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topic_quizzes_fk" FOREIGN KEY ("topic_quizzes_id") REFERENCES "public"."topic_quizzes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_topic_quizzes_id_idx" ON "payload_locked_documents_rels" USING btree ("topic_quizzes_id");`)
  await db.execute(sql`
  CREATE TABLE "topic_quiz_results" (
  	"quiz_id" integer NOT NULL REFERENCES "topic_quizzes"("id") ON DELETE CASCADE,
  	"member_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  	"answers" jsonb NOT NULL,
  	"correct_count" integer NOT NULL,
  	"total" integer NOT NULL,
  	"points_earned" integer NOT NULL DEFAULT 0,
  	"submitted_at" timestamptz NOT NULL DEFAULT now(),
  	PRIMARY KEY ("quiz_id", "member_id")
  );
  CREATE INDEX "topic_quiz_results_member_idx" ON "topic_quiz_results" ("member_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "topic_quiz_results";`)
  await db.execute(sql`
   ALTER TABLE "topic_quizzes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topic_quizzes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topic_quizzes_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_topic_quizzes_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "topic_quizzes" CASCADE;
  DROP TABLE "topic_quizzes_rels" CASCADE;
  DROP TABLE "_topic_quizzes_v" CASCADE;
  DROP TABLE "_topic_quizzes_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_topic_quizzes_fk";
  
  DROP INDEX "payload_locked_documents_rels_topic_quizzes_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "topic_quizzes_id";
  DROP TYPE "public"."enum_topic_quizzes_review_status";
  DROP TYPE "public"."enum_topic_quizzes_visibility";
  DROP TYPE "public"."enum_topic_quizzes_status";
  DROP TYPE "public"."enum__topic_quizzes_v_version_review_status";
  DROP TYPE "public"."enum__topic_quizzes_v_version_visibility";
  DROP TYPE "public"."enum__topic_quizzes_v_version_status";`)
}
