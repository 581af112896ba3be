import { questionKinds } from '@xuexi/contract/questions/questionKinds'
import { z } from 'zod'
import { difficulties, type OptionKey, optionKeys } from './questionShape'

/**
 * One question of `content/questions.json`: the source item as `<collection>/<slug>`, the passage
 * it tests (verbatim from the item), options in order (A, B, …) and the answer — option letters
 * ("B", "ABD"), "true"/"false", or the accepted texts of a fill-in question.
 */
export const sampleQuestionSchema = z.object({
  source: z.string().regex(/^(articles|policies|videos|lectures)\/[a-z0-9-]+$/),
  passage: z.string().min(2).max(300),
  kind: z.enum(questionKinds),
  stem: z.string().min(4).max(500),
  // Each answer letter must name one of the options (checked with the options by questionProblems).
  options: z.array(z.string().min(1).max(200)).min(2).max(optionKeys.length).optional(),
  answer: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  explanation: z.string().max(1000),
  topic: z.string().max(40),
  difficulty: z.enum(difficulties),
})

/** A sample question as written in `content/questions.json`. */
export type SampleQuestion = z.infer<typeof sampleQuestionSchema>

/** The answer group of a question from its sample form. */
export function answerOf(question: SampleQuestion): { keys?: OptionKey[]; truth?: boolean; accepted?: string[] } {
  const answer = question.answer
  if (question.kind === 'fill') return { accepted: Array.isArray(answer) ? answer : [answer] }
  if (question.kind === 'trueFalse') return { truth: answer === 'true' }
  return {
    keys: [...(Array.isArray(answer) ? answer.join('') : answer)].filter((key): key is OptionKey => optionKeys.includes(key as OptionKey)),
  }
}
