import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

/** Creates the first administrator; without a password one is generated and returned to print once. */
export async function createFirstAdmin(
  payload: Payload,
  credentials: { email?: string; password?: string },
): Promise<{ email: string; generatedPassword?: string }> {
  const email = credentials.email || 'admin@example.org'
  const generatedPassword = credentials.password ? undefined : randomBytes(12).toString('base64url')
  const password = credentials.password || (generatedPassword as string)
  await payload.create({ collection: 'users', data: { email, password, name: '管理员', role: 'admin' } })
  return { email, generatedPassword }
}
