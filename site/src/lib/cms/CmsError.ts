/** The CMS could not answer as expected; `code` is stable, `status` is what the portal should answer. */
export class CmsError extends Error {
  constructor(
    readonly code: 'CMS_UNREACHABLE' | 'CMS_UNAVAILABLE' | 'CMS_BAD_RESPONSE',
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'CmsError'
  }

  /** For an answer that is not 2xx: a CMS failing on its side (5xx, e.g. its database away) is unavailable for now (503). */
  static fromResponse(response: Response, url: string, what = 'CMS'): CmsError {
    const message = `${what} 返回 HTTP ${response.status}（${url}）`
    return response.status >= 500 ? new CmsError('CMS_UNAVAILABLE', 503, message) : new CmsError('CMS_BAD_RESPONSE', 502, message)
  }
}

/** True for errors that mean "the CMS cannot serve right now, try again soon" (it is restarting or its database is away). */
export function isCmsUnavailable(error: unknown): error is CmsError {
  return error instanceof CmsError && error.status === 503
}
