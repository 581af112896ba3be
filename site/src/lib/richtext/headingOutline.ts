import type { LexicalDocument, LexicalNode } from './lexicalNode'
import { headingId } from './renderLexical'

/** One entry of a table of contents. */
export interface OutlineEntry {
  id: string
  text: string
  level: 2 | 3
}

/** The body's h2/h3 headings with the ids `renderLexical` gives them (deeper headings are numbered but left out). */
export function headingOutline(document: LexicalDocument | null | undefined): OutlineEntry[] {
  const entries: OutlineEntry[] = []
  let count = 0
  const visit = (node: LexicalNode) => {
    if (node.type === 'heading') {
      count += 1
      const level = node.tag === 'h3' ? 3 : node.tag === 'h1' || node.tag === 'h2' ? 2 : undefined
      if (level) entries.push({ id: headingId(count), text: textOf(node), level })
      return
    }
    for (const child of node.children ?? []) visit(child)
  }
  if (document?.root) visit(document.root)
  return entries
}

function textOf(node: LexicalNode): string {
  return node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(textOf).join('')
}
