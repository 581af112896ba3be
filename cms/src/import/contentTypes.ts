/** The kinds of item the importer writes, and the collection each goes to. */
export const contentTypes = {
  article: 'articles',
  policy: 'policies',
  video: 'videos',
  lecture: 'lectures',
  announcement: 'announcements',
  topic: 'topics',
} as const

/** An importable content type. */
export type ContentType = keyof typeof contentTypes

/** The collection slug an import type writes to. */
export type ImportCollection = (typeof contentTypes)[ContentType]

/** True for a known content type name. */
export function isContentType(value: unknown): value is ContentType {
  return typeof value === 'string' && value in contentTypes
}
