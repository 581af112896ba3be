/** Stable codes for why a file could not be imported. */
export type ImportErrorCode =
  | 'UNSUPPORTED_FILE'
  | 'EMPTY_FILE'
  | 'UNREADABLE_FILE'
  | 'NO_TEXT_IN_PDF'
  | 'INVALID_FRONT_MATTER'
  | 'MISSING_REFERENCE'
  | 'REFERENCE_OUTSIDE_FOLDER'
  | 'SLUG_TAKEN'
  | 'SAVE_FAILED'

/** A file that cannot be imported; the message (Chinese) says what is wrong and what to do. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ImportError'
  }
}
