import type { ContestLeaderboard, RankedParticipant } from '@xuexi/contract/contests/ContestLeaderboard'
import type { Pool } from '../database/databaseOf'
import type { ContestRules } from './ContestRules'
import { contestBranches } from './contestBranches'

const topRows = 20

/**
 * The contest's leaderboard read straight from `contest_results` (one row per participant, kept by
 * every hand-in, indexed in ranking order), so it is current the moment an attempt is scored: the top
 * rows are an index scan, the viewer's rank a count of better rows, the branches two grouped queries.
 * `scope` (an organizer's reach; null: everyone) limits the top rows, the count and the branches.
 */
export async function contestLeaderboard(
  pool: Pool,
  rules: ContestRules,
  viewer: { memberId: number | null; scope: number[] | null },
): Promise<ContestLeaderboard> {
  const [top, me, branches] = await Promise.all([
    pool.query<Omit<RankedParticipant, 'me'> & { memberId: number; participants: number }>(
      `select (row_number() over (order by r.score desc, r.duration_ms, r.submitted_at, r.member_id))::int as rank,
         r.member_id as "memberId", u.name, o.name as organization, r.score, round(r.duration_ms / 1000.0)::int as "durationSeconds",
         (select count(*)::int from contest_results c where c.contest_id = $1 and ($3::int[] is null or c.organization_id = any($3::int[]))) as participants
       from (select * from contest_results where contest_id = $1 and ($3::int[] is null or organization_id = any($3::int[]))
             order by score desc, duration_ms, submitted_at, member_id limit $2) r
       join users u on u.id = r.member_id left join organizations o on o.id = r.organization_id
       order by rank`,
      [rules.id, topRows, viewer.scope],
    ),
    viewer.memberId === null ? null : memberRank(pool, rules.id, viewer.memberId),
    contestBranches(pool, rules, viewer.scope),
  ])
  return {
    participants: top.rows[0]?.participants ?? 0,
    top: top.rows.map(({ participants: _, memberId, ...row }) => ({ ...row, me: memberId === viewer.memberId })),
    me,
    branches,
  }
}

/** A member's place among all participants (ties broken by time, then who handed in first), or null before their first result. */
export async function memberRank(
  pool: Pool,
  contestId: number,
  memberId: number,
): Promise<{ rank: number; score: number; durationSeconds: number } | null> {
  const { rows } = await pool.query<{ rank: number; score: number; durationSeconds: number }>(
    `select (select count(*)::int + 1 from contest_results b where b.contest_id = m.contest_id and
       (b.score > m.score or (b.score = m.score and (b.duration_ms < m.duration_ms or (b.duration_ms = m.duration_ms
         and (b.submitted_at < m.submitted_at or (b.submitted_at = m.submitted_at and b.member_id < m.member_id))))))) as rank,
       m.score, round(m.duration_ms / 1000.0)::int as "durationSeconds"
     from contest_results m where m.contest_id = $1 and m.member_id = $2`,
    [contestId, memberId],
  )
  return rows[0] ?? null
}
