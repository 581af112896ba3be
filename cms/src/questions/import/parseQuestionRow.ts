import type { MessageCode } from '../../i18n/messages'
import type { SheetRow } from '../../sheets/readSheet'
import { questionProblems } from '../questionProblems'
import { type OptionKey, optionKeys } from '../questionShape'
import { columnLabel, type QuestionColumn } from './questionColumns'

/** A question as one sheet row describes it, ready to be saved as a draft. */
export interface ImportedQuestion {
  kind: 'single' | 'multiple' | 'trueFalse' | 'fill'
  stem: string
  options: Array<{ key: OptionKey; text: string }>
  answer: { keys?: OptionKey[]; truth?: boolean; accepted?: string[] }
  explanation?: string
  topic?: string
  difficulty: 'easy' | 'medium' | 'hard'
}

/** Why a row cannot be imported: a message code and its values. */
export interface RowProblem {
  code: MessageCode
  values?: Record<string, string | number>
}

const kinds: Record<string, ImportedQuestion['kind']> = Object.fromEntries([
  ...['单选', '单选题', '单项选择', '单项选择题', '单择题', 'single'].map((label) => [label, 'single']),
  ...['多选', '多选题', '多项选择', '多项选择题', '不定项', '不定项选择', '不定项选择题', 'multiple'].map((label) => [label, 'multiple']),
  ...['判断', '判断题', '是非', '是非题', '对错题', 'truefalse', 'judge'].map((label) => [label, 'trueFalse']),
  ...['填空', '填空题', 'fill'].map((label) => [label, 'fill']),
])

const truths: Record<string, boolean> = Object.fromEntries([
  ...['对', '正确', '√', '✓', '✔', '是', 'true', 't', 'y', 'yes'].map((label) => [label, true]),
  ...['错', '错误', '×', 'x', '✗', '✘', '否', '非', 'false', 'f', 'n', 'no'].map((label) => [label, false]),
])

const difficultyLevels: Record<string, ImportedQuestion['difficulty']> = Object.fromEntries([
  ...['', '中等', '中', '一般', '适中', '2', 'medium'].map((label) => [label, 'medium']),
  ...['简单', '易', '容易', '较易', '1', 'easy'].map((label) => [label, 'easy']),
  ...['困难', '难', '较难', '3', 'hard'].map((label) => [label, 'hard']),
])

// The lengths the questions collection stores (see collections/Questions).
const maxLength: Partial<Record<QuestionColumn, number>> = { stem: 500, explanation: 1000, topic: 40, answer: 500 }
const maxOptionLength = 200
const maxAccepted = 10

// Control characters other than tab and line breaks, lone surrogates, the replacement character
// (what undecodable bytes became) and Unicode non-characters.
function hasOddCharacters(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    if ((unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) || unit === 0x7f || unit >= 0xfffd) return true
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1)
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true
      index++
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return true
  }
  return false
}

const keyText = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase()

/**
 * Turns one sheet row into a question, or says (in a message code) why it cannot be one: formulas,
 * odd characters or over-long cells, an unknown 题型 or 难度, no 题干, options with gaps or more
 * than six, and an 答案 that does not fit the kind (option letters like `A`, `ABD`, `A,B`; 对/错,
 * 正确/错误, √/× — or the letter of a 正确/错误 option — for 判断; accepted texts separated by `|`
 * for 填空, where `；` keeps separating the blanks of one answer as the bank does).
 */
export function parseQuestionRow({ cells, formulas }: SheetRow<QuestionColumn>): { question: ImportedQuestion } | { problem: RowProblem } {
  const problem = (code: MessageCode, values?: RowProblem['values']) => ({ problem: { code, values } })
  if (formulas.length > 0) return problem('questionImport.formula', { column: columnLabel(formulas[0] as QuestionColumn) })
  for (const [column, text] of Object.entries(cells) as Array<[QuestionColumn, string]>) {
    if (hasOddCharacters(text)) return problem('questionImport.oddCharacters', { column: columnLabel(column) })
    if (text.startsWith('=')) return problem('questionImport.formula', { column: columnLabel(column) })
    const max = maxLength[column] ?? maxOptionLength
    if ([...text].length > max) return problem('questionImport.tooLong', { column: columnLabel(column), max, length: [...text].length })
  }
  const kind = kinds[keyText(cells.kind ?? '')]
  if (!kind) return problem('questionImport.kindUnknown', { kind: cells.kind ?? '' })
  const stem = cells.stem
  if (!stem) return problem('questionImport.stemMissing')
  const difficulty = difficultyLevels[keyText(cells.difficulty ?? '')]
  if (!difficulty) return problem('questionImport.difficultyUnknown', { difficulty: cells.difficulty ?? '' })
  if (cells.extraOption) return problem('questionImport.tooManyOptions')
  const optionTexts = optionKeys.map((key) => cells[`option${key}`])
  const last = optionTexts.findLastIndex((text) => text !== undefined)
  const gap = optionTexts.findIndex((text, index) => text === undefined && index < last)
  if (gap >= 0) return problem('questionImport.optionGap', { key: optionKeys[gap] as string })
  const options = optionTexts.slice(0, last + 1).map((text, index) => ({ key: optionKeys[index] as OptionKey, text: text as string }))
  const answerText = cells.answer
  if (!answerText) return problem('questionImport.answerMissing')

  const base = { kind, stem, difficulty, explanation: cells.explanation, topic: cells.topic }
  if (kind === 'fill') {
    const accepted = answerText
      .split(/[|｜]/)
      .map((text) => text.trim())
      .filter(Boolean)
    if (accepted.length > maxAccepted) return problem('questionImport.tooManyAccepted', { count: accepted.length })
    return checked({ ...base, options: [], answer: { accepted } })
  }
  if (kind === 'trueFalse') {
    // Many banks write 判断 as a choice between 选项A 正确 and 选项B 错误 with answer A or B.
    const chosen = options.find((option) => option.key === keyText(answerText).toUpperCase())
    const truth = truths[keyText(chosen?.text ?? answerText)]
    if (truth === undefined) return problem('questionImport.truthUnknown', { answer: answerText })
    return checked({ ...base, options: [], answer: { truth } })
  }
  const letters = answerText
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s,，、;；/|]+/g, '')
  if (!/^[A-Z]+$/.test(letters)) return problem('questionImport.answerLetters', { answer: answerText })
  const stray = [...letters].find((letter) => !options.some((option) => option.key === letter))
  if (stray) return problem('questionImport.answerNotAnOption', { key: stray })
  return checked({ ...base, options, answer: { keys: [...new Set(letters)] as OptionKey[] } })
}

// The bank's own rules (two options at least, one key for 单选, two or more for 多选…), so a row
// that passes here is never refused by the collection's hook.
function checked(question: ImportedQuestion): { question: ImportedQuestion } | { problem: RowProblem } {
  const [first] = questionProblems(question)
  if (!first) return { question }
  return { problem: { code: 'questionImport.keyProblem', values: { reason: first.message } } }
}
