import http from 'node:http'

/** A side server's answer: a status, its body, and the headers it adds to or changes from the server's own. */
export interface SideServerAnswer {
  status: number
  body: string
  headers?: Record<string, string>
}

/** What a side server is: the headers of every answer, how it answers a request, and its answer when that throws. */
export interface SideServerOptions {
  headers: Record<string, string>
  answer: (request: http.IncomingMessage) => Promise<SideServerAnswer>
  /** The answer to an unexpected failure; it logs the error, and says no more than the status to the client. */
  failed: (error: unknown) => SideServerAnswer
}

/** The path of a request target, without its query. */
export function pathnameOf(request: http.IncomingMessage): string {
  return (request.url ?? '/').split('?', 1)[0] ?? '/'
}

/** 404 in Payload's error format, for a path the server does not answer. */
export const notFound: SideServerAnswer = { status: 404, body: JSON.stringify({ errors: [{ message: 'Not Found' }] }) }

/** 405 in Payload's error format, naming the methods the path takes. */
export function methodNotAllowed(allow: string): SideServerAnswer {
  return { status: 405, headers: { allow }, body: JSON.stringify({ errors: [{ message: 'Method Not Allowed' }] }) }
}

/**
 * A bare Node HTTP server of the side servers (search, tracking, metrics): Next.js routing and Payload's request
 * setup cost more than their work (see docs/architecture.md, “Processes and ports”), and each answers a few paths
 * of the route table (`routeTable.ts`), so a function from request to answer is all the framework they need.
 */
export function createSideServer(options: SideServerOptions): http.Server {
  return http.createServer(async (request, response) => {
    let answer: SideServerAnswer
    try {
      answer = await options.answer(request)
    } catch (error) {
      answer = options.failed(error)
    }
    response.writeHead(answer.status, { ...options.headers, ...answer.headers }).end(answer.body)
  })
}

/** Serves `port` on the loopback interface with `server`; resolves once it listens, rejects if it cannot. */
export function listenOnLoopback(server: http.Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
}
