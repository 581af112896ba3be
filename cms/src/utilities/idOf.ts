/** A document id, whether a relationship value arrives as the id itself or as the populated document. */
export type DocumentId = number | string

/** The id behind a relationship value (id or populated document); undefined when empty. */
export function idOf(value: unknown): DocumentId | undefined {
  if (value === null || value === undefined) return undefined
  return typeof value === 'object' ? (value as { id?: DocumentId }).id : (value as DocumentId)
}
