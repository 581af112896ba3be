import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "points_rules" ADD COLUMN "daily_quiz_points" numeric DEFAULT 1 NOT NULL;
  ALTER TABLE "points_rules" ADD COLUMN "daily_quiz_daily_cap" numeric DEFAULT 5 NOT NULL;
  ALTER TABLE "points_rules" ADD COLUMN "daily_quiz_size" numeric DEFAULT 5 NOT NULL;
  -- Every answer a member gives to a bank question (the editors' statistics, the daily draw);
  -- written by cms/src/questions/member/answerLog.ts only.
  CREATE TABLE "question_answers" (
  	"id" bigserial PRIMARY KEY,
  	"member_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  	"question_id" integer NOT NULL REFERENCES "questions"("id") ON DELETE CASCADE,
  	"context" varchar(8) NOT NULL,
  	"correct" boolean NOT NULL,
  	"response" jsonb NOT NULL,
  	"answered_at" timestamp(3) with time zone NOT NULL DEFAULT now()
  );
  CREATE INDEX "question_answers_member_idx" ON "question_answers" ("member_id", "question_id");
  CREATE INDEX "question_answers_question_idx" ON "question_answers" ("question_id");
  -- The wrong-answer book (错题本): a member's questions whose last answer was wrong.
  CREATE TABLE "wrong_answers" (
  	"member_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  	"question_id" integer NOT NULL REFERENCES "questions"("id") ON DELETE CASCADE,
  	"wrong_count" integer NOT NULL DEFAULT 1,
  	"last_wrong_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
  	"last_response" jsonb NOT NULL,
  	PRIMARY KEY ("member_id", "question_id")
  );
  -- One daily quiz paper per member and study day (China time): drawn once, submitted once.
  CREATE TABLE "daily_papers" (
  	"member_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  	"day" date NOT NULL,
  	"question_ids" integer[] NOT NULL,
  	"answers" jsonb,
  	"correct_count" integer,
  	"points_earned" integer,
  	"submitted_at" timestamp(3) with time zone,
  	PRIMARY KEY ("member_id", "day")
  );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "points_rules" DROP COLUMN "daily_quiz_points";
  ALTER TABLE "points_rules" DROP COLUMN "daily_quiz_daily_cap";
  ALTER TABLE "points_rules" DROP COLUMN "daily_quiz_size";
  DROP TABLE "question_answers", "wrong_answers", "daily_papers";`)
}
