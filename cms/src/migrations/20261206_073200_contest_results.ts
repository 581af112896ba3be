import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Knowledge contests' records (see docs/architecture.md, “Knowledge contests”). Plain tables written
// only by cms/src/contests, not Payload collections:
// - contest_attempts: one row per attempt with its paper (the bank question ids, drawn at start), the
//   shuffle seed, and the deadline fixed at start; scored when handed in or when its time is up.
// - contest_answers: one row per (attempt, question) — the primary key makes a repeated answer one
//   answer; rows are only ever written while the attempt is open and before its deadline.
// - contest_results: each participant's best attempt (score, then time), kept by every hand-in in the
//   same transaction; the leaderboard reads it through its ranking index.
// Contests and bank questions also join the change record (20261206_031700_content_changes), so the
// CMS's contest caches (cms/src/contests/contestQuestionBank.ts) follow their edits.
const followed: Array<[table: string, collection: string, idColumn: 'id' | 'parent_id' | '_parent_id']> = [
  ['contests', 'contests', 'id'],
  ['contests_rels', 'contests', 'parent_id'],
  ['questions', 'questions', 'id'],
  ['questions_options', 'questions', '_parent_id'],
  ['questions_answer_keys', 'questions', 'parent_id'],
  ['questions_texts', 'questions', 'parent_id'],
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "contest_attempts" (
  	"id" serial PRIMARY KEY,
  	"contest_id" integer NOT NULL REFERENCES "contests"("id") ON DELETE CASCADE,
  	"member_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  	"organization_id" integer REFERENCES "organizations"("id") ON DELETE SET NULL,
  	"number" integer NOT NULL CHECK ("number" > 0),
  	"seed" integer NOT NULL,
  	"question_ids" integer[] NOT NULL,
  	"started_at" timestamptz NOT NULL DEFAULT now(),
  	"deadline_at" timestamptz NOT NULL,
  	"submitted_at" timestamptz,
  	"score" integer,
  	"correct_count" integer,
  	"duration_ms" integer,
  	UNIQUE ("contest_id", "member_id", "number")
  );
  CREATE INDEX "contest_attempts_open_idx" ON "contest_attempts" ("contest_id", "deadline_at") WHERE "submitted_at" IS NULL;
  CREATE INDEX "contest_attempts_member_idx" ON "contest_attempts" ("member_id");
  CREATE TABLE "contest_answers" (
  	"attempt_id" integer NOT NULL REFERENCES "contest_attempts"("id") ON DELETE CASCADE,
  	"question_id" integer NOT NULL,
  	"chosen" jsonb NOT NULL,
  	"correct" boolean NOT NULL,
  	"answered_at" timestamptz NOT NULL DEFAULT now(),
  	PRIMARY KEY ("attempt_id", "question_id")
  );
  CREATE TABLE "contest_results" (
  	"contest_id" integer NOT NULL REFERENCES "contests"("id") ON DELETE CASCADE,
  	"member_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  	"organization_id" integer REFERENCES "organizations"("id") ON DELETE SET NULL,
  	"score" integer NOT NULL,
  	"duration_ms" integer NOT NULL,
  	"attempt_number" integer NOT NULL,
  	"attempts" integer NOT NULL,
  	"passed" boolean NOT NULL,
  	"submitted_at" timestamptz NOT NULL,
  	PRIMARY KEY ("contest_id", "member_id")
  );
  CREATE INDEX "contest_results_rank_idx" ON "contest_results" ("contest_id", "score" DESC, "duration_ms", "submitted_at", "member_id");
  CREATE INDEX "contest_results_organization_idx" ON "contest_results" ("contest_id", "organization_id");
  `)
  for (const [table, collection, idColumn] of followed) {
    await db.execute(
      sql.raw(`CREATE TRIGGER "${table}_content_change" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION record_content_change('${collection}', '${idColumn}')`),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const [table] of followed) await db.execute(sql.raw(`DROP TRIGGER IF EXISTS "${table}_content_change" ON "${table}"`))
  await db.execute(sql`
  DROP TABLE IF EXISTS "contest_results";
  DROP TABLE IF EXISTS "contest_answers";
  DROP TABLE IF EXISTS "contest_attempts";
  `)
}
