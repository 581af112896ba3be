import type { TextField } from 'payload'
import { assignSlug } from './assignSlug'
import { validateSlug } from './validateSlug'

/** A unique, stable URL slug; left empty, it is made from the title (pinyin for Chinese) once. */
export function slugField(): TextField {
  return {
    name: 'slug',
    label: '网址别名',
    type: 'text',
    unique: true,
    index: true,
    validate: validateSlug,
    hooks: { beforeValidate: [assignSlug] },
    admin: {
      position: 'sidebar',
      description: '文章网址的最后一段，例如 study-notes-2026；留空则按标题拼音自动生成，之后不再变化',
    },
  }
}
