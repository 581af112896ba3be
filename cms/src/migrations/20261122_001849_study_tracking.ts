import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "points_rules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reading_unit_seconds" numeric DEFAULT 60 NOT NULL,
  	"reading_points" numeric DEFAULT 1 NOT NULL,
  	"reading_daily_cap" numeric DEFAULT 10 NOT NULL,
  	"watching_unit_seconds" numeric DEFAULT 120 NOT NULL,
  	"watching_points" numeric DEFAULT 1 NOT NULL,
  	"watching_daily_cap" numeric DEFAULT 10 NOT NULL,
  	"check_in_points" numeric DEFAULT 1 NOT NULL,
  	"check_in_daily_cap" numeric DEFAULT 1 NOT NULL,
  	"quiz_points" numeric DEFAULT 2 NOT NULL,
  	"quiz_daily_cap" numeric DEFAULT 4 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  `)
  // Study tracking tables, written straight with SQL by cms/src/tracking (not Payload collections,
  // so Payload's schema diff never sees them): see docs/architecture.md, “Study tracking”.
  await db.execute(sql`
  CREATE TABLE "reading_events" (
  	"id" uuid PRIMARY KEY,
  	"user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  	"collection" varchar(32) NOT NULL,
  	"item_id" integer NOT NULL,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"active_seconds" smallint NOT NULL CHECK ("active_seconds" >= 0),
  	"scroll_percent" smallint NOT NULL CHECK ("scroll_percent" BETWEEN 0 AND 100),
  	"watched" int4multirange NOT NULL DEFAULT '{}',
  	"received_at" timestamp(3) with time zone NOT NULL DEFAULT now()
  );
  CREATE INDEX "reading_events_user_occurred_idx" ON "reading_events" ("user_id", "occurred_at");
  CREATE FUNCTION "reading_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'reading_events is append-only';
  END $$;
  CREATE TRIGGER "reading_events_no_update" BEFORE UPDATE ON "reading_events"
    FOR EACH ROW EXECUTE FUNCTION "reading_events_append_only"();
  CREATE TABLE "reading_progress" (
  	"user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  	"collection" varchar(32) NOT NULL,
  	"item_id" integer NOT NULL,
  	"active_seconds" integer NOT NULL DEFAULT 0,
  	"max_scroll_percent" smallint NOT NULL DEFAULT 0,
  	"watched" int4multirange NOT NULL DEFAULT '{}',
  	"media_seconds" integer,
  	"last_event_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
  	PRIMARY KEY ("user_id", "collection", "item_id")
  );
  CREATE INDEX "reading_progress_user_updated_idx" ON "reading_progress" ("user_id", "updated_at" DESC);
  CREATE TABLE "study_daily" (
  	"user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  	"day" date NOT NULL,
  	"kind" varchar(16) NOT NULL,
  	"seconds" integer NOT NULL DEFAULT 0,
  	"points" integer NOT NULL DEFAULT 0,
  	PRIMARY KEY ("user_id", "day", "kind")
  );
  CREATE TABLE "study_clocks" (
  	"user_id" integer PRIMARY KEY REFERENCES "users"("id") ON DELETE CASCADE,
  	"last_event_at" timestamp(3) with time zone
  );
  CREATE TABLE "favorites" (
  	"user_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  	"collection" varchar(32) NOT NULL,
  	"item_id" integer NOT NULL,
  	"created_at" timestamp(3) with time zone NOT NULL DEFAULT now(),
  	PRIMARY KEY ("user_id", "collection", "item_id")
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "points_rules" CASCADE;
  DROP TABLE "favorites", "study_clocks", "study_daily", "reading_progress", "reading_events";
  DROP FUNCTION "reading_events_append_only"();`)
}
