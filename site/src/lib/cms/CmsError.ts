/** The CMS could not answer as expected; `code` is stable, `status` is what the portal should answer. */
export class CmsError extends Error {
  constructor(
    readonly code: 'CMS_UNREACHABLE' | 'CMS_BAD_RESPONSE',
    readonly status: number,
    message: string,
  ) {
    super(message)
    this.name = 'CmsError'
  }
}
