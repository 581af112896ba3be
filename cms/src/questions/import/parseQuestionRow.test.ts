import { describe, expect, it } from 'vitest'
import { t } from '../../i18n/messages'
import { parseQuestionRow } from './parseQuestionRow'
import type { QuestionColumn } from './questionColumns'

const row = (cells: Partial<Record<QuestionColumn, string>>, formulas: QuestionColumn[] = []) =>
  parseQuestionRow({ row: 2, cells: { stem: '党的根本组织原则是（ ）。', ...cells }, formulas })
const messageOf = (result: ReturnType<typeof parseQuestionRow>) =>
  'problem' in result ? t(result.problem.code, result.problem.values) : null
const choice = { optionA: '集体领导', optionB: '民主集中制', optionC: '个人分工负责', optionD: '民主协商' }

describe('parseQuestionRow', () => {
  it('reads the kinds as organizations write them', () => {
    for (const [label, kind] of [
      ['单选题', 'single'],
      ['单项选择题', 'single'],
      ['多选', 'multiple'],
      ['不定项选择', 'multiple'],
      ['判断题', 'trueFalse'],
      ['填空', 'fill'],
    ]) {
      const answer = kind === 'single' ? 'B' : kind === 'multiple' ? 'A,B' : kind === 'trueFalse' ? '√' : '民主集中制'
      const options = kind === 'single' || kind === 'multiple' ? choice : {}
      expect(row({ kind: label, answer, ...options })).toMatchObject({ question: { kind } })
    }
    expect(messageOf(row({ kind: '问答题', answer: 'A' }))).toBe('题型“问答题”无法识别，请填写 单选、多选、判断 或 填空')
  })

  it('reads choice answers as letters in any common spelling', () => {
    for (const answer of ['ABD', 'A,B,D', 'a、b、d', 'Ａ，Ｂ，Ｄ', 'A B D']) {
      expect(row({ kind: '多选', answer, ...choice })).toMatchObject({ question: { answer: { keys: ['A', 'B', 'D'] } } })
    }
    expect(messageOf(row({ kind: '单选', answer: 'E', ...choice }))).toBe('答案 E 不在本题的选项中')
    expect(messageOf(row({ kind: '单选', answer: '民主集中制', ...choice }))).toBe('答案“民主集中制”应为选项字母，如 A、ABD 或 A,B')
    expect(messageOf(row({ kind: '单选', answer: 'AB', ...choice }))).toBe(t('question.singleAnswer'))
  })

  it('reads true/false answers as words, ticks and crosses, or the letter of a 正确/错误 option', () => {
    for (const [answer, truth] of [
      ['对', true],
      ['正确', true],
      ['√', true],
      ['错', false],
      ['错误', false],
      ['×', false],
    ] as const) {
      expect(row({ kind: '判断', answer })).toMatchObject({ question: { answer: { truth }, options: [] } })
    }
    expect(row({ kind: '判断', answer: 'B', optionA: '正确', optionB: '错误' })).toMatchObject({ question: { answer: { truth: false } } })
    expect(messageOf(row({ kind: '判断', answer: '也许' }))).toBe('判断题的答案“也许”无法识别，请填写 对/错、正确/错误 或 √/×')
  })

  it('takes | between accepted fill-in answers and keeps ； between blanks', () => {
    expect(row({ kind: '填空', answer: '民主集中制 | 民主集中制原则' })).toMatchObject({
      question: { answer: { accepted: ['民主集中制', '民主集中制原则'] } },
    })
    expect(row({ kind: '填空', answer: '一切从实际出发；实事求是' })).toMatchObject({
      question: { answer: { accepted: ['一切从实际出发；实事求是'] } },
    })
  })

  it('reads difficulty as words or 1–3 and defaults to medium', () => {
    expect(row({ kind: '判断', answer: '对', difficulty: '简单' })).toMatchObject({ question: { difficulty: 'easy' } })
    expect(row({ kind: '判断', answer: '对', difficulty: '3' })).toMatchObject({ question: { difficulty: 'hard' } })
    expect(row({ kind: '判断', answer: '对' })).toMatchObject({ question: { difficulty: 'medium' } })
    expect(messageOf(row({ kind: '判断', answer: '对', difficulty: '地狱' }))).toBe('难度“地狱”无法识别，请填写 简单、中等、困难 或 1–3')
  })

  it('refuses options with gaps or more than six', () => {
    expect(messageOf(row({ kind: '单选', answer: 'A', optionA: '甲', optionC: '丙' }))).toBe(
      '选项B为空，但其后还有选项，请按 A、B、C… 依次填写',
    )
    expect(messageOf(row({ kind: '单选', answer: 'A', ...choice, extraOption: '第七个' }))).toBe(
      '选项太多：每题最多 6 个选项（选项A–选项F）',
    )
  })

  it('refuses formulas, control characters, lone surrogates and over-long cells with the column named', () => {
    expect(messageOf(row({ kind: '单选', answer: 'A', ...choice }, ['stem']))).toContain('题干是公式')
    expect(messageOf(row({ kind: '单选', answer: 'A', ...choice, optionB: '=HYPERLINK("http://x")' }))).toContain('选项B是公式')
    expect(messageOf(row({ kind: '判断', answer: '对', stem: `题干\u0000` }))).toContain('题干含有无法识别')
    expect(messageOf(row({ kind: '判断', answer: '对', explanation: `解析\uD800` }))).toContain('解析含有无法识别')
    expect(messageOf(row({ kind: '判断', answer: '对', stem: '长'.repeat(10_000) }))).toBe('题干太长：最多 500 个字，当前 10000 个字')
    expect(row({ kind: '判断', answer: '对', stem: '𠀀𠀁 emoji 👍🏽 题干' })).toHaveProperty('question')
  })

  it('refuses a row without a stem or an answer', () => {
    expect(messageOf(parseQuestionRow({ row: 3, cells: { kind: '判断', answer: '对' }, formulas: [] }))).toBe('题干不能为空')
    expect(messageOf(row({ kind: '判断' }))).toBe('答案不能为空')
  })
})
