import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Payload } from 'payload'
import { z } from 'zod'
import { optionKeys, type questionSources } from '../questions/questionShape'
import { answerOf, sampleQuestionSchema } from '../questions/sampleQuestionSchema'

/**
 * Loads `content/questions.json` into the question bank, published, each linked to its source item
 * (already seeded) and readable by whoever may read that item; returns how many.
 */
export async function seedSampleQuestions(payload: Payload, file: string): Promise<number> {
  if (!existsSync(file)) return 0
  const questions = z.array(sampleQuestionSchema).parse(JSON.parse(await readFile(file, 'utf8')))
  for (const [index, question] of questions.entries()) {
    const [collection, slug] = question.source.split('/') as [(typeof questionSources)[number], string]
    const found = await payload.find({ collection, where: { slug: { equals: slug } }, depth: 0, limit: 1, overrideAccess: true })
    const item = found.docs[0] as { id: number; visibility?: string; organizations?: unknown[] | null } | undefined
    if (!item) throw new Error(`示例题目第 ${index + 1} 题的来源 ${question.source} 不存在`)
    await payload.create({
      collection: 'questions',
      overrideAccess: true,
      data: {
        kind: question.kind,
        stem: question.stem,
        options: (question.options ?? []).map((text, position) => ({ key: optionKeys[position] ?? 'F', text })),
        answer: answerOf(question),
        explanation: question.explanation,
        topic: question.topic,
        difficulty: question.difficulty,
        source: { relationTo: collection, value: item.id },
        sourcePassage: question.passage,
        visibility: (item.visibility ?? 'public') as 'public' | 'members' | 'organizations',
        organizations: (item.organizations ?? []) as number[],
        reviewStatus: 'approved',
        _status: 'published',
        importSource: `content/questions.json#${index + 1}`,
      },
    })
  }
  return questions.length
}
