import { z } from 'zod'
import { responsesSchema } from './answersInput'

/**
 * The body of `POST /api/topic-quizzes/:id/submission`: the responses, and whether it is a practice round after the
 * scored one. Its message is the CMS's message code (`cms/src/i18n/messages.ts` holds its Chinese text).
 */
export const topicQuizAnswersSchema = z.object({
  answers: responsesSchema,
  practice: z.boolean({ error: 'quiz.invalidBody' }).optional().default(false),
})

/** A parsed topic quiz submission. */
export type TopicQuizAnswers = z.infer<typeof topicQuizAnswersSchema>
