import { countCharacters, type TextNode } from './countCharacters'

/** Typical silent reading speed for Chinese prose, in characters per minute (the portal shows minutes with it too). */
export const charactersPerMinute = 400

/** Estimated seconds to read the given rich-text bodies. */
export function readingSeconds(...bodies: Array<{ root?: TextNode } | null | undefined>): number {
  const characters = bodies.reduce((sum, body) => sum + countCharacters(body?.root), 0)
  return Math.round((characters / charactersPerMinute) * 60)
}
