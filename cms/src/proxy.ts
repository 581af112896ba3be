import { type NextRequest, NextResponse } from 'next/server'
import { logLine } from './logging/logLine'

/**
 * Logs every request the CMS serves with the id the front proxy (the launcher's, or nginx) gave it
 * (X-Request-Id), so one reader's request can be followed from the proxy through the portal to here.
 */
export function proxy(request: NextRequest): NextResponse {
  const requestId = request.headers.get('x-request-id') ?? undefined
  logLine({ level: 'info', msg: `${request.method} ${request.nextUrl.pathname}`, requestId })
  return NextResponse.next()
}

export const config = {
  // Built assets are files, not requests worth a line each.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
