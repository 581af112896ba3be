import type { NotTakenMember } from '@xuexi/contract/contests/ContestReport'
import type { Pool } from '../../database/databaseOf'
import { organizationSubtreeSql } from '../../database/payloadTables'
import type { ContestRules } from '../ContestRules'

/**
 * The members (and organizers) of the contest's organization and everything below it, within `scope`
 * (null: all), without a result yet — an attempt still running does not count as taken.
 */
export async function contestNotTaken(pool: Pool, rules: ContestRules, scope: number[] | null): Promise<NotTakenMember[]> {
  const { rows } = await pool.query<NotTakenMember>(
    `with subtree as (
       ${organizationSubtreeSql('$2')}
     )
     select u.id as "memberId", u.name, u.organization_id as "organizationId", o.name as organization
     from users u join subtree s on s.id = u.organization_id left join organizations o on o.id = u.organization_id
     where u.role in ('member', 'organizer') and ($3::int[] is null or u.organization_id = any($3::int[]))
       and not exists (select 1 from contest_results r where r.contest_id = $1 and r.member_id = u.id)
     order by o.name, u.name, u.id`,
    [rules.id, rules.organizationId, scope],
  )
  return rows
}
