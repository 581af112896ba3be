import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Member change notices (see docs/architecture.md, “Member pages”): the portal keeps 我的学习 and
// campaign pages per member and drops them when PostgreSQL says a row they were built from changed.
// Row triggers on every table whose rows feed what those pages show for a member NOTIFY `member_changes`
// with `{"member": id, "campaign": id or null}`; PostgreSQL delivers it on commit, whoever wrote, and
// folds identical notices of one transaction into one (a heartbeat batch is one notice). The campaign
// is named where the change moves other members' view of it (standings, leaderboard, featured
// reflections). Nothing is recorded: a follower that lost its connection drops every member page.
// A later migration that recreates one of these tables must create its trigger again.
const followed: Array<[table: string, memberColumn: string, campaignColumn: string | null]> = [
  ['reading_progress', 'user_id', null],
  ['study_daily', 'user_id', null],
  ['favorites', 'user_id', null],
  ['notices', 'member_id', null],
  ['campaign_enrollments', 'member_id', 'campaign_id'],
  ['campaign_check_ins', 'member_id', 'campaign_id'],
  ['campaign_reflections', 'member_id', 'campaign_id'],
  ['quiz_attempts', 'member_id', 'campaign_id'],
]

const triggerName = (table: string) => `${table}_member_change`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  -- TG_ARGV: the column holding the member's id, and the one holding the campaign's (none: the change is theirs alone).
  CREATE FUNCTION "notify_member_change"() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    versions jsonb[] := CASE TG_OP WHEN 'INSERT' THEN ARRAY[to_jsonb(NEW)] WHEN 'DELETE' THEN ARRAY[to_jsonb(OLD)]
      ELSE ARRAY[to_jsonb(OLD), to_jsonb(NEW)] END;
    version jsonb;
  BEGIN
    FOREACH version IN ARRAY versions LOOP
      PERFORM pg_notify('member_changes', json_build_object(
        'member', (version ->> TG_ARGV[0])::bigint,
        'campaign', CASE WHEN TG_NARGS > 1 THEN (version ->> TG_ARGV[1])::bigint END)::text);
    END LOOP;
    RETURN NULL;
  END $$;

  -- The account itself: its name shows on the leaderboards and featured reflections of its campaigns,
  -- its role and organization decide what its pages may show.
  CREATE FUNCTION "notify_member_account_change"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM pg_notify('member_changes', json_build_object('member', OLD.id::bigint, 'campaign', NULL::bigint)::text);
    IF TG_OP = 'DELETE' OR OLD.name IS DISTINCT FROM NEW.name THEN
      PERFORM pg_notify('member_changes', json_build_object('member', OLD.id::bigint, 'campaign', e.campaign_id::bigint)::text)
      FROM campaign_enrollments e WHERE e.member_id = OLD.id;
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER "users_member_change" AFTER UPDATE ON "users" FOR EACH ROW
    WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.role IS DISTINCT FROM NEW.role OR OLD.organization_id IS DISTINCT FROM NEW.organization_id)
    EXECUTE FUNCTION "notify_member_account_change"();
  CREATE TRIGGER "users_member_delete" AFTER DELETE ON "users" FOR EACH ROW EXECUTE FUNCTION "notify_member_account_change"();

  -- A standing marked stale (its 'changes' bumped: the member's progress, check-ins, reflection, quiz
  -- or enrolment moved, or the plan changed) moves the campaign's leaderboard; recomputing it (readers
  -- write 'standing' and 'computed_changes') shows nothing new and notifies nobody.
  CREATE TRIGGER "campaign_standings_member_change" AFTER INSERT OR DELETE ON "campaign_standings"
    FOR EACH ROW EXECUTE FUNCTION "notify_member_change"('member_id', 'campaign_id');
  CREATE TRIGGER "campaign_standings_member_change_update" AFTER UPDATE ON "campaign_standings"
    FOR EACH ROW WHEN (OLD.changes IS DISTINCT FROM NEW.changes)
    EXECUTE FUNCTION "notify_member_change"('member_id', 'campaign_id');
  `)
  for (const [table, memberColumn, campaignColumn] of followed) {
    const columns = campaignColumn ? `'${memberColumn}', '${campaignColumn}'` : `'${memberColumn}'`
    await db.execute(
      sql.raw(`CREATE TRIGGER "${triggerName(table)}" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION notify_member_change(${columns})`),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // Dropping the trigger functions drops their triggers.
  await db.execute(sql`
  DROP FUNCTION IF EXISTS "notify_member_account_change"() CASCADE;
  DROP FUNCTION IF EXISTS "notify_member_change"() CASCADE;
  `)
}
