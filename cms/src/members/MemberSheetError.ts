import type { MessageCode } from '../i18n/messages'

/** A member sheet that cannot be imported at all (wrong type, unreadable, no header); nothing was created. */
export class MemberSheetError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly values: Record<string, string | number> = {},
  ) {
    super(code)
    this.name = 'MemberSheetError'
  }
}
