import { z } from 'zod'

const chosen = z.array(z.string().trim().min(1).max(200)).max(6)

/** One answer sent while taking a contest: the question and the chosen option ids (or the blank's text). */
export const contestAnswerInputSchema = z.object({ questionId: z.number().int().positive(), chosen })

/** A submitted paper: any answers not yet sent, by question id (all optional). */
export const contestSubmitInputSchema = z.object({
  answers: z
    .record(z.string().regex(/^\d{1,10}$/), chosen)
    .refine((answers) => Object.keys(answers).length <= 100, { message: 'contest.invalidBody' })
    .default({}),
})

/** Answers as the commands take them. */
export type ContestAnswerInput = z.infer<typeof contestAnswerInputSchema>
