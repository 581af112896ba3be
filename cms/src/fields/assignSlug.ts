import type { FieldHook } from 'payload'
import { slugify } from './slugify'

/** Fills an empty slug from the title, adding -2, -3… until no other document in the collection uses it. */
export const assignSlug: FieldHook = async ({ value, data, originalDoc, req, collection }) => {
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
