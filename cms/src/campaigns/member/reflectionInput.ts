import { z } from 'zod'

/** A reflection as the member sends it: saved as a draft, or submitted for review. */
export const reflectionInputSchema = z.object({
  title: z.string().trim().max(60, 'campaign.invalidBody').optional().default(''),
  body: z.string().max(20_000, 'campaign.invalidBody'),
  submit: z.boolean().optional().default(false),
})

/** A parsed reflection input. */
export type ReflectionInput = z.infer<typeof reflectionInputSchema>

/** Characters that count towards a reflection's length: everything but whitespace. */
export function reflectionLength(body: string): number {
  return [...body.replace(/\s+/g, '')].length
}
