import type { SearchType } from '@xuexi/contract/search/SearchResponse'
import type { Payload } from 'payload'
import { idOf } from '../utilities/idOf'
import { lexicalToText } from './lexicalToText'
import { type SearchDocument, searchDocumentSchema } from './SearchDocument'

/** A topic as a facet: its slug (the filter value) and title. */
export type TopicLabel = { slug: string; title: string }

type Content = Record<string, unknown> & { id: number | string }

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/**
 * The searchable form of a published content document (depth 0): title; summary, keywords and short
 * metadata (文号, issuer, author, speaker); body, transcript or synopsis as plain text; facets;
 * visibility and organizations.
 */
export function documentFromContent(type: SearchType, doc: Content, topics: ReadonlyMap<string, TopicLabel>): SearchDocument {
  const speaker = (doc.speaker ?? {}) as Record<string, unknown>
  const keywords = Array.isArray(doc.keywords) ? (doc.keywords as unknown[]).map(text) : []
  const summary = [doc.summary, ...keywords, doc.documentNumber, doc.issuer, doc.author, speaker.name, speaker.affiliation].map(text)
  const body = [lexicalToText(doc.body), text(doc.synopsis), lexicalToText(doc.transcript)]
  const topicIds = Array.isArray(doc.topics) ? (doc.topics as unknown[]).map((topic) => String(idOf(topic))) : []
  return searchDocumentSchema.parse({
    type,
    id: doc.id,
    slug: text(doc.slug),
    title: text(doc.title),
    summary: summary.filter(Boolean).join('\n'),
    body: body.filter(Boolean).join('\n'),
    publishedAt: Date.parse(text(doc.publishedAt)) || 0,
    topics: topicIds.flatMap((id) => topics.get(id) ?? []),
    issuer: text(doc.issuer) || undefined,
    validity: type === 'policies' ? doc.validity : undefined,
    visibility: doc.visibility ?? 'public',
    organizationIds: Array.isArray(doc.organizations) ? (doc.organizations as unknown[]).map(idOf).filter((id) => id !== undefined) : [],
  })
}

/** Every topic's slug and title by id, for facets. */
export async function loadTopicLabels(payload: Payload): Promise<Map<string, TopicLabel>> {
  const { docs } = await payload.find({ collection: 'topics', depth: 0, pagination: false, overrideAccess: true })
  return new Map(docs.map((topic) => [String(topic.id), { slug: topic.slug ?? String(topic.id), title: topic.title }]))
}
