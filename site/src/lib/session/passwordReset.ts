import { z } from 'zod'
import type { StringKey } from '../../i18n/zh-CN'
import { postCms } from '../cms/postCms'
import { sessionExpiry } from './sessionToken'

/** The "forgot password" form. */
export const forgotPasswordForm = z.object({ email: z.email().max(200) })

/** The "new password" form, with the token from the e-mailed link. */
export const resetPasswordForm = z
  .object({ token: z.string().min(1).max(500), password: z.string().min(8).max(200), confirm: z.string() })
  .refine((form) => form.password === form.confirm, { path: ['confirm'] })

/**
 * Asks the CMS to e-mail a reset link. Looks the same to the reader whether the address has an account
 * or not, so it never reveals who has one; answers the seconds to wait when the CMS throttled the
 * request (0 otherwise).
 */
export async function requestPasswordReset(email: string, forwardedFor: string): Promise<number> {
  const reply = await postCms('/api/users/forgot-password', { email: email.toLowerCase() }, { forwardedFor })
  return reply.status === 429 ? reply.retryAfter || 60 : 0
}

const resetReply = z.object({ token: z.string().min(1) })

/** Sets the new password; on success the reader is signed in with the returned session token. */
export async function resetPassword(
  form: z.infer<typeof resetPasswordForm>,
): Promise<{ ok: true; token: string; expiresAt: Date } | { ok: false; reason: StringKey }> {
  const reply = await postCms('/api/users/reset-password', { token: form.token, password: form.password })
  const parsed = resetReply.safeParse(reply.body)
  if (reply.status === 200 && parsed.success) return { ok: true, token: parsed.data.token, expiresAt: sessionExpiry(parsed.data.token) }
  return { ok: false, reason: reply.status >= 500 ? 'auth.error.unavailable' : 'auth.error.tokenInvalid' }
}
