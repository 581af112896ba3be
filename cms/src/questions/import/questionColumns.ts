import type { SheetSpec } from '../../sheets/readSheet'

const optionHeaders = (key: string) => [`选项${key}`, `选项${key.toLowerCase()}`, key.toLowerCase(), `option${key.toLowerCase()}`]

/**
 * The columns of a question sheet as Chinese organizations keep their banks (题型, 题干, 选项A–F,
 * 答案, 解析, 分类, 难度), with the header texts accepted for each. `extraOption` catches a 选项G
 * (or later) column, so a seventh option is a row error instead of being dropped unnoticed.
 */
export const questionColumns = {
  kind: ['题型', '题目类型', '类型', 'kind', 'type'],
  stem: ['题干', '题目', '题目内容', '试题', 'stem', 'question'],
  optionA: optionHeaders('A'),
  optionB: optionHeaders('B'),
  optionC: optionHeaders('C'),
  optionD: optionHeaders('D'),
  optionE: optionHeaders('E'),
  optionF: optionHeaders('F'),
  extraOption: ['选项g', '选项h', '选项i', '选项j'],
  answer: ['答案', '正确答案', '标准答案', '参考答案', 'answer'],
  explanation: ['解析', '答案解析', '试题解析', 'explanation'],
  topic: ['分类', '题目分类', '知识点', '专题', 'topic', 'category'],
  difficulty: ['难度', '难易程度', '难易度', 'difficulty'],
} as const

/** One column of a question sheet. */
export type QuestionColumn = keyof typeof questionColumns

/** Header text for messages (the first accepted header, e.g. 选项A). */
export function columnLabel(column: QuestionColumn): string {
  return questionColumns[column][0]
}

/** The most rows one import takes; bigger banks are imported in parts. */
export const maxQuestionRows = 1000

/** The largest question file accepted (a 1,000-question .xlsx is about 150 KB). */
export const maxQuestionFileBytes = 2 * 1024 * 1024

/** How a question sheet is read and refused (see `readSheet`). */
export const questionSheetSpec: SheetSpec<QuestionColumn> = {
  columns: questionColumns,
  required: ['kind', 'stem', 'answer'],
  maxRows: maxQuestionRows,
  refusals: {
    fileType: 'questionImport.fileType',
    unreadable: 'questionImport.unreadable',
    empty: 'questionImport.empty',
    columnsMissing: 'questionImport.columnsMissing',
    tooMany: 'questionImport.tooMany',
  },
}
