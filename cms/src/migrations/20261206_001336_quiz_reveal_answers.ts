import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_campaigns_quiz_reveal_answers" AS ENUM('afterLastAttempt', 'afterEachAttempt', 'never');
  ALTER TABLE "campaigns" ADD COLUMN "quiz_reveal_answers" "enum_campaigns_quiz_reveal_answers" DEFAULT 'afterLastAttempt';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns" DROP COLUMN "quiz_reveal_answers";
  DROP TYPE "public"."enum_campaigns_quiz_reveal_answers";`)
}
