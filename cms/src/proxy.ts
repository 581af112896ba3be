import { NextResponse } from 'next/server'
import { adminPostProblem } from './errors/adminPostProblem'
import { type MessageCode, t } from './i18n/messages'
import { isDecodablePath } from './utilities/isDecodablePath'

/**
 * Refuses what Next.js would answer with an empty 500: a path it cannot percent-decode (it looks for
 * a `/400` page the admin does not have; nginx passes the raw path through) answers 400
 * `request.undecodablePath`, and a POST to an admin page that is no server action of the admin's own
 * (`adminPostProblem`) 405 or 403 — the same answer wherever the request came from.
 */
export function proxy(request: Request): Response {
  const { pathname } = new URL(request.url)
  if (!isDecodablePath(pathname)) return refusal('request.undecodablePath', 400)
  const adminPost = pathname === '/admin' || pathname.startsWith('/admin/') ? adminPostProblem(request) : null
  if (adminPost) return refusal(adminPost.code, adminPost.status, adminPost.status === 405 ? { allow: 'GET, HEAD' } : {})
  return NextResponse.next()
}

function refusal(code: MessageCode, status: number, headers: Record<string, string> = {}): Response {
  // Payload's error shape, without importing Payload into the proxy's bundle.
  return Response.json({ errors: [{ message: t(code), data: { code } }] }, { status, headers: { 'cache-control': 'no-store', ...headers } })
}

// Only paths with a percent sign can fail to decode, and only admin pages take server actions; every
// other request skips the proxy.
export const config = { matcher: ['/:path(.*%.*)', '/admin', '/admin/:path*'] }
