import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "policies" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "_policies_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "videos" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "_videos_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "lectures" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "_lectures_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "announcements" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "lectures" ADD CONSTRAINT "lectures_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_lectures_v" ADD CONSTRAINT "_lectures_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcements" ADD CONSTRAINT "announcements_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v" ADD CONSTRAINT "_announcements_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_submitted_by_idx" ON "articles" USING btree ("submitted_by_id");
  CREATE INDEX "_articles_v_version_version_submitted_by_idx" ON "_articles_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "policies_submitted_by_idx" ON "policies" USING btree ("submitted_by_id");
  CREATE INDEX "_policies_v_version_version_submitted_by_idx" ON "_policies_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "videos_submitted_by_idx" ON "videos" USING btree ("submitted_by_id");
  CREATE INDEX "_videos_v_version_version_submitted_by_idx" ON "_videos_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "lectures_submitted_by_idx" ON "lectures" USING btree ("submitted_by_id");
  CREATE INDEX "_lectures_v_version_version_submitted_by_idx" ON "_lectures_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "announcements_submitted_by_idx" ON "announcements" USING btree ("submitted_by_id");
  CREATE INDEX "_announcements_v_version_version_submitted_by_idx" ON "_announcements_v" USING btree ("version_submitted_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP CONSTRAINT "articles_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "policies" DROP CONSTRAINT "policies_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_policies_v" DROP CONSTRAINT "_policies_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "videos" DROP CONSTRAINT "videos_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_videos_v" DROP CONSTRAINT "_videos_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "lectures" DROP CONSTRAINT "lectures_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_lectures_v" DROP CONSTRAINT "_lectures_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "announcements" DROP CONSTRAINT "announcements_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_announcements_v" DROP CONSTRAINT "_announcements_v_version_submitted_by_id_users_id_fk";
  
  DROP INDEX "articles_submitted_by_idx";
  DROP INDEX "_articles_v_version_version_submitted_by_idx";
  DROP INDEX "policies_submitted_by_idx";
  DROP INDEX "_policies_v_version_version_submitted_by_idx";
  DROP INDEX "videos_submitted_by_idx";
  DROP INDEX "_videos_v_version_version_submitted_by_idx";
  DROP INDEX "lectures_submitted_by_idx";
  DROP INDEX "_lectures_v_version_version_submitted_by_idx";
  DROP INDEX "announcements_submitted_by_idx";
  DROP INDEX "_announcements_v_version_version_submitted_by_idx";
  ALTER TABLE "articles" DROP COLUMN "submitted_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "policies" DROP COLUMN "submitted_by_id";
  ALTER TABLE "_policies_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "videos" DROP COLUMN "submitted_by_id";
  ALTER TABLE "_videos_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "lectures" DROP COLUMN "submitted_by_id";
  ALTER TABLE "_lectures_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "announcements" DROP COLUMN "submitted_by_id";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_submitted_by_id";`)
}
