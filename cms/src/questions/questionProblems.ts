import { type MessageCode, t } from '../i18n/messages'

interface QuestionDraft {
  kind?: string | null
  options?: Array<{ key?: string | null }> | null
  answer?: { keys?: string[] | null; truth?: boolean | null; accepted?: string[] | null } | null
}

/** One thing wrong with a question: the field it concerns and the Chinese message. */
export interface QuestionProblem {
  path: string
  message: string
}

/**
 * What is wrong with a question's options and answer key for its kind (nothing when it is sound):
 * choice questions need ≥ 2 options with distinct keys and answers among them (one for 单选, two or
 * more for 多选); 判断 takes no options (its truth is a checkbox); 填空 takes accepted answers and no options.
 */
export function questionProblems(question: QuestionDraft): QuestionProblem[] {
  const options = question.options ?? []
  const keys = (question.answer?.keys ?? []).filter(Boolean)
  const problem = (path: string, code: MessageCode, values?: Record<string, string>) => ({ path, message: t(code, values) })
  if (question.kind === 'trueFalse' || question.kind === 'fill') {
    const problems = options.length > 0 ? [problem('options', 'question.noOptionsForKind')] : []
    const accepted = (question.answer?.accepted ?? []).filter((text) => text.trim() !== '')
    if (question.kind === 'fill' && accepted.length === 0) problems.push(problem('answer.accepted', 'question.acceptedNeeded'))
    return problems
  }
  if (options.length < 2) return [problem('options', 'question.optionsNeeded')]
  const optionKeys = options.map((option) => option.key ?? '')
  const repeated = optionKeys.find((key, index) => optionKeys.indexOf(key) !== index)
  if (repeated !== undefined) return [problem('options', 'question.optionKeysRepeated', { key: repeated })]
  const stray = keys.find((key) => !optionKeys.includes(key))
  if (stray !== undefined) return [problem('answer.keys', 'question.answerNotAnOption', { key: stray })]
  if (question.kind === 'single' && keys.length !== 1) return [problem('answer.keys', 'question.singleAnswer')]
  if (question.kind === 'multiple' && keys.length < 2) return [problem('answer.keys', 'question.multipleAnswer')]
  return []
}
