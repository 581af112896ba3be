import { z } from 'zod'

/**
 * The body of `POST /api/campaigns/:id/quiz-attempts/:number`: a submitted campaign quiz, the chosen option ids per
 * question id. Its message is the CMS's message code (`cms/src/i18n/messages.ts` holds its Chinese text).
 */
export const quizAnswersInputSchema = z.object({
  answers: z.record(z.string().max(64), z.array(z.string().max(64)).max(20)).refine((answers) => Object.keys(answers).length <= 200, {
    message: 'campaign.invalidBody',
  }),
})

/** A submitted campaign quiz. */
export type QuizAnswersInput = z.infer<typeof quizAnswersInputSchema>
