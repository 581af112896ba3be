import type { IncomingMessage } from 'node:http'

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
