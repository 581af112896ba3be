import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "questions" ALTER COLUMN "answer_truth" SET DATA TYPE boolean USING ("answer_truth"::text = 'true');
  ALTER TABLE "questions" ALTER COLUMN "answer_truth" SET DEFAULT false;
  ALTER TABLE "_questions_v" ALTER COLUMN "version_answer_truth" SET DATA TYPE boolean USING ("version_answer_truth"::text = 'true');
  ALTER TABLE "_questions_v" ALTER COLUMN "version_answer_truth" SET DEFAULT false;
  DROP TYPE "public"."enum_questions_answer_truth";
  DROP TYPE "public"."enum__questions_v_version_answer_truth";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_questions_answer_truth" AS ENUM('true', 'false');
  CREATE TYPE "public"."enum__questions_v_version_answer_truth" AS ENUM('true', 'false');
  ALTER TABLE "questions" ALTER COLUMN "answer_truth" DROP DEFAULT;
  ALTER TABLE "questions" ALTER COLUMN "answer_truth" SET DATA TYPE "public"."enum_questions_answer_truth" USING "answer_truth"::text::"public"."enum_questions_answer_truth";
  ALTER TABLE "questions" ALTER COLUMN "answer_truth" DROP DEFAULT;
  ALTER TABLE "_questions_v" ALTER COLUMN "version_answer_truth" DROP DEFAULT;
  ALTER TABLE "_questions_v" ALTER COLUMN "version_answer_truth" SET DATA TYPE "public"."enum__questions_v_version_answer_truth" USING "version_answer_truth"::text::"public"."enum__questions_v_version_answer_truth";
  ALTER TABLE "_questions_v" ALTER COLUMN "version_answer_truth" DROP DEFAULT;`)
}
