import type { CollectionBeforeChangeHook } from 'payload'

/** An article published without a date takes the moment it was first published. */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
