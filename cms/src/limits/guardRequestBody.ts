import config from '@payload-config'
import { formatErrors, getPayload } from 'payload'
import { type Role, uploadRoles } from '../access/roles'
import { cmsError } from '../errors/cmsError'
import type { MessageCode } from '../i18n/messages'
import { bodyLimitFor, formatBytes, isMultipart } from './bodyLimits'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/**
 * Wraps a Payload route handler so that bodies are refused before Payload reads them (it reads JSON
 * whole and buffers uploads): a declared `Content-Length` over the limit answers 413 at once, a
 * multipart body answers 401/403 unless the session's role may upload, and a body without a length
 * (chunked) is read only up to the limit.
 */
export function guardRequestBody<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    if (!request.body) return handler(request, context)
    const contentType = request.headers.get('content-type')
    const limit = bodyLimitFor(new URL(request.url).pathname, contentType)
    const declared = request.headers.get('content-length')
    if (declared !== null && Number(declared) > limit) return refusal('limits.bodyTooLarge', 413, limit)
    if (isMultipart(contentType)) {
      const payload = await getPayload({ config })
      const { user } = await payload.auth({ headers: request.headers })
      if (!user) return refusal('limits.uploadLoginRequired', 401, limit)
      if (!uploadRoles.includes((user as { role?: Role }).role as Role)) return refusal('limits.uploadForbidden', 403, limit)
    }
    if (declared !== null) return handler(request, context)
    const body = await readUpTo(request.body, limit)
    if (!body) return refusal('limits.bodyTooLarge', 413, limit)
    return handler(new Request(request, { body, duplex: 'half' } as RequestInit), context)
  }
}

// A body sent without a length, read into memory only while it stays within the limit.
async function readUpTo(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks)
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
}

function refusal(code: MessageCode, status: number, limit: number): Response {
  return Response.json(formatErrors(cmsError(code, status, { limit: formatBytes(limit) })), {
    status,
    headers: { connection: 'close', 'cache-control': 'no-store' },
  })
}
