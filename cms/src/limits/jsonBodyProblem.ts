import type { MessageCode } from '../i18n/messages'
import { jsonDepth, maxJsonDepth } from './jsonDepth'

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
