import { z } from 'zod'

/** What the portal knows about the signed-in reader (as the CMS confirmed their session). */
export const sessionUserSchema = z.object({
  id: z.union([z.number(), z.string()]),
  name: z.string(),
  role: z.enum(['admin', 'editor', 'reviewer', 'organizer', 'member']),
  organization: z.union([z.number(), z.string(), z.object({ id: z.union([z.number(), z.string()]) }).loose()]).nullish(),
})

export type SessionUser = z.infer<typeof sessionUserSchema>
