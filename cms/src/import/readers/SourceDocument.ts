/** A file read into the parts the importer needs, whatever its format. */
export interface SourceDocument {
  /** Front matter, or what could be derived (title) for formats without it. */
  meta: Record<string, unknown>
  body: { format: 'markdown' | 'html'; text: string }
  /** Images carried inside the file (Word), referenced from the body by `reference`. */
  embeddedImages: Array<{ reference: string; data: Buffer; filename: string }>
}
