import { z } from 'zod'
import type { ContentType } from '../contentTypes'
import { commonFrontMatter, frontMatterParts } from './commonFrontMatter'

const { date, relativeFile, duration, chapters } = frontMatterParts

/** Front matter accepted for each content type (`content/README.md` documents the fields). */
export const frontMatterSchemas = {
  article: commonFrontMatter.extend({
    author: z.string().optional(),
    source: z.string().optional(),
    cover: relativeFile.optional(),
  }),
  policy: commonFrontMatter.extend({
    documentNumber: z.string({ error: '缺少文号 documentNumber' }),
    issuer: z.string({ error: '缺少发文机关 issuer' }),
    issuedAt: date,
    effectiveAt: date.optional(),
    validity: z.enum(['current', 'revised', 'repealed']).default('current'),
    level: z.enum(['central', 'provincial', 'city', 'district', 'unit']).optional(),
    supersedes: z.array(z.string()).default([]),
    amends: z.array(z.string()).default([]),
    attachments: z.array(relativeFile).default([]),
  }),
  video: commonFrontMatter.extend({
    kind: z.enum(['film', 'documentary', 'micro', 'story']).default('micro'),
    file: relativeFile.optional(),
    externalUrl: z.url().optional(),
    poster: relativeFile.optional(),
    duration: duration.optional(),
    synopsis: z.string().optional(),
    subtitles: relativeFile.optional(),
    chapters,
  }),
  lecture: commonFrontMatter.extend({
    speaker: z.object({
      name: z.string({ error: '缺少主讲人姓名 speaker.name' }),
      title: z.string().optional(),
      affiliation: z.string().optional(),
      bio: z.string().optional(),
      photo: relativeFile.optional(),
    }),
    format: z.enum(['video', 'audio', 'slides']).default('video'),
    media: relativeFile.optional(),
    slides: relativeFile.optional(),
    heldAt: date.optional(),
    duration: duration.optional(),
    chapters,
  }),
  announcement: commonFrontMatter.extend({
    pinned: z.boolean().default(false),
    expiresAt: date.optional(),
  }),
  topic: commonFrontMatter.extend({
    description: z.string().optional(),
    cover: relativeFile.optional(),
  }),
} satisfies Record<ContentType, z.ZodType>

/** Validated front matter of one content type. */
export type FrontMatter<T extends ContentType> = z.infer<(typeof frontMatterSchemas)[T]>
