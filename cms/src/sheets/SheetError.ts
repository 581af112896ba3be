import type { MessageCode } from '../i18n/messages'

/** A sheet that cannot be imported at all (wrong type, unreadable, no header, too big); nothing was created. */
export class SheetError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly values: Record<string, string | number> = {},
  ) {
    super(code)
    this.name = 'SheetError'
  }
}
