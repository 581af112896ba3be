import type { CollectionBeforeChangeHook, CollectionConfig, DateField, Field, RelationshipField, TextField } from 'payload'
import { canReadContent } from '../../access/canReadContent'
import { isEditor, isStaff } from '../../access/roles'
import { importFields } from '../../fields/importFields'
import { reviewFields } from '../../fields/reviewFields'
import { slugField } from '../../fields/slugField'
import { updatedByField } from '../../fields/updatedByField'
import { visibilityFields } from '../../fields/visibilityFields'
import { enforceReviewWorkflow } from './hooks/enforceReviewWorkflow'
import { publishedOnlyForReaders } from './hooks/publishedOnlyForReaders'
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

/** Short keywords (关键词) used by search and related items. */
const keywordsField: TextField = {
  name: 'keywords',
  label: '关键词',
  type: 'text',
  hasMany: true,
  maxRows: 12,
  admin: { position: 'sidebar' },
}

/** The topics (专题) an item belongs to; any item can be in several. */
const topicsField: RelationshipField = {
  name: 'topics',
  label: '所属专题',
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  admin: { position: 'sidebar' },
}

/** The date shown to readers; filled in on first publication when left empty. */
const publishedAtField: DateField = {
  name: 'publishedAt',
  label: '发布日期',
  type: 'date',
  index: true,
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' },
    description: '留空则在首次发布时自动填写',
  },
}

/** An article published without a date takes the moment it was first published. */
const stampPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
