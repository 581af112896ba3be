import { t } from '../../i18n/t'
import type { QuestionView } from './dailyQuiz'
import { responseField } from './readResponses'

/** The kinds of question a member answers: the bank's (daily, topic and contest papers) and a campaign's. */
export type AnswerKind = 'single' | 'multiple' | 'trueFalse' | 'fill'

/** One choice as `QuestionFields` shows it: the value the form sends and the text the member reads. */
export interface QuestionChoice {
  value: string
  text: string
}

/**
 * What `QuestionFields` needs to show a bank question of a daily or topic quiz or the wrong-answer book:
 * the form field, and the choices (`A. …` for options, 正确/错误 for true/false, none for fill-in).
 */
export function bankQuestionFields(question: QuestionView): { name: string; kind: AnswerKind; stem: string; choices: QuestionChoice[] } {
  const choices =
    question.kind === 'trueFalse'
      ? [
          { value: 'true', text: t('quiz.true') },
          { value: 'false', text: t('quiz.false') },
        ]
      : question.options.map((option) => ({ value: option.key, text: `${option.key}. ${option.text}` }))
  return { name: responseField(question.id), kind: question.kind, stem: question.stem, choices }
}
