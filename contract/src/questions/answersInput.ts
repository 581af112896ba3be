import { z } from 'zod'

const response = z.array(z.string().max(200, 'quiz.invalidBody')).max(6, 'quiz.invalidBody')

/**
 * A member's responses keyed by question id: option keys, `'true'`/`'false'`, or the one fill-in text. Here and below,
 * messages are the CMS's message codes (`cms/src/i18n/messages.ts` holds their Chinese text).
 */
export const responsesSchema = z
  .record(z.string().regex(/^\d{1,12}$/, 'quiz.invalidBody'), response)
  .refine((answers) => Object.keys(answers).length <= 50, { message: 'quiz.invalidBody' })

/** The body of `POST /api/questions/daily`: the study day of the paper it answers and the responses. */
export const dailyAnswersSchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'quiz.invalidBody'),
  answers: responsesSchema,
})

/** The body of `POST /api/questions/wrong-book/:id`: one answer from the wrong-answer book. */
export const bookAnswerSchema = z.object({ response: response })

/** Responses keyed by question id. */
export type Responses = z.infer<typeof responsesSchema>

/** A daily quiz submission. */
export type DailyAnswers = z.infer<typeof dailyAnswersSchema>

/** An answer from the wrong-answer book. */
export type BookAnswer = z.infer<typeof bookAnswerSchema>
