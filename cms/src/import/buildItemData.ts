import type { PreparedItem } from './prepareItem'
import type { FrontMatter } from './schemas/frontMatterSchemas'

type Id = number | string

/** What writing an item resolved: media by reference, topics and organizations by id, the body as Lexical. */
export interface ResolvedParts {
  media: ReadonlyMap<string, Id>
  topics: Id[]
  organizations: Id[]
  body: unknown
}

const isoDate = (value: unknown) => (value instanceof Date ? value.toISOString() : undefined)

/** Maps validated front matter and resolved parts to the fields of the item's collection. */
export function buildItemData(item: PreparedItem, parts: ResolvedParts): Record<string, unknown> {
  const meta = item.meta as FrontMatter<'article'>
  const media = (reference: unknown) => (typeof reference === 'string' ? parts.media.get(reference) : undefined)
  const common = {
    title: meta.title,
    slug: item.slug,
    summary: meta.summary,
    publishedAt: isoDate(meta.publishedAt),
    visibility: meta.visibility ?? 'public',
    organizations: parts.organizations,
    importSource: item.importSource,
    importHash: item.importHash,
  }
  const taxonomy = { topics: parts.topics, keywords: meta.keywords }
  switch (item.type) {
    case 'article':
      return { ...common, ...taxonomy, author: meta.author, source: meta.source, cover: media(meta.cover), body: parts.body }
    case 'policy': {
      const policy = item.meta as FrontMatter<'policy'>
      return {
        ...common,
        ...taxonomy,
        documentNumber: policy.documentNumber,
        issuer: policy.issuer,
        issuedAt: isoDate(policy.issuedAt),
        effectiveAt: isoDate(policy.effectiveAt),
        validity: policy.validity,
        level: policy.level,
        attachments: policy.attachments.map(media),
        body: parts.body,
      }
    }
    case 'video': {
      const video = item.meta as FrontMatter<'video'>
      return {
        ...common,
        ...taxonomy,
        kind: video.kind,
        duration: video.duration,
        file: media(video.file),
        externalUrl: video.externalUrl,
        poster: media(video.poster),
        subtitles: media(video.subtitles),
        synopsis: video.synopsis,
        chapters: video.chapters,
        transcript: parts.body,
      }
    }
    case 'lecture': {
      const lecture = item.meta as FrontMatter<'lecture'>
      return {
        ...common,
        ...taxonomy,
        speaker: { ...lecture.speaker, photo: media(lecture.speaker.photo) },
        format: lecture.format,
        heldAt: isoDate(lecture.heldAt),
        duration: lecture.duration,
        media: media(lecture.media),
        slides: media(lecture.slides),
        chapters: lecture.chapters,
        transcript: parts.body,
      }
    }
    case 'announcement': {
      const announcement = item.meta as FrontMatter<'announcement'>
      return { ...common, pinned: announcement.pinned, expiresAt: isoDate(announcement.expiresAt), body: parts.body }
    }
    case 'topic': {
      const topic = item.meta as FrontMatter<'topic'>
      const { importSource, importHash } = common
      return {
        title: topic.title,
        slug: item.slug,
        description: topic.description ?? topic.summary,
        cover: media(topic.cover),
        importSource,
        importHash,
      }
    }
  }
}
