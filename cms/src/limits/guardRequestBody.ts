import config from '@payload-config'
import { getPayload } from 'payload'
import { type Role, uploadRoles } from '../access/roles'
import { errorResponse } from '../errors/errorResponse'
import type { MessageCode } from '../i18n/messages'
import { bodyLimitFor, bodyLimits, formatBytes, isMultipart, isUploadPath } from './bodyLimits'
import { isReadableMultipart, isReadableMultipartType } from './isReadableMultipart'
import { isUtf8Json, jsonBodyProblem, maxJsonDepth } from './jsonBody'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/**
 * Wraps a Payload route handler so that bodies are refused before Payload reads them (it reads JSON
 * whole and buffers uploads): a declared `Content-Length` over the limit answers 413 at once, and a body
 * without a length (chunked) is read only up to the limit. Multipart bodies are where files come in:
 * roles that may upload get the upload limits; anyone else is refused at the media library (401/403)
 * and elsewhere held to the small limit, which still lets the admin's sign-in form (multipart, sent
 * before anyone is signed in) through. Bodies Payload cannot read are refused too: forms it cannot parse
 * and JSON that is broken, not an object or nested too deep (400), and bodies that are neither JSON nor
 * multipart, or JSON in another charset than UTF-8, on writes (415).
 */
export function guardRequestBody<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    if (!request.body) return handler(request, context)
    const contentType = request.headers.get('content-type')
    const pathname = new URL(request.url).pathname
    let limit = bodyLimitFor(pathname, contentType)
    const declared = request.headers.get('content-length')
    if (isMultipart(contentType)) {
      const role = await sessionRole(request)
      if (!role || !uploadRoles.includes(role)) {
        const refused = role ? refusal('limits.uploadForbidden', 403, limit) : refusal('limits.uploadLoginRequired', 401, limit)
        if (isUploadPath(pathname)) return refused
        limit = bodyLimits.other
        if (declared !== null && Number(declared) > limit) return refused
      }
    }
    if (declared !== null && Number(declared) > limit) return refusal('limits.bodyTooLarge', 413, limit)
    const writes = ['POST', 'PATCH', 'PUT'].includes(request.method)
    // Checked on the header alone, so also for uploads too large to read first.
    if (writes && isMultipart(contentType) && !isReadableMultipartType(contentType ?? ''))
      return refusal('limits.unreadableForm', 400, limit)
    if (writes && isJson(contentType) && !isUtf8Json(contentType ?? '')) return refusal('limits.unsupportedCharset', 415, limit)
    // Payload reads JSON and multipart bodies only and runs the operation without data otherwise (a 500 on create).
    const readable = payloadReadsBody(contentType) || !writes
    if (!readable && declared !== null && Number(declared) > 0) return refusal('limits.unsupportedBody', 415, limit)
    // JSON and forms (not the media library's large files) are read first, so one Payload cannot
    // read is a 400 with its reason instead of a 500 or an English "unknown error".
    const form = isMultipart(contentType) && limit <= bodyLimits.form
    const json = isJson(contentType) && writes
    if (declared !== null && !form && !json) return handler(request, context)
    const body = await readUpTo(request.body, limit)
    if (!body) return refusal('limits.bodyTooLarge', 413, limit)
    if (!readable && body.byteLength > 0) return refusal('limits.unsupportedBody', 415, limit)
    if (form && !(await isReadableMultipart(body, contentType ?? ''))) return refusal('limits.unreadableForm', 400, limit)
    const problem = json && body.byteLength > 0 ? jsonBodyProblem(body) : null
    if (problem) return refusal(problem, 400, limit)
    const read = { method: request.method, headers: request.headers, body, signal: request.signal, duplex: 'half' }
    return handler(new Request(request.url, read as RequestInit), context)
  }
}

// The Content-Types Payload parses (addDataAndFileToRequest), compared as it compares them.
function payloadReadsBody(contentType: string | null): boolean {
  const value = contentType ?? ''
  return isJson(value) || (value.includes('multipart/') && isMultipart(value))
}

function isJson(contentType: string | null): boolean {
  return (contentType ?? '').split(';', 1)[0] === 'application/json'
}

async function sessionRole(request: Request): Promise<Role | null> {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  return user ? ((user as { role?: Role }).role ?? null) : null
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
  return errorResponse(code, status, { values: { limit: formatBytes(limit), max: maxJsonDepth }, headers: { connection: 'close' } })
}
