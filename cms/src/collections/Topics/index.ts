import type { CollectionConfig } from 'payload'
import { isEditor } from '../../access/roles'
import { importFields } from '../../fields/importFields'
import { slugField } from '../../fields/slugField'
import { trackMediaUseAfterChange, trackMediaUseAfterDelete } from '../shared/hooks/trackMediaUse'

/** Topics (专题) that group study materials of any type. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: '专题', plural: '专题' },
  admin: { group: '内容', useAsTitle: 'title', defaultColumns: ['title', 'slug', 'updatedAt'] },
  access: { read: () => true, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    afterChange: [trackMediaUseAfterChange],
    afterDelete: [trackMediaUseAfterDelete],
  },
  fields: [
    { name: 'title', label: '专题名称', type: 'text', required: true, maxLength: 60 },
    { name: 'description', label: '专题介绍', type: 'textarea', maxLength: 500 },
    { name: 'cover', label: '封面图', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { contains: 'image' } } },
    slugField(),
    ...importFields,
  ],
}
