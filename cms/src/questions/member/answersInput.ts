import { z } from 'zod'

const response = z.array(z.string().max(200, 'quiz.invalidBody')).max(6, 'quiz.invalidBody')

/** A member's responses keyed by question id: option keys, `'true'`/`'false'`, or the one fill-in text. */
export const responsesSchema = z
  .record(z.string().regex(/^\d{1,12}$/, 'quiz.invalidBody'), response)
  .refine((answers) => Object.keys(answers).length <= 50, { message: 'quiz.invalidBody' })

/** A daily quiz submission: the study day of the paper it answers and the responses. */
export const dailyAnswersSchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'quiz.invalidBody'),
  answers: responsesSchema,
})

/** One answer from the wrong-answer book. */
export const bookAnswerSchema = z.object({ response: response })

/** Responses keyed by question id. */
export type Responses = z.infer<typeof responsesSchema>
