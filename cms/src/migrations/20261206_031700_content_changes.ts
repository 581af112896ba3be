import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// The change record every process that holds derived state follows (see docs/architecture.md,
// “Change notices”). Row triggers on every table whose rows the search index, the portal's caches or
// the CMS's read caches are built from record (collection, document id) once per transaction and
// NOTIFY `content_changes`; PostgreSQL delivers the notice on commit, whoever wrote (admin, REST,
// GraphQL, Local API, importer, jobs, another instance, SQL by hand). Followers catch up from this
// table by transaction id after a lost connection or a restart. Rows older than a week are pruned by
// the trigger itself. Not a Payload collection, so Payload's schema diffs never see it; a later
// migration that recreates one of these tables must create its trigger again.
// Relationship and localized-text tables name their document `parent_id`, array tables `_parent_id`.
type IdColumn = 'id' | 'parent_id' | '_parent_id'

const followed: Array<[table: string, collection: string, idColumn: IdColumn]> = [
  ...['articles', 'policies', 'videos', 'lectures', 'announcements'].flatMap((slug): Array<[string, string, IdColumn]> => [
    [slug, slug, 'id'],
    [`${slug}_rels`, slug, 'parent_id'],
  ]),
  ['articles_texts', 'articles', 'parent_id'],
  ['policies_texts', 'policies', 'parent_id'],
  ['videos_texts', 'videos', 'parent_id'],
  ['videos_chapters', 'videos', '_parent_id'],
  ['lectures_texts', 'lectures', 'parent_id'],
  ['lectures_chapters', 'lectures', '_parent_id'],
  ['topics', 'topics', 'id'],
  ['campaigns', 'campaigns', 'id'],
  ['campaigns_rels', 'campaigns', 'parent_id'],
  ['campaigns_reading_list', 'campaigns', '_parent_id'],
  ['media', 'media', 'id'],
  ['media_rels', 'media', 'parent_id'],
  ['media_texts', 'media', 'parent_id'],
  ['organizations', 'organizations', 'id'],
  ['organizations_rels', 'organizations', 'parent_id'],
  ['users', 'users', 'id'],
  ['points_rules', 'points-rules', 'id'],
]

const triggerName = (table: string) => `${table}_content_change`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "content_changes" (
  	"id" bigserial PRIMARY KEY,
  	"collection" text NOT NULL,
  	"doc_id" bigint NOT NULL,
  	"op" text NOT NULL,
  	"tx" xid8 NOT NULL DEFAULT pg_current_xact_id(),
  	-- When the transaction first wrote the document (not its start): followers report their lag from it.
  	"changed_at" timestamptz NOT NULL DEFAULT clock_timestamp(),
  	-- One row per document and transaction: a publish that rewrites fifty relation rows is one change.
  	UNIQUE ("tx", "collection", "doc_id")
  );
  CREATE INDEX "content_changes_changed_at_idx" ON "content_changes" ("changed_at");

  -- TG_ARGV: the collection slug, and the column holding the document id ('id', 'parent_id' or '_parent_id').
  CREATE FUNCTION "record_content_change"() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    doc bigint;
    change_id bigint;
  BEGIN
    IF TG_ARGV[1] = 'parent_id' THEN
      doc := CASE WHEN TG_OP = 'DELETE' THEN OLD.parent_id ELSE NEW.parent_id END;
    ELSIF TG_ARGV[1] = '_parent_id' THEN
      doc := CASE WHEN TG_OP = 'DELETE' THEN OLD._parent_id ELSE NEW._parent_id END;
    ELSE
      doc := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
    END IF;
    INSERT INTO content_changes (collection, doc_id, op) VALUES (TG_ARGV[0], doc, lower(TG_OP))
      ON CONFLICT ("tx", "collection", "doc_id") DO NOTHING
      RETURNING id INTO change_id;
    IF change_id IS NOT NULL THEN
      -- A few dozen bytes, far below NOTIFY's 8000-byte limit.
      PERFORM pg_notify('content_changes',
        json_build_object('change', change_id, 'collection', TG_ARGV[0], 'id', doc, 'op', lower(TG_OP))::text);
      IF change_id % 1000 = 0 THEN
        DELETE FROM content_changes WHERE changed_at < now() - interval '7 days';
      END IF;
    END IF;
    RETURN NULL;
  END $$;
  `)
  for (const [table, collection, idColumn] of followed) {
    await db.execute(
      sql.raw(`CREATE TRIGGER "${triggerName(table)}" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION record_content_change('${collection}', '${idColumn}')`),
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const [table] of followed) await db.execute(sql.raw(`DROP TRIGGER IF EXISTS "${triggerName(table)}" ON "${table}"`))
  await db.execute(sql`
  DROP FUNCTION IF EXISTS "record_content_change"();
  DROP TABLE IF EXISTS "content_changes";
  `)
}
