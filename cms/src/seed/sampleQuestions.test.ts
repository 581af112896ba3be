import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { questionProblems } from '../questions/questionProblems'
import { optionKeys } from '../questions/questionShape'
import { answerOf, sampleQuestionSchema } from '../questions/sampleQuestionSchema'

const contentDir = path.resolve(import.meta.dirname, '../../../content')
const questions = z.array(sampleQuestionSchema).parse(JSON.parse(readFileSync(path.join(contentDir, 'questions.json'), 'utf8')))
// The item's text as a reader sees it: front matter and bold markers removed.
const itemText = (source: string) =>
  readFileSync(path.join(contentDir, `${source}.md`), 'utf8')
    .split('---')
    .slice(2)
    .join('---')
    .replaceAll('**', '')

describe('the sample question bank (content/questions.json)', () => {
  it('holds at least 100 questions of every kind', () => {
    expect(questions.length).toBeGreaterThanOrEqual(100)
    expect(new Set(questions.map((question) => question.kind))).toEqual(new Set(['single', 'multiple', 'trueFalse', 'fill']))
  })

  it('quotes each passage verbatim from its source item', () => {
    const missing = questions.filter((question) => !itemText(question.source).includes(question.passage))
    expect(missing.map((question) => `${question.source}: ${question.passage}`)).toEqual([])
  })

  it('gives every question an answer key that fits its kind and options', () => {
    const unsound = questions.filter((question) => {
      const options = (question.options ?? []).map((text, position) => ({ key: optionKeys[position], text }))
      return questionProblems({ kind: question.kind, options, answer: answerOf(question) }).length > 0
    })
    expect(unsound.map((question) => question.stem)).toEqual([])
  })
})
