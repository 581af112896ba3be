import type { AfterErrorHook } from 'payload'
import { t } from '../i18n/messages'

// PostgreSQL's "data exception" class: a value the database cannot take for the column it is
// compared with or stored in — `abc` or 2^31 as an integer id, a NUL character in text. Payload
// passes such values from the URL and body straight to its queries.
const dataException = /^22/

function sqlStateOf(error: unknown): string | undefined {
  for (let cause = error, depth = 0; cause && depth < 5; depth += 1) {
    const code = (cause as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    cause = (cause as { cause?: unknown }).cause
  }
  return undefined
}

/** Whether the database refused a value as a data exception (the caller's mistake, answered 400). */
export function isDataException(error: unknown): boolean {
  const state = sqlStateOf(error)
  return state !== undefined && dataException.test(state)
}

/**
 * Root `afterError` hook: a request the database refused as a data exception is the caller's
 * mistake, answered 400 with the stable code `input.unstorable`, on every REST path (collections,
 * auth operations, custom endpoints) — never a 500.
 */
export const refuseUnstorableInput: AfterErrorHook = ({ error }) => {
  if (!isDataException(error)) return
  return { status: 400, response: { errors: [{ message: t('input.unstorable'), data: { code: 'input.unstorable' } }] } }
}
