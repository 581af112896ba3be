import { z } from 'zod'

/** The channel the `member_changes` triggers notify (migration 20261206_134102_member_changes). */
export const memberChangesChannel = 'member_changes'

/**
 * One member change notice: a row that feeds what 我的学习 or a campaign page shows the member changed;
 * `campaign` is set when the change also moves what the campaign's other members see (standings,
 * leaderboard, featured reflections).
 */
export const memberChangeSchema = z.object({
  member: z.number().int().nullable(),
  campaign: z.number().int().nullable(),
})

/** A member change as followers receive it. */
export type MemberChange = z.infer<typeof memberChangeSchema>

/** The notice's payload read, or null when it is not a member change (never thrown: a notice must not stop the feed). */
export function parseMemberChange(payload: string): MemberChange | null {
  try {
    const parsed = memberChangeSchema.safeParse(JSON.parse(payload))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
