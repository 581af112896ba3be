import type { Payload } from 'payload'
import type { TopicLabel } from './documentFromContent'

/** Every topic's slug and title by id, for facets. */
export async function loadTopicLabels(payload: Payload): Promise<Map<string, TopicLabel>> {
  const { docs } = await payload.find({ collection: 'topics', depth: 0, pagination: false, overrideAccess: true })
  return new Map(docs.map((topic) => [String(topic.id), { slug: topic.slug ?? String(topic.id), title: topic.title }]))
}
