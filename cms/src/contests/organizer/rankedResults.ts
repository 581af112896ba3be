import type { Pool } from '../../database/databaseOf'

/** One participant's best result with their rank among everyone in the contest. */
export interface RankedResult {
  rank: number
  memberId: number
  name: string
  organizationId: number | null
  score: number
  durationSeconds: number
  attempts: number
  passed: boolean
  submittedAt: Date
}

/**
 * Every participant's best result in ranking order (score, then time, then who handed in first), the
 * rank counted over the whole contest, limited to members of `scope` (null: everyone).
 */
export async function rankedResults(pool: Pool, contestId: number, scope: number[] | null): Promise<RankedResult[]> {
  const { rows } = await pool.query<RankedResult>(
    `select * from (
       select (row_number() over (order by r.score desc, r.duration_ms, r.submitted_at, r.member_id))::int as rank,
         r.member_id as "memberId", u.name, r.organization_id as "organizationId", r.score,
         round(r.duration_ms / 1000.0)::int as "durationSeconds", r.attempts, r.passed, r.submitted_at as "submittedAt"
       from contest_results r join users u on u.id = r.member_id where r.contest_id = $1
     ) ranked where $2::int[] is null or "organizationId" = any($2::int[]) order by rank`,
    [contestId, scope],
  )
  return rows
}
