import type { PoolClient } from '../../database/databaseOf'
import { sampleParticipantName } from './sampleParticipantNames'

/** How many generated participants the sample campaign has, with login ids 13900000001… (they cannot sign in: no password). */
export const sampleParticipantCount = 80

/** Creates the generated participants spread over the branches (already there: left as they are); returns their user ids. */
export async function insertSampleParticipants(client: PoolClient, branchIds: number[]): Promise<number[]> {
  const numbers = Array.from({ length: sampleParticipantCount }, (_, index) => index + 1)
  const usernames = numbers.map((n) => `139${String(n).padStart(8, '0')}`)
  await client.query(
    `insert into users (name, role, organization_id, username, updated_at, created_at)
     select name, 'member', organization_id, username, now(), now()
     from unnest($1::varchar[], $2::int[], $3::varchar[]) as t(name, organization_id, username)
     on conflict (username) do nothing`,
    [numbers.map(sampleParticipantName), numbers.map((n) => branchIds[(n * 5 + (n >> 2)) % branchIds.length]), usernames],
  )
  const { rows } = await client.query<{ id: number }>('select id from users where username = any($1::varchar[]) order by id', [usernames])
  return rows.map((row) => row.id)
}
