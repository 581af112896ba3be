import ExcelJS from 'exceljs'

/** The question sheet template: the header row with notes, and one example row per kind. */
export async function questionTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('题目')
  sheet.columns = [
    { header: '题型', key: 'kind', width: 8 },
    { header: '题干', key: 'stem', width: 48 },
    ...['A', 'B', 'C', 'D', 'E', 'F'].map((key) => ({ header: `选项${key}`, key: `option${key}`, width: 18 })),
    { header: '答案', key: 'answer', width: 10 },
    { header: '解析', key: 'explanation', width: 40 },
    { header: '分类', key: 'topic', width: 12 },
    { header: '难度', key: 'difficulty', width: 8 },
  ]
  sheet.getRow(1).font = { bold: true }
  sheet.getCell('A1').note = '单选、多选、判断 或 填空（也可写 单选题、多项选择题 等）'
  sheet.getCell('B1').note = '必填，最多 500 字；填空题用“（ ）”标出空格。与题库中已有题目题干相同的行不会导入'
  sheet.getCell('C1').note = '选择题依次填写选项A、选项B……最多到选项F；判断题和填空题不填选项'
  sheet.getCell('I1').note =
    '单选填一个字母（B）；多选填多个字母（ABD 或 A,B,D）；判断填 对/错、正确/错误 或 √/×；填空填答案，几个可接受的答案用“|”分隔，一题有几个空时用“；”分隔各空'
  sheet.getCell('J1').note = '可不填，最多 1000 字，答题提交后显示'
  sheet.getCell('K1').note = '可不填，如 党章党规；最多 40 字'
  sheet.getCell('L1').note = '简单、中等、困难 或 1、2、3；不填为中等'
  sheet.getColumn('answer').numFmt = '@'
  sheet.addRow({
    kind: '单选',
    stem: '中国共产党的最高理想和最终目标是（ ）。',
    optionA: '实现共产主义',
    optionB: '全面建成小康社会',
    optionC: '实现社会主义现代化',
    optionD: '发展社会生产力',
    answer: 'A',
    explanation: '党章总纲写明：党的最高理想和最终目标是实现共产主义。',
    topic: '党章党规',
    difficulty: '简单',
  })
  sheet.addRow({
    kind: '多选',
    stem: '党的思想路线是（ ）。',
    optionA: '一切从实际出发',
    optionB: '理论联系实际',
    optionC: '实事求是',
    optionD: '在实践中检验真理和发展真理',
    answer: 'ABCD',
    explanation: '党章总纲：党的思想路线是一切从实际出发，理论联系实际，实事求是，在实践中检验真理和发展真理。',
    topic: '党章党规',
    difficulty: '中等',
  })
  sheet.addRow({
    kind: '判断',
    stem: '预备党员的预备期为一年。',
    answer: '对',
    explanation: '党章第七条：预备党员的预备期为一年。',
    topic: '党章党规',
    difficulty: '简单',
  })
  sheet.addRow({
    kind: '填空',
    stem: '党的根本组织原则是（ ）。',
    answer: '民主集中制|民主集中制原则',
    explanation: '党章第十条：党是根据自己的纲领和章程，按照民主集中制组织起来的统一整体。',
    topic: '党章党规',
    difficulty: '困难',
  })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
