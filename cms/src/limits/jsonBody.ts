import type { MessageCode } from '../i18n/messages'

// What JSON request body the CMS reads: UTF-8 only, an object, nested no deeper than `maxJsonDepth`.

/**
 * Whether a JSON `Content-Type` allows reading the body as UTF-8: no `charset` parameter, or
 * `charset=utf-8` (JSON is UTF-8, RFC 8259). Payload decodes every body as UTF-8 whatever it says, and
 * GraphQL refuses any other charset with a 500; `application/json; charset=utf-16` is answered 415.
 */
export function isUtf8Json(contentType: string): boolean {
  for (const parameter of contentType.split(';').slice(1)) {
    const [name = '', value = ''] = parameter.split('=', 2).map((part) => part.trim().toLowerCase())
    if (name === 'charset' && value.replace(/^"(.*)"$/, '$1') !== 'utf-8') return false
  }
  return true
}

/** The deepest nesting of objects and arrays accepted in a JSON body (rich text needs a few dozen). */
export const maxJsonDepth = 128

/**
 * How deeply `value` nests objects and arrays, counted without recursion and only up to `limit + 1`:
 * Payload walks documents recursively, so a body nested thousands deep overflowed its stack (a 500).
 */
export function jsonDepth(value: unknown, limit = maxJsonDepth): number {
  let deepest = 0
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }]
  while (pending.length > 0) {
    const { value: next, depth } = pending.pop() as { value: unknown; depth: number }
    if (next === null || typeof next !== 'object') continue
    const level = depth + 1
    if (level > deepest) deepest = level
    if (deepest > limit) return deepest
    for (const child of Object.values(next)) if (child !== null && typeof child === 'object') pending.push({ value: child, depth: level })
  }
  return deepest
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * What is wrong with a JSON request body, as the message code to answer (400), or null when it is a
 * readable object nested no deeper than `maxJsonDepth`. Every JSON body the CMS takes is an object;
 * Payload answered `null` with a 500, broken JSON with an English "unknown error", and deep nesting
 * overflowed its stack.
 */
export function jsonBodyProblem(body: Uint8Array): MessageCode | null {
  let value: unknown
  try {
    value = JSON.parse(utf8.decode(body))
  } catch {
    return 'input.unreadableJson'
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'input.jsonNotObject'
  return jsonDepth(value) > maxJsonDepth ? 'limits.jsonTooDeep' : null
}
