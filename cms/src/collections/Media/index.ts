import type { CollectionConfig } from 'payload'
import { isEditor } from '../../access/isEditor'
import { isStaff } from '../../access/isStaff'
import { env } from '../../env'

/** Images used in articles (covers and inline pictures). */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '媒体文件', plural: '媒体库' },
  admin: { group: '内容', useAsTitle: 'alt' },
  access: {
    read: () => true,
    create: isStaff,
    update: isStaff,
    delete: isEditor,
  },
  upload: {
    staticDir: env.mediaDir,
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif'],
    imageSizes: [
      { name: 'thumbnail', width: 480, height: 270, position: 'centre' },
      { name: 'content', width: 1200, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [{ name: 'alt', label: '替代文字（供读屏软件朗读）', type: 'text', required: true }],
}
