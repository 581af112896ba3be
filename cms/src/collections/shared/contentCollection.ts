import type { CollectionConfig, Field } from 'payload'
import { canReadContent } from '../../access/canReadContent'
import { isEditor } from '../../access/isEditor'
import { isStaff } from '../../access/isStaff'
import { importFields } from '../../fields/importFields'
import { keywordsField } from '../../fields/keywordsField'
import { publishedAtField } from '../../fields/publishedAtField'
import { reviewFields } from '../../fields/reviewFields'
import { slugField } from '../../fields/slugField'
import { topicsField } from '../../fields/topicsField'
import { updatedByField } from '../../fields/updatedByField'
import { visibilityFields } from '../../fields/visibilityFields'
import { enforceReviewWorkflow } from './hooks/enforceReviewWorkflow'
import { publishedOnlyForReaders } from './hooks/publishedOnlyForReaders'
import { stampPublishedAt } from './hooks/stampPublishedAt'
import { trackMediaUseAfterChange, trackMediaUseAfterDelete } from './hooks/trackMediaUse'

/** What differs between the study-material collections; everything else is shared. */
export interface ContentCollectionOptions {
  slug: string
  labels: { singular: string; plural: string }
  defaultColumns: string[]
  listSearchableFields?: string[]
  /** The type's own fields, shown in the main column after the title. */
  fields: Field[]
  /** Extra sidebar fields shown after the shared ones. */
  sidebarFields?: Field[]
  hooks?: CollectionConfig['hooks']
  /** Whether the item takes topics and keywords (announcements do not). */
  taxonomy?: boolean
}

/**
 * A study-material collection: title, slug, drafts with versions and scheduled publishing, the
 * review workflow, visibility, topics and keywords, and the shared access rules.
 */
export function contentCollection(options: ContentCollectionOptions): CollectionConfig {
  const taxonomy = options.taxonomy ?? true
  return {
    slug: options.slug,
    labels: options.labels,
    admin: {
      group: '内容',
      useAsTitle: 'title',
      defaultColumns: options.defaultColumns,
      listSearchableFields: options.listSearchableFields ?? ['title', 'summary'],
    },
    access: {
      read: canReadContent,
      readVersions: isStaff,
      create: isEditor,
      update: isStaff,
      delete: isEditor,
    },
    versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
    defaultSort: '-publishedAt',
    hooks: {
      ...options.hooks,
      beforeOperation: [publishedOnlyForReaders, ...(options.hooks?.beforeOperation ?? [])],
      beforeChange: [stampPublishedAt, enforceReviewWorkflow, ...(options.hooks?.beforeChange ?? [])],
      afterChange: [...(options.hooks?.afterChange ?? []), trackMediaUseAfterChange],
      afterDelete: [...(options.hooks?.afterDelete ?? []), trackMediaUseAfterDelete],
    },
    fields: [
      { name: 'title', label: '标题', type: 'text', required: true, maxLength: 200 },
      ...options.fields,
      slugField(),
      publishedAtField,
      ...reviewFields,
      ...visibilityFields,
      ...(taxonomy ? [topicsField, keywordsField] : []),
      ...(options.sidebarFields ?? []),
      updatedByField,
      ...importFields,
    ],
  }
}
