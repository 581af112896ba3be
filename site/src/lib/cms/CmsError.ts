/** The CMS could not answer as expected; `code` is stable, `status` is what the portal should answer. */
export class CmsError extends Error {
  constructor(
    readonly code: 'CMS_UNREACHABLE' | 'CMS_UNAVAILABLE' | 'CMS_SIGNED_OUT' | 'CMS_BAD_RESPONSE',
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'CmsError'
  }

  /**
   * For an answer that is not 2xx: a CMS failing on its side (5xx, e.g. its database away) is unavailable
   * for now (503); a 401 means the reader's session ended after the page began (signed out elsewhere,
   * while the portal still trusted its last confirmation), so they sign in again (401).
   */
  static fromResponse(response: Response, url: string, what = 'CMS'): CmsError {
    const message = `${what} 返回 HTTP ${response.status}（${url}）`
    if (response.status >= 500) return new CmsError('CMS_UNAVAILABLE', 503, message)
    if (response.status === 401) return new CmsError('CMS_SIGNED_OUT', 401, message)
    return new CmsError('CMS_BAD_RESPONSE', 502, message)
  }
}

/** True for errors that mean "the CMS cannot serve right now, try again soon" (it is restarting or its database is away). */
export function isCmsUnavailable(error: unknown): error is CmsError {
  return error instanceof CmsError && error.status === 503
}

/** True when the CMS refused a read because the reader's session has ended: the middleware asks them to sign in again. */
export function isSessionEnded(error: unknown): error is CmsError {
  return error instanceof CmsError && error.code === 'CMS_SIGNED_OUT'
}

/** True when the CMS answered a read with a refusal (a 4xx other than 401: not found, not theirs, not allowed). */
export function isCmsRefusal(error: unknown): error is CmsError {
  return error instanceof CmsError && error.code === 'CMS_BAD_RESPONSE'
}
