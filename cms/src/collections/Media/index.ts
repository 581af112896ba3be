import type { CollectionConfig } from 'payload'
import { canReadMedia } from '../../access/canReadMedia'
import { staffOnlyField } from '../../access/fieldAccess'
import { canUploadMedia, isEditor, isStaff } from '../../access/roles'
import { env } from '../../env'
import { checkUpload } from './hooks/checkUpload'
import { stampUploader } from './hooks/stampUploader'
import { mediaReaderFields } from './mediaReaderFields'
import { allowedMimeTypes } from './uploadRules'

/** Uploaded files: images (with resized versions), PDF and Word documents, video, audio and subtitles. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '媒体文件', plural: '媒体库' },
  admin: { group: '内容', useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'] },
  access: {
    read: canReadMedia,
    create: canUploadMedia,
    update: isStaff,
    delete: isEditor,
  },
  hooks: {
    beforeOperation: [checkUpload],
    beforeChange: [stampUploader],
  },
  upload: {
    staticDir: env.mediaDir,
    mimeTypes: allowedMimeTypes,
    imageSizes: [
      { name: 'thumbnail', width: 480, height: 270, position: 'centre' },
      { name: 'content', width: 1200, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    // Readers' browsers keep files a day (a file replaced on the same document shows within a day);
    // never shared caches: a file may be readable only by some members (see canReadMedia), and
    // Payload does not tell this function which file it serves.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('cache-control', 'private, max-age=86400')
      return headers
    },
  },
  fields: [
    { name: 'alt', label: '说明文字（图片的替代文字）', type: 'text', required: true },
    // Lets the importer reuse a file instead of storing the same bytes twice.
    { name: 'contentHash', type: 'text', index: true, access: { read: staffOnlyField }, admin: { hidden: true } },
    ...mediaReaderFields,
    // Where the file lies in the object store (see storage/mediaStorage): set by the server only, so
    // no one can point an item at another item's object.
    {
      name: 'prefix',
      type: 'text',
      access: { create: () => false, update: () => false, read: staffOnlyField },
      admin: { hidden: true, readOnly: true },
    },
  ],
}
