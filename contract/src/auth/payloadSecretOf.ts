import { createHash } from 'node:crypto'

/**
 * The key Payload signs sessions with (`payload.secret`), derived from its config secret as Payload
 * derives it; for the portal and tools that verify or sign outside the CMS.
 */
export function payloadSecretOf(configSecret: string): string {
  return createHash('sha256').update(configSecret).digest('hex').slice(0, 32)
}
