import { z } from 'zod'

/** Who a reminder goes to: members who have not started, those behind the campaign's pace, or everyone enrolled. */
export const reminderAudiences = ['notStarted', 'behind', 'all'] as const
export type ReminderAudience = (typeof reminderAudiences)[number]

/** The body of `POST /api/campaigns/:id/reminders` (messages are message codes). */
export const reminderInputSchema = z.object({
  audience: z.enum(reminderAudiences, 'campaign.reminderAudience'),
  message: z.string('campaign.reminderMessage').trim().min(1, 'campaign.reminderMessage').max(500, 'campaign.reminderMessage').optional(),
})

export type ReminderInput = z.infer<typeof reminderInputSchema>
