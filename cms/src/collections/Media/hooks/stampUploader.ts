import type { CollectionBeforeChangeHook } from 'payload'

/** A new file remembers who uploaded it, so they can see it (e.g. a campaign cover) before any item uses it. */
export const stampUploader: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) return { ...data, uploadedBy: req.user.id }
  return data
}
