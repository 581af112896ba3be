import { z } from 'zod'

/** Who a reminder goes to: members who have not started, those behind the campaign's pace, or everyone enrolled. */
export const reminderAudiences = ['notStarted', 'behind', 'all'] as const

/** One of the reminder audiences. */
export type ReminderAudience = (typeof reminderAudiences)[number]

/**
 * The body of `POST /api/campaigns/:id/reminders`, as the organizer dashboard sends it and the CMS validates it.
 * Its messages are the CMS's message codes (`cms/src/i18n/messages.ts` holds their Chinese text).
 */
export const reminderInputSchema = z.object({
  audience: z.enum(reminderAudiences, 'campaign.reminderAudience'),
  message: z.string('campaign.reminderMessage').trim().min(1, 'campaign.reminderMessage').max(500, 'campaign.reminderMessage').optional(),
})

/** A reminder request. */
export type ReminderInput = z.infer<typeof reminderInputSchema>
