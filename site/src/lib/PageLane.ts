import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * The portal server's way to the page caches, which live in the Astro build: the server passes one in
 * `locals` with every request it hands to Astro, and the middleware puts `answerKeptPage`
 * in it. Kept apart so the server (outside the build) needs nothing else of the build's code.
 */
export interface PageLane {
  answer?: (request: IncomingMessage, response: ServerResponse) => Promise<boolean>
}
