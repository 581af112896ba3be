import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns_rels" ADD COLUMN "questions_id" integer;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "campaigns_rels_questions_id_idx" ON "campaigns_rels" USING btree ("questions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "campaigns_rels" DROP CONSTRAINT "campaigns_rels_questions_fk";
  
  DROP INDEX "campaigns_rels_questions_id_idx";
  ALTER TABLE "campaigns_rels" DROP COLUMN "questions_id";`)
}
