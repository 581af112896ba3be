import type { QuestionReview, QuestionView } from '@xuexi/contract/questions/QuestionView'
import type { LoadedQuestion } from './loadBankQuestions'
import { passageHref } from './passageHref'

/** The question without anything that gives its answer away. */
export function presentQuestion(question: LoadedQuestion): QuestionView {
  return {
    id: question.numericId,
    kind: question.kind,
    stem: question.stem,
    options: question.options.map((option) => ({ key: option.key, text: option.text })),
  }
}

/** The answered question: the member's response, the verdict, the key, the explanation and a link to the passage it tests. */
export function reviewQuestion(question: LoadedQuestion, response: string[], correct: boolean): QuestionReview {
  const item = question.sourceItem
  return {
    ...presentQuestion(question),
    response,
    correct,
    answer: { keys: question.answer.keys, truth: question.answer.truth, accepted: question.answer.accepted },
    explanation: question.explanation ?? null,
    source: item ? { title: item.title, href: passageHref(item, question.sourcePassage ?? null) } : null,
  }
}
