import type { MessageCode } from '../i18n/messages'

/** Why a request to an admin page is refused before Next.js reads it: the code and HTTP status. */
export interface AdminPostProblem {
  code: MessageCode
  status: 403 | 405
}

/**
 * What is wrong with a POST to an admin page, or null when there is nothing to refuse. The admin only
 * POSTs server actions, by fetch with a `next-action` header from its own origin. Next.js takes any
 * other POST with a form body for a server action posted without script and answers a body it cannot
 * parse with a 500; it answers a cross-site action with a 500 too (its CSRF check). Both are refused
 * here: 405 `request.adminPostNotAction`, 403 `request.crossSiteAction`.
 */
export function adminPostProblem(request: Request): AdminPostProblem | null {
  if (request.method !== 'POST') return null
  if (!request.headers.has('next-action')) return { code: 'request.adminPostNotAction', status: 405 }
  const origin = request.headers.get('origin')
  if (origin === null) return null
  // Next.js compares the origin's host with the first `x-forwarded-host`, or else `host`.
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host')
  return originHost(origin) === host ? null : { code: 'request.crossSiteAction', status: 403 }
}

function originHost(origin: string): string | null {
  try {
    return origin === 'null' ? null : new URL(origin).host
  } catch {
    return null
  }
}
