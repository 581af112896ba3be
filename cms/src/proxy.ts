import { type NextRequest, NextResponse } from 'next/server'
import { t } from './i18n/messages'
import { logLine } from './logging/logLine'
import { isDecodablePath } from './utilities/isDecodablePath'

/**
 * Every request the CMS serves passes here first:
 * - it is logged with the id the front proxy (the launcher's, or nginx) gave it (X-Request-Id), so one
 *   reader's request can be followed from the proxy through the portal to here;
 * - a path that cannot be percent-decoded is refused. Next.js would answer it with an empty 500 (it looks
 *   for a `/400` page the admin does not have), and nginx passes the raw path through, so the CMS refuses
 *   it itself: 400 `request.undecodablePath`, the same answer wherever the request came from.
 */
export function proxy(request: NextRequest): Response {
  const { pathname } = new URL(request.url)
  logLine({ level: 'info', msg: `${request.method} ${pathname}`, requestId: request.headers.get('x-request-id') ?? undefined })
  if (isDecodablePath(pathname)) return NextResponse.next()
  const code = 'request.undecodablePath'
  // Payload's error shape, without importing Payload into the proxy's bundle.
  return Response.json({ errors: [{ message: t(code), data: { code } }] }, { status: 400, headers: { 'cache-control': 'no-store' } })
}

export const config = {
  // Built assets are files, not requests worth a line each; any path with a percent sign may not decode.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)', '/:path(.*%.*)'],
}
