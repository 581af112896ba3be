import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Summaries that keep the organizer dashboard, the export and the leaderboard from recomputing a whole
// campaign per request (see docs/architecture.md, “Campaign summaries”). Plain tables kept by triggers,
// not Payload collections:
// - campaign_standings: each enrolled member's standing as campaignStandings computed it. Triggers bump
//   `changes` whenever the member's progress, check-ins, reflection, quiz attempts or enrolment change;
//   a row whose `computed_changes` lags behind is recomputed by the next reader (storedCampaignStandings).
// - campaign_standings_basis: the plan (reading list, rules, points) the stored standings were computed
//   for; a reader that finds another plan marks every standing of the campaign stale.
// - campaign_daily_readers: per campaign, study day (China time) and enrolment organization, how many
//   enrolled members studied that day within the campaign's period, kept exact by the triggers on
//   study_daily (a member's first study of a day), campaign_enrollments and the campaign's period.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "campaign_standings" (
  	"campaign_id" integer NOT NULL REFERENCES "campaigns"("id") ON DELETE CASCADE,
  	"member_id" integer NOT NULL REFERENCES "users"("id") ON DELETE CASCADE,
  	"changes" bigint NOT NULL DEFAULT 1,
  	"computed_changes" bigint NOT NULL DEFAULT 0,
  	"standing" jsonb,
  	PRIMARY KEY ("campaign_id", "member_id")
  );
  CREATE INDEX "campaign_standings_member_idx" ON "campaign_standings" ("member_id");
  CREATE TABLE "campaign_standings_basis" (
  	"campaign_id" integer PRIMARY KEY REFERENCES "campaigns"("id") ON DELETE CASCADE,
  	"plan_key" text NOT NULL
  );
  CREATE TABLE "campaign_daily_readers" (
  	"campaign_id" integer NOT NULL REFERENCES "campaigns"("id") ON DELETE CASCADE,
  	"day" date NOT NULL,
  	-- The enrolment's organization; 0 for an enrolment without one.
  	"organization_id" integer NOT NULL,
  	"readers" integer NOT NULL,
  	PRIMARY KEY ("campaign_id", "day", "organization_id")
  );

  -- The study day (China time, like studyDay()) of a moment, for campaign periods.
  CREATE FUNCTION "campaign_study_day"(timestamptz) RETURNS date LANGUAGE sql STABLE AS
    $$ SELECT ($1 AT TIME ZONE 'Asia/Shanghai')::date $$;

  -- Adds (sign 1) or removes (sign -1) the study days of these enrolments (campaign_id, member_id,
  -- organization_id) to or from campaign_daily_readers.
  CREATE FUNCTION "campaign_daily_readers_apply"(enrolments jsonb, sign integer) RETURNS void LANGUAGE sql AS $$
    INSERT INTO campaign_daily_readers AS r (campaign_id, day, organization_id, readers)
    SELECT e.campaign_id, a.day, coalesce(e.organization_id, 0), sign * count(*)
    FROM jsonb_to_recordset(enrolments) AS e(campaign_id integer, member_id integer, organization_id integer)
    JOIN campaigns c ON c.id = e.campaign_id
    CROSS JOIN LATERAL (
      SELECT DISTINCT d.day FROM study_daily d
      WHERE d.user_id = e.member_id AND d.seconds > 0
        AND d.day BETWEEN campaign_study_day(c.starts_on) AND campaign_study_day(c.ends_on)
    ) a
    GROUP BY 1, 2, 3
    ON CONFLICT (campaign_id, day, organization_id) DO UPDATE SET readers = r.readers + excluded.readers
  $$;

  -- A member's first study time on a day (a study_daily row with seconds; rows of kinds that carry
  -- time are inserted with seconds > 0, check-in and quiz rows carry none) counts them as a reader of
  -- that day in every campaign they are enrolled in whose period contains it.
  CREATE FUNCTION "campaign_daily_readers_study"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO campaign_daily_readers AS r (campaign_id, day, organization_id, readers)
    SELECT e.campaign_id, n.day, coalesce(e.organization_id, 0), count(*)
    FROM (SELECT user_id, day, count(*) AS added FROM new_rows WHERE seconds > 0 GROUP BY user_id, day) n
    JOIN campaign_enrollments e ON e.member_id = n.user_id
    JOIN campaigns c ON c.id = e.campaign_id
      AND n.day BETWEEN campaign_study_day(c.starts_on) AND campaign_study_day(c.ends_on)
    WHERE (SELECT count(*) FROM study_daily d WHERE d.user_id = n.user_id AND d.day = n.day AND d.seconds > 0) = n.added
    GROUP BY 1, 2, 3
    ON CONFLICT (campaign_id, day, organization_id) DO UPDATE SET readers = r.readers + excluded.readers;
    RETURN NULL;
  END $$;
  CREATE TRIGGER "study_daily_campaign_readers" AFTER INSERT ON "study_daily"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "campaign_daily_readers_study"();

  -- A changed period recounts the campaign's readers.
  CREATE FUNCTION "campaign_daily_readers_period"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM campaign_daily_readers WHERE campaign_id = NEW.id;
    PERFORM campaign_daily_readers_apply(
      (SELECT coalesce(jsonb_agg(jsonb_build_object('campaign_id', campaign_id, 'member_id', member_id, 'organization_id', organization_id)), '[]')
       FROM campaign_enrollments WHERE campaign_id = NEW.id), 1);
    RETURN NULL;
  END $$;
  CREATE TRIGGER "campaigns_period_readers" AFTER UPDATE OF "starts_on", "ends_on" ON "campaigns"
    FOR EACH ROW WHEN (OLD.starts_on IS DISTINCT FROM NEW.starts_on OR OLD.ends_on IS DISTINCT FROM NEW.ends_on)
    EXECUTE FUNCTION "campaign_daily_readers_period"();

  -- Enrolling adds the member's standing row (stale) and their study days so far; leaving removes both;
  -- a changed enrolment (another organization) moves the days and marks the standing stale.
  CREATE FUNCTION "campaign_summaries_enrolment"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      PERFORM campaign_daily_readers_apply((SELECT coalesce(jsonb_agg(to_jsonb(o)), '[]') FROM old_rows o), -1);
    END IF;
    IF TG_OP = 'DELETE' THEN
      DELETE FROM campaign_standings s USING old_rows o WHERE s.campaign_id = o.campaign_id AND s.member_id = o.member_id;
    ELSE
      PERFORM campaign_daily_readers_apply((SELECT coalesce(jsonb_agg(to_jsonb(n)), '[]') FROM new_rows n), 1);
      INSERT INTO campaign_standings AS s (campaign_id, member_id)
      SELECT DISTINCT campaign_id, member_id FROM new_rows WHERE campaign_id IS NOT NULL AND member_id IS NOT NULL
      ON CONFLICT (campaign_id, member_id) DO UPDATE SET changes = s.changes + 1;
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER "campaign_enrollments_summaries_insert" AFTER INSERT ON "campaign_enrollments"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "campaign_summaries_enrolment"();
  CREATE TRIGGER "campaign_enrollments_summaries_update" AFTER UPDATE ON "campaign_enrollments"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "campaign_summaries_enrolment"();
  CREATE TRIGGER "campaign_enrollments_summaries_delete" AFTER DELETE ON "campaign_enrollments"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "campaign_summaries_enrolment"();

  -- A member's check-ins, reflection or quiz attempts changed: their standing in that campaign is stale.
  CREATE FUNCTION "campaign_standings_touch"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE campaign_standings SET changes = changes + 1
    WHERE (campaign_id, member_id) IN ((NEW.campaign_id, NEW.member_id), (OLD.campaign_id, OLD.member_id));
    RETURN NULL;
  END $$;
  CREATE TRIGGER "campaign_check_ins_standings" AFTER INSERT OR UPDATE OR DELETE ON "campaign_check_ins"
    FOR EACH ROW EXECUTE FUNCTION "campaign_standings_touch"();
  CREATE TRIGGER "campaign_reflections_standings" AFTER INSERT OR UPDATE OR DELETE ON "campaign_reflections"
    FOR EACH ROW EXECUTE FUNCTION "campaign_standings_touch"();
  CREATE TRIGGER "quiz_attempts_standings" AFTER INSERT OR UPDATE OR DELETE ON "quiz_attempts"
    FOR EACH ROW EXECUTE FUNCTION "campaign_standings_touch"();

  -- A member's reading progress changed in a way a standing can see (a new item; completion; after
  -- completion, time toward an item's minimum): their standings in all their campaigns are stale. Row
  -- triggers with a WHEN condition, so the usual heartbeat (more time on an unfinished item) runs no
  -- trigger code at all.
  CREATE FUNCTION "campaign_standings_touch_reader"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE campaign_standings SET changes = changes + 1
    WHERE member_id IN (NEW.user_id, OLD.user_id);
    RETURN NULL;
  END $$;
  CREATE TRIGGER "reading_progress_standings" AFTER INSERT OR DELETE ON "reading_progress"
    FOR EACH ROW EXECUTE FUNCTION "campaign_standings_touch_reader"();
  CREATE TRIGGER "reading_progress_standings_update" AFTER UPDATE ON "reading_progress"
    FOR EACH ROW WHEN (
      OLD.completed_at IS DISTINCT FROM NEW.completed_at
      OR (NEW.completed_at IS NOT NULL AND (OLD.active_seconds <> NEW.active_seconds OR OLD.last_event_at <> NEW.last_event_at))
      OR OLD.user_id <> NEW.user_id OR OLD.collection <> NEW.collection OR OLD.item_id <> NEW.item_id
    ) EXECUTE FUNCTION "campaign_standings_touch_reader"();

  -- Campaigns that already have enrolments: every standing stale, every study day counted.
  INSERT INTO campaign_standings (campaign_id, member_id)
  SELECT DISTINCT campaign_id, member_id FROM campaign_enrollments WHERE campaign_id IS NOT NULL AND member_id IS NOT NULL;
  SELECT campaign_daily_readers_apply(
    (SELECT coalesce(jsonb_agg(jsonb_build_object('campaign_id', campaign_id, 'member_id', member_id, 'organization_id', organization_id)), '[]')
     FROM campaign_enrollments), 1);
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // Dropping the trigger functions drops their triggers.
  await db.execute(sql`
  DROP FUNCTION "campaign_standings_touch_reader"() CASCADE;
  DROP FUNCTION "campaign_standings_touch"() CASCADE;
  DROP FUNCTION "campaign_summaries_enrolment"() CASCADE;
  DROP FUNCTION "campaign_daily_readers_period"() CASCADE;
  DROP FUNCTION "campaign_daily_readers_study"() CASCADE;
  DROP FUNCTION "campaign_daily_readers_apply"(jsonb, integer);
  DROP FUNCTION "campaign_study_day"(timestamptz);
  DROP TABLE "campaign_daily_readers", "campaign_standings_basis", "campaign_standings";`)
}
