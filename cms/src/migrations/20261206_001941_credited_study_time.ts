import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Study credit bounded by time the server saw (see docs/architecture.md, “Study tracking”):
// - reading_events keeps each heartbeat's claim and now also what it earned: its visit, the seconds
//   credited and the time they lie in. Rows from before keep their claim as their credit.
// - study_clocks keeps each member's credited time as a multirange instead of the latest heartbeat's
//   time; the time before that heartbeat counts as credited, so nothing is credited twice across the change.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "reading_events"
    ADD COLUMN "visit_id" uuid,
    ADD COLUMN "credited_seconds" smallint NOT NULL DEFAULT 0 CHECK ("credited_seconds" >= 0),
    ADD COLUMN "credited_at" timestamp(3) with time zone;
  ALTER TABLE "reading_events" DISABLE TRIGGER "reading_events_no_update";
  UPDATE "reading_events" SET "credited_seconds" = "active_seconds", "credited_at" = "occurred_at";
  ALTER TABLE "reading_events" ENABLE TRIGGER "reading_events_no_update";
  ALTER TABLE "reading_events" ALTER COLUMN "credited_at" SET NOT NULL;
  ALTER TABLE "study_clocks" ADD COLUMN "credited" tstzmultirange NOT NULL DEFAULT '{}';
  UPDATE "study_clocks" SET "credited" = tstzmultirange(tstzrange(least("last_event_at", now() - interval '8 days'), "last_event_at"))
    WHERE "last_event_at" IS NOT NULL;
  ALTER TABLE "study_clocks" DROP COLUMN "last_event_at";
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "study_clocks" ADD COLUMN "last_event_at" timestamp(3) with time zone;
  UPDATE "study_clocks" SET "last_event_at" = upper("credited") WHERE NOT isempty("credited");
  ALTER TABLE "study_clocks" DROP COLUMN "credited";
  ALTER TABLE "reading_events" DROP COLUMN "visit_id", DROP COLUMN "credited_seconds", DROP COLUMN "credited_at";
  `)
}
