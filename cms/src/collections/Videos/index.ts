import { ValidationError } from 'payload'
import { chaptersField, durationField } from '../../fields/mediaTimeFields'
import { t } from '../../i18n/messages'
import { contentCollection } from '../shared/contentCollection'

/** Red-culture videos (红色影视): a file or an external URL, with poster, subtitles, transcript and chapters. */
export const Videos = contentCollection({
  slug: 'videos',
  labels: { singular: '红色影视', plural: '红色影视' },
  defaultColumns: ['title', 'kind', 'duration', 'publishedAt', 'reviewStatus', '_status'],
  hooks: {
    beforeChange: [
      ({ data, collection }) => {
        if (data._status === 'published' && !data.file && !data.externalUrl) {
          throw new ValidationError({ collection: collection.slug, errors: [{ path: 'file', message: t('video.sourceRequired') }] })
        }
        return data
      },
    ],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          label: '类别',
          type: 'select',
          required: true,
          defaultValue: 'micro',
          index: true,
          options: [
            { value: 'film', label: '电影' },
            { value: 'documentary', label: '纪录片' },
            { value: 'micro', label: '微视频' },
            { value: 'story', label: '革命故事' },
          ],
        },
        durationField(),
      ],
    },
    { name: 'summary', label: '简介', type: 'textarea', maxLength: 500 },
    { name: 'file', label: '视频文件（MP4）', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { equals: 'video/mp4' } } },
    { name: 'externalUrl', label: '外部视频地址', type: 'text', admin: { description: '没有上传文件时填写，例如视频平台的播放页地址' } },
    { name: 'poster', label: '封面（海报）', type: 'upload', relationTo: 'media', filterOptions: { mimeType: { contains: 'image' } } },
    {
      name: 'subtitles',
      label: '字幕（WebVTT）',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { equals: 'text/vtt' } },
    },
    { name: 'synopsis', label: '剧情梗概', type: 'textarea' },
    chaptersField,
    { name: 'transcript', label: '文字稿', type: 'richText' },
  ],
})
