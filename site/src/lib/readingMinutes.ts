import type { LexicalDocument, LexicalNode } from './richtext/lexicalNode'

// Typical silent reading speed for Chinese prose, in characters per minute.
const charactersPerMinute = 400

/** Estimated minutes to read a rich-text body (at least one). */
export function readingMinutes(document: LexicalDocument | null | undefined): number {
  const characters = document?.root ? countCharacters(document.root) : 0
  return Math.max(1, Math.round(characters / charactersPerMinute))
}

function countCharacters(node: LexicalNode): number {
  const own = node.type === 'text' ? (node.text ?? '').replace(/\s+/g, '').length : 0
  return own + (node.children ?? []).reduce((sum, child) => sum + countCharacters(child), 0)
}
