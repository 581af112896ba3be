import type { Payload } from 'payload'

const sampleTitle = '学党章 守党规 知识竞赛（示例）'

/**
 * One open sample contest for the whole organization tree (run by the top organization, open from now
 * for two weeks): twenty questions drawn per member from the bank's published questions (5 easy, 10
 * medium, 5 hard), 20 minutes, two attempts. Does nothing when it is already there.
 */
export async function seedSampleContest(payload: Payload, now = new Date()): Promise<number> {
  const existing = await payload.count({ collection: 'contests', where: { title: { equals: sampleTitle } }, overrideAccess: true })
  if (existing.totalDocs > 0) return 0
  const roots = await payload.find({
    collection: 'organizations',
    where: { parent: { exists: false } },
    sort: 'id',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const root = roots.docs[0]
  if (!root) return 0
  await payload.create({
    collection: 'contests',
    overrideAccess: true,
    data: {
      title: sampleTitle,
      description:
        '围绕党章和党内法规开展知识竞赛。每人随机抽取 20 道题，限时 20 分钟，可答两次，取最好成绩；按成绩和用时排名，合格者和前 10 名可打印证书。',
      startsAt: now.toISOString(),
      endsAt: new Date(now.getTime() + 14 * 86_400_000).toISOString(),
      selection: 'drawn',
      draw: { easy: 5, medium: 10, hard: 5 },
      timeLimitMinutes: 20,
      maxAttempts: 2,
      passScore: 60,
      certificateTop: 10,
      organization: root.id,
      status: 'published',
    },
  })
  return 1
}
