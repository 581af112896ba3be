/**
 * The address chain to hand the CMS with a reader's sign-in or reset request, so the CMS throttles per
 * reader and not per portal: the X-Forwarded-For the proxy in front of the portal wrote (it appends the
 * address it was connected from), or, when the portal was reached directly, the address it was
 * connected from. The CMS reads the chain through its list of trusted proxies (PORTAL_TRUSTED_PROXIES).
 */
export function forwardedFor(request: Request, clientAddress: string): string {
  return request.headers.get('x-forwarded-for') ?? clientAddress
}
