import { describe, expect, it } from 'vitest'
import { questionProblems } from './questionProblems'

const options = [
  { key: 'A', text: '甲' },
  { key: 'B', text: '乙' },
  { key: 'C', text: '丙' },
]

describe('questionProblems', () => {
  it('accepts a single-choice question with one correct option among its options', () => {
    expect(questionProblems({ kind: 'single', options, answer: { keys: ['B'] } })).toEqual([])
  })

  it('refuses an answer key that is not one of the options', () => {
    expect(questionProblems({ kind: 'single', options, answer: { keys: ['E'] } })[0]?.message).toBe('正确答案 E 不是本题的选项')
  })

  it('asks a multiple-choice question for two or more correct options', () => {
    expect(questionProblems({ kind: 'multiple', options, answer: { keys: ['A'] } })[0]?.path).toBe('answer.keys')
  })

  it('asks a fill-in question for an accepted answer and refuses options on a true/false question', () => {
    expect(questionProblems({ kind: 'fill', answer: { accepted: ['  '] } })[0]?.path).toBe('answer.accepted')
    expect(questionProblems({ kind: 'trueFalse', options, answer: { truth: true } })[0]?.path).toBe('options')
  })
})
