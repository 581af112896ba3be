import { z } from 'zod'
import { responsesSchema } from '../member/answersInput'

/** A topic quiz submission: the responses, and whether it is a practice round after the scored one. */
export const topicQuizAnswersSchema = z.object({
  answers: responsesSchema,
  practice: z.boolean({ error: 'quiz.invalidBody' }).optional().default(false),
})

/** A parsed topic quiz submission. */
export type TopicQuizAnswers = z.infer<typeof topicQuizAnswersSchema>
