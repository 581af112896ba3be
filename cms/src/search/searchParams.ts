import { searchTypes } from '@xuexi/contract/search/SearchResponse'
import { z } from 'zod'
import { t } from '../i18n/messages'

/** The longest query accepted, in characters. */
export const maxQueryLength = 100

// An empty form field means "no filter".
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

/** The search query string: `q` plus filters and paging; filters that do not parse are errors too. */
export const searchParamsSchema = z.object({
  q: z
    .string({ error: t('search.queryEmpty') })
    .trim()
    .min(1, t('search.queryEmpty'))
    .max(maxQueryLength, t('search.queryTooLong', { max: maxQueryLength })),
  type: optional(z.enum(searchTypes)),
  topic: optional(z.string().max(100)),
  year: optional(z.coerce.number().int().min(1900).max(2200)),
  issuer: optional(z.string().max(100)),
  validity: optional(z.enum(['current', 'revised', 'repealed'])),
  page: optional(z.coerce.number().int().min(1).max(1000)).transform((value) => value ?? 1),
  limit: optional(z.coerce.number().int().min(1).max(50)).transform((value) => value ?? 10),
})

/** A parsed search request. */
export type SearchParams = z.infer<typeof searchParamsSchema>

/** The title-suggestion query string. */
export const suggestParamsSchema = z.object({
  q: z
    .string({ error: t('search.queryEmpty') })
    .trim()
    .min(1, t('search.queryEmpty'))
    .max(maxQueryLength, t('search.queryTooLong', { max: maxQueryLength })),
  limit: optional(z.coerce.number().int().min(1).max(20)).transform((value) => value ?? 8),
})

/** A parsed suggestion request. */
export type SuggestParams = z.infer<typeof suggestParamsSchema>
