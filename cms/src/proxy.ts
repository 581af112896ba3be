import { NextResponse } from 'next/server'
import { t } from './i18n/messages'
import { isDecodablePath } from './utilities/isDecodablePath'

/**
 * Next.js answers a path it cannot percent-decode with an empty 500 (it looks for a `/400` page the
 * admin does not have). nginx passes the raw path through, so the CMS refuses it itself: 400
 * `request.undecodablePath`, the same answer wherever the request came from.
 */
export function proxy(request: Request): Response {
  const { pathname } = new URL(request.url)
  if (isDecodablePath(pathname)) return NextResponse.next()
  const code = 'request.undecodablePath'
  // Payload's error shape, without importing Payload into the proxy's bundle.
  return Response.json({ errors: [{ message: t(code), data: { code } }] }, { status: 400, headers: { 'cache-control': 'no-store' } })
}

// Only paths with a percent sign can fail to decode; every other request skips the proxy.
export const config = { matcher: '/:path(.*%.*)' }
