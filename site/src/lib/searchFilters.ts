import type { SearchResponse } from '@xuexi/contract/search/SearchResponse'
import { t } from '../i18n/t'
import type { StringKey } from '../i18n/zh-CN'

/** One row of the filter bar. */
export interface FilterRow {
  label: string
  param: string
  options: Array<{ value: string; label: string }>
}

const typeOrValidity = (prefix: 'search.type' | 'search.validity', value: string) => t(`${prefix}.${value}` as StringKey)

/** The search page's filter rows from the facet counts: only facets with values, each choice with its count. */
export function searchFilters(facets: SearchResponse['facets']): FilterRow[] {
  const rows: FilterRow[] = [
    {
      label: t('filter.type'),
      param: 'type',
      options: facets.type.map((f) => ({ value: f.value, label: `${typeOrValidity('search.type', f.value)} ${f.count}` })),
    },
    { label: t('filter.topic'), param: 'topic', options: facets.topic.map((f) => ({ value: f.value, label: `${f.label} ${f.count}` })) },
    {
      label: t('filter.year'),
      param: 'year',
      options: [...facets.year]
        .sort((a, b) => b.value.localeCompare(a.value))
        .map((f) => ({ value: f.value, label: `${f.value}年 ${f.count}` })),
    },
    { label: t('filter.issuer'), param: 'issuer', options: facets.issuer.map((f) => ({ value: f.value, label: `${f.label} ${f.count}` })) },
    {
      label: t('filter.validity'),
      param: 'validity',
      options: facets.validity.map((f) => ({ value: f.value, label: `${typeOrValidity('search.validity', f.value)} ${f.count}` })),
    },
  ]
  return rows.filter((row) => row.options.length > 0)
}
