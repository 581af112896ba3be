import { z } from 'zod'
import { withTransaction } from '../../database/withTransaction'
import { cmsError } from '../../errors/cmsError'
import { t } from '../../i18n/messages'
import { contestNotTaken } from './contestNotTaken'
import type { OrganizedContest } from './OrganizedContest'

/** The body of `POST /api/contests/:id/reminders`: an optional text instead of the standard one. */
export const contestReminderInputSchema = z.object({
  message: z.string('contest.reminderMessage').trim().min(1, 'contest.reminderMessage').max(500, 'contest.reminderMessage').optional(),
})

/**
 * Sends an in-portal notice (the campaigns' `notices`, shown on 我的学习) to every member in the
 * organizer's scope who has not taken the contest, in one insert; the same reminder from the same sender
 * within an hour is refused (409), under an advisory lock so two clicks cannot both pass the check.
 */
export async function sendContestReminder(
  organized: OrganizedContest,
  input: z.infer<typeof contestReminderInputSchema>,
): Promise<{ sent: number }> {
  const { pool, rules, scope, userId } = organized
  const recipients = (await contestNotTaken(pool, rules, scope)).map((member) => member.memberId)
  const title = t('contest.reminderTitle', { title: rules.title }).slice(0, 80)
  const body = input.message ?? t('contest.reminderBody', { title: rules.title })
  const link = `/contests/${rules.id}`
  return withTransaction(pool, async (client) => {
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [`contest-reminder:${rules.id}`])
    const { rows } = await client.query(
      `select 1 from notices where link = $1 and sent_by_id = $2 and title = $3 and body = $4 and created_at > now() - interval '1 hour' limit 1`,
      [link, userId, title, body],
    )
    if (rows.length > 0) throw cmsError('contest.reminderRepeated', 409)
    const inserted = await client.query(
      `insert into notices (member_id, title, body, link, sent_by_id, updated_at, created_at)
       select member_id, $2, $3, $4, $5, now(), now() from unnest($1::int[]) as m(member_id)`,
      [recipients, title, body, link, userId],
    )
    return { sent: inserted.rowCount ?? 0 }
  })
}
