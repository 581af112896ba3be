import { z } from 'zod'
import { slugPattern } from '../fields/slugPattern'

/** Front matter of a sample article in `content/articles/*.md`. */
export const articleFrontMatter = z.object({
  title: z.string().min(1, '缺少标题 title'),
  slug: z.string().regex(slugPattern, 'slug 只能包含小写字母、数字和连字符'),
  author: z.string().optional(),
  source: z.string().optional(),
  publishedAt: z.coerce.date({ error: 'publishedAt 必须是日期，例如 2026-06-30' }),
  summary: z.string().optional(),
})

/** A parsed article front matter. */
export type ArticleFrontMatter = z.infer<typeof articleFrontMatter>
