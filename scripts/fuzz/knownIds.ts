import type { KnownIds } from './fuzzTargets'

/** Real ids and slugs of the running stack, read as the member (what they may not list stays empty). */
export async function knownIds(url: string, session: { token: string; id: number }): Promise<KnownIds> {
  const list = async (collection: string, field: 'id' | 'slug' | 'filename') => {
    const response = await fetch(`${url}/api/${collection}?limit=5&depth=0`, { headers: { authorization: `JWT ${session.token}` } })
    if (!response.ok) return []
    const { docs } = (await response.json()) as { docs: Array<Record<string, unknown>> }
    return docs.map((doc) => String(doc[field] ?? '')).filter(Boolean)
  }
  return {
    memberId: String(session.id),
    userIds: [String(session.id), '1', ...(await list('users', 'id'))],
    articleIds: await list('articles', 'id'),
    articleSlugs: await list('articles', 'slug'),
    campaignIds: await list('campaigns', 'id'),
    campaignSlugs: await list('campaigns', 'slug'),
    topicSlugs: await list('topics', 'slug'),
    mediaFiles: await list('media', 'filename'),
    contestIds: await list('contests', 'id'),
    topicQuizIds: await list('topic-quizzes', 'id'),
    questionIds: await list('questions', 'id'),
  }
}
