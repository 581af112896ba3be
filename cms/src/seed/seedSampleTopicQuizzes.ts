import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Payload } from 'payload'
import { z } from 'zod'
import { sampleQuestionSchema } from '../questions/sampleQuestionSchema'

interface SampleSet {
  title: string
  description: string
  topic: string
  /** Which sample questions the set holds. */
  picks: (question: z.infer<typeof sampleQuestionSchema>) => boolean
  /** The policy the set is about (its slug), linked from the set's page. */
  policy?: string
}

const sampleSets: SampleSet[] = [
  {
    title: '《党员积分管理办法》专项答题（示例）',
    description:
      '围绕 2025 年修订的党员积分管理办法出题：积分怎么记、怎么用、怎么公示。每人计分作答一次，答对的题按每日答题规则得积分；之后可以再练不计分。',
    topic: '党员管理',
    policy: 'party-member-points-2025',
    picks: (question) => question.source === 'policies/party-member-points-2025',
  },
  {
    title: '“三会一课”制度专项答题（示例）',
    description:
      '学习“三会一课”制度及其 2025 年的补充规定：支部党员大会、支委会、党小组会和党课的要求。提交后显示每道题的答案、解析和原文出处。',
    topic: '组织生活',
    picks: (question) => question.source.startsWith('policies/three-meetings-one-lesson'),
  },
]

/**
 * Two open sample topic quizzes (for all signed-in members, open from now for 30 days), each drawn
 * from the sample questions of `content/questions.json` (at most 10, those every member may read).
 * Does nothing for a set that is already there; returns how many were created.
 */
export async function seedSampleTopicQuizzes(payload: Payload, file: string, now = new Date()): Promise<number> {
  if (!existsSync(file)) return 0
  const samples = z.array(sampleQuestionSchema).parse(JSON.parse(await readFile(file, 'utf8')))
  let created = 0
  for (const set of sampleSets) {
    const existing = await payload.count({ collection: 'topic-quizzes', where: { title: { equals: set.title } }, overrideAccess: true })
    if (existing.totalDocs > 0) continue
    const sources = samples.flatMap((question, index) => (set.picks(question) ? [`content/questions.json#${index + 1}`] : []))
    const questions = await payload.find({
      collection: 'questions',
      where: {
        and: [{ importSource: { in: sources } }, { visibility: { in: ['public', 'members'] } }, { _status: { equals: 'published' } }],
      },
      sort: 'id',
      limit: 10,
      depth: 0,
      overrideAccess: true,
    })
    if (questions.docs.length === 0) continue
    const policy = set.policy
      ? (await payload.find({ collection: 'policies', where: { slug: { equals: set.policy } }, limit: 1, depth: 0, overrideAccess: true }))
          .docs[0]
      : undefined
    await payload.create({
      collection: 'topic-quizzes',
      overrideAccess: true,
      data: {
        title: set.title,
        description: set.description,
        topic: set.topic,
        policy: policy?.id,
        opensAt: now.toISOString(),
        closesAt: new Date(now.getTime() + 30 * 86_400_000).toISOString(),
        questions: questions.docs.map((question) => question.id),
        visibility: 'members',
        reviewStatus: 'approved',
        _status: 'published',
      },
    })
    created++
  }
  return created
}
