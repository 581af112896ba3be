import { stackUrl } from './cmsApi'

/** GETs a portal page and returns its status, content type and HTML. */
export async function fetchPage(pathname: string): Promise<{ status: number; type: string; html: string }> {
  const response = await fetch(stackUrl(pathname))
  return { status: response.status, type: response.headers.get('content-type') ?? '', html: await response.text() }
}
