import { slugPattern } from '@xuexi/contract/content/slugPattern'
import type { FieldHook, TextField, TextFieldSingleValidation } from 'payload'
import { pinyin } from 'pinyin-pro'
import { t } from '../i18n/messages'

// A document's URL slug: the field, how an empty one is made from the title, and what a valid one is.

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

const maxLength = 60

/** A readable ASCII slug for any title: Chinese becomes toneless pinyin words, the rest is kept. */
export function slugify(title: string): string {
  const spelled = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  const words = spelled.split(/[^a-z0-9]+/).filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > maxLength) break
    slug = next
  }
  return slug.length >= 3 ? slug : `item-${slug || 'untitled'}`
}

/** Fills an empty slug from the title, adding -2, -3… until no other document in the collection uses it. */
const assignSlug: FieldHook = async ({ value, data, originalDoc, req, collection }) => {
  if (typeof value === 'string' && value.trim()) return value.trim().toLowerCase()
  if (originalDoc?.slug) return originalDoc.slug
  const title = typeof data?.title === 'string' ? data.title : ''
  if (!title || !collection) return value
  const base = slugify(title)
  for (let attempt = 1; ; attempt++) {
    const candidate = attempt === 1 ? base : `${base}-${attempt}`
    const { totalDocs } = await req.payload.count({
      collection: collection.slug as 'articles',
      where: { slug: { equals: candidate } },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return candidate
  }
}

/** Requires a slug matching the slug pattern (Payload skips validation when saving drafts). */
const validateSlug: TextFieldSingleValidation = (value, { required }) => {
  if (!value) return required ? '请填写网址别名' : true
  return slugPattern.test(value) || t('slug.invalid')
}
