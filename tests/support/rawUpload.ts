import net from 'node:net'
import { inject } from 'vitest'

/**
 * What came back for a request written by hand: the status line's code (0 when the server cut the
 * connection before its answer could be read), how many body bytes were written first, and the text.
 */
export interface CutAnswer {
  status: number
  bytesWritten: number
  text: string
  cut: boolean
}

/**
 * Sends request headers to the stack's public port and then the body in 64 KB chunks (`body` bytes
 * in all, chunked when `chunked`), stopping as soon as an answer arrives. With `body: 0` only the
 * headers are sent, so an answer proves the server decided without reading a body.
 */
export function sendRawRequest(options: {
  method: string
  path: string
  headers: Record<string, string>
  body: number
  chunked?: boolean
}): Promise<CutAnswer> {
  const base = new URL(inject('baseUrl'))
  return new Promise((resolve) => {
    const socket = net.connect(Number(base.port), base.hostname)
    let written = 0
    let answer = ''
    let answered = false
    const headerLines = Object.entries({
      host: base.host,
      ...options.headers,
      ...(options.chunked ? { 'transfer-encoding': 'chunked' } : {}),
    })
    const chunk = Buffer.alloc(64 * 1024, 'a')
    const writeMore = () => {
      while (!answered && written < options.body) {
        const piece = chunk.subarray(0, Math.min(chunk.length, options.body - written))
        written += piece.length
        const frame = options.chunked ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]) : piece
        if (!socket.write(frame)) {
          socket.once('drain', writeMore)
          return
        }
      }
    }
    socket.on('connect', () => {
      socket.write(
        `${options.method} ${options.path} HTTP/1.1\r\n${headerLines.map(([name, value]) => `${name}: ${value}`).join('\r\n')}\r\n\r\n`,
      )
      writeMore()
    })
    const finish = (cut = false) => {
      answered = true
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)
      resolve({ status, bytesWritten: written, text: answer, cut })
      socket.destroy()
    }
    socket.on('data', (data: Buffer) => {
      answered = true
      answer += data.toString('utf8')
      if (answer.includes('\r\n\r\n')) finish()
    })
    // A server that stops reading may reset the connection while the body is still being written.
    socket.on('error', () => finish(true))
    socket.on('close', () => finish(true))
  })
}
