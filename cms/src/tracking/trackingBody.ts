import type { IncomingMessage } from 'node:http'
import type { PayloadRequest } from 'payload'
import type { z } from 'zod'
import { cmsError } from '../errors/cmsError'
import { type MessageCode, messages } from '../i18n/messages'

/** A full batch of heartbeats is about 20 KB; a body far larger is refused before parsing. */
export const maxTrackingBodyBytes = 256 * 1024
const statusOf: Partial<Record<MessageCode, number>> = {
  'tracking.batchTooLarge': 413,
  'tracking.unknownItem': 422,
  'tracking.invalidVisit': 422,
}

/**
 * Reads and validates a JSON body with a schema whose error messages are message codes; a failure
 * becomes a 4xx with the first problem's code and Chinese message (`values` fill its placeholders).
 */
export async function parseTrackingBody<T extends z.ZodType>(
  req: PayloadRequest,
  schema: T,
  values: Record<string, string | number> = {},
  fallback: MessageCode = 'tracking.invalidBatch',
): Promise<z.infer<T>> {
  if (Number(req.headers.get('content-length') ?? 0) > maxTrackingBodyBytes) throw cmsError('tracking.batchTooLarge', 413, values)
  const text = req.text ? await req.text() : ''
  if (Buffer.byteLength(text) > maxTrackingBodyBytes) throw cmsError('tracking.batchTooLarge', 413, values)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw cmsError(fallback, 400, values)
  }
  const parsed = schema.safeParse(body)
  if (parsed.success) return parsed.data
  const message = parsed.error.issues[0]?.message
  const code = message && message in messages ? (message as MessageCode) : fallback
  throw cmsError(code, statusOf[code] ?? 400, values)
}

/**
 * A Node request's body as UTF-8 text. Stops reading after `maxBytes + 1` bytes: that is enough for the
 * caller to see the body is too large, without holding an arbitrarily large one in memory.
 */
export function readRequestBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const finish = () => {
      request.off('data', onData)
      resolve(
        Buffer.concat(chunks)
          .subarray(0, maxBytes + 1)
          .toString('utf8'),
      )
    }
    const onData = (chunk: Buffer) => {
      chunks.push(chunk)
      size += chunk.length
      if (size > maxBytes) finish()
    }
    request.on('data', onData)
    request.once('end', finish)
    request.once('error', reject)
  })
}
