import { z } from 'zod'
import type { StringKey } from '../../i18n/zh-CN'
import { postCms } from '../cms/postCms'

/** The sign-in form: an e-mail or a login id (such as a phone number), and a password. */
export const signInForm = z.object({
  loginId: z.string().trim().min(1).max(120),
  password: z.string().min(1).max(200),
})

/** A new session, or the reason (a UI string key) why there is none, with the seconds to wait when throttled. */
export type SignInResult = { ok: true; token: string; expiresAt: Date } | { ok: false; reason: StringKey; retryAfter?: number }

const loginReply = z.object({ token: z.string().min(1), exp: z.number() })

/** Signs a reader in through the CMS, which throttles failures per reader address and account (429 with Retry-After). */
export async function signIn(form: z.infer<typeof signInForm>, forwardedFor: string): Promise<SignInResult> {
  const credentials = form.loginId.includes('@')
    ? { email: form.loginId.toLowerCase(), password: form.password }
    : { username: form.loginId, password: form.password }
  let reply: Awaited<ReturnType<typeof postCms>>
  try {
    reply = await postCms('/api/users/login', credentials, { forwardedFor })
  } catch {
    return { ok: false, reason: 'auth.error.unavailable' }
  }
  if (reply.status === 200) {
    const parsed = loginReply.safeParse(reply.body)
    return parsed.success
      ? { ok: true, token: parsed.data.token, expiresAt: new Date(parsed.data.exp * 1000) }
      : { ok: false, reason: 'auth.error.unavailable' }
  }
  if (reply.status === 429) return { ok: false, reason: 'auth.error.throttled', retryAfter: reply.retryAfter || 60 }
  return { ok: false, reason: reply.status >= 500 ? 'auth.error.unavailable' : 'auth.error.wrong' }
}
