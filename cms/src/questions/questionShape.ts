import { questionKinds } from '@xuexi/contract/questions/questionKinds'
import { z } from 'zod'

/** Option keys, in the order the options are shown and imported (选项A–F). */
export const optionKeys = ['A', 'B', 'C', 'D', 'E', 'F'] as const

/** One option key. */
export type OptionKey = (typeof optionKeys)[number]

/** Difficulty levels (易/中/难). */
export const difficulties = ['easy', 'medium', 'hard'] as const

/** The sources a question can test: the study-material collections. */
export const questionSources = ['articles', 'policies', 'videos', 'lectures'] as const

/** A question with its answer key, as the server scores it (never sent to a member before they submit). */
export const bankQuestionSchema = z.object({
  id: z.union([z.number(), z.string()]).transform(String),
  kind: z.enum(questionKinds),
  stem: z.string(),
  options: z
    .array(z.object({ key: z.enum(optionKeys), text: z.string() }))
    .nullish()
    .transform((value) => value ?? []),
  answer: z
    .object({
      keys: z.array(z.enum(optionKeys)).nullish(),
      truth: z.boolean().nullish(),
      accepted: z.array(z.string()).nullish(),
    })
    .nullish()
    .transform((value) => ({ keys: value?.keys ?? [], truth: value?.truth ?? false, accepted: value?.accepted ?? [] })),
  explanation: z.string().nullish(),
  sourcePassage: z.string().nullish(),
})

/** A bank question with its answer key. */
export type BankQuestion = z.infer<typeof bankQuestionSchema>
