import { z } from 'zod'

/**
 * The body of `PUT /api/campaigns/:id/reflection`: a reflection as the member sends it, saved as a draft or submitted
 * for review. Its messages are the CMS's message codes (`cms/src/i18n/messages.ts` holds their Chinese text).
 */
export const reflectionInputSchema = z.object({
  title: z.string().trim().max(60, 'campaign.invalidBody').optional().default(''),
  body: z.string().max(20_000, 'campaign.invalidBody'),
  submit: z.boolean().optional().default(false),
})

/** A parsed reflection input. */
export type ReflectionInput = z.infer<typeof reflectionInputSchema>
