import type { Question } from '@xuexi/contract/payload-types'
import { fetchCms } from '../cms/fetchCms'

/** A bank question as a picker lists it (never with its answer). */
export type PickableQuestion = Pick<Question, 'id' | 'stem' | 'kind' | 'topic' | 'difficulty'>

/**
 * Published bank questions every member may read (stem, kind, topic, difficulty), newest first, for an
 * organizer to pick from; `kinds` limits the question types (a campaign quiz has no fill-in blanks).
 */
export async function pickableQuestions(kinds?: Array<Question['kind']>): Promise<PickableQuestion[]> {
  const query = new URLSearchParams({
    depth: '0',
    sort: '-createdAt',
    limit: '200',
    'where[_status][equals]': 'published',
    'where[visibility][not_equals]': 'organizations',
    'select[stem]': 'true',
    'select[kind]': 'true',
    'select[topic]': 'true',
    'select[difficulty]': 'true',
  })
  for (const [index, kind] of (kinds ?? []).entries()) query.set(`where[kind][in][${index}]`, kind)
  return (await fetchCms<{ docs: PickableQuestion[] }>('/api/questions', query)).docs
}
