import { slugPattern } from '@xuexi/contract/content/slugPattern'
import { z } from 'zod'

const date = z.coerce.date({ error: '必须是日期，例如 "2026-06-30"' })
const relativeFile = z.string().min(1)

/** Front matter every content type accepts. */
export const commonFrontMatter = z.object({
  type: z.string().optional(),
  title: z.string({ error: '缺少标题 title' }).min(1, '标题 title 不能为空').max(200),
  slug: z.string().regex(slugPattern, 'slug 只能包含小写字母、数字和连字符，长度 3–80').optional(),
  summary: z.string().max(500).optional(),
  publishedAt: date.optional(),
  topics: z.array(z.string()).default([]),
  keywords: z.array(z.string()).default([]),
  visibility: z.enum(['public', 'members', 'organizations'], { error: 'visibility 只能是 public、members 或 organizations' }).optional(),
  organizations: z.array(z.string()).default([]),
})

/** Shared pieces for the per-type schemas. */
export const frontMatterParts = {
  date,
  relativeFile,
  duration: z.string().regex(/^(?:\d+:)?\d{1,3}:[0-5]\d$/, '时长格式应为 分:秒 或 时:分:秒，例如 45:00'),
  chapters: z
    .array(z.object({ time: z.string().regex(/^(?:\d+:)?\d{1,3}:[0-5]\d$/, '章节时间格式应为 分:秒'), title: z.string().min(1) }))
    .default([]),
}
