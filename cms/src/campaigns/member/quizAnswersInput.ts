import { z } from 'zod'

/** A submitted quiz: the chosen option ids per question id. */
export const quizAnswersInputSchema = z.object({
  answers: z.record(z.string().max(64), z.array(z.string().max(64)).max(20)).refine((answers) => Object.keys(answers).length <= 200, {
    message: 'campaign.invalidBody',
  }),
})
