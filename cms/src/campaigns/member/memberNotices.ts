import type { MyNotice } from '@xuexi/contract/campaigns/MyNotice'
import type { Pool } from '../../database/databaseOf'
import { cmsError } from '../../errors/cmsError'

/** The member's latest notices (unread first) and how many are unread. */
export async function memberNotices(pool: Pool, memberId: number): Promise<{ unread: number; docs: MyNotice[] }> {
  const { rows } = await pool.query<MyNotice & { unread: number }>(
    `select n.id, n.title, coalesce(n.body, '') as body, n.link, c.title as campaign, n.created_at as "createdAt", n.read_at as "readAt",
       (count(*) filter (where n.read_at is null) over ())::int as unread
     from notices n left join campaigns c on c.id = n.campaign_id
     where n.member_id = $1 order by n.read_at is null desc, n.created_at desc limit 20`,
    [memberId],
  )
  return { unread: rows[0]?.unread ?? 0, docs: rows.map(({ unread: _unread, ...notice }) => notice) }
}

/** Marks one of the member's own notices read; another member's notice is not found. */
export async function markNoticeRead(pool: Pool, props: { memberId: number; noticeId: number }): Promise<{ readAt: string }> {
  const { rows } = await pool.query<{ readAt: string }>(
    `update notices set read_at = coalesce(read_at, now()), updated_at = now() where id = $1 and member_id = $2 returning read_at as "readAt"`,
    [props.noticeId, props.memberId],
  )
  if (!rows[0]) throw cmsError('notice.notFound', 404)
  return rows[0]
}
