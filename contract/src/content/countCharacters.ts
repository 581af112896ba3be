/** A rich-text node as far as counting its text is concerned. */
export interface TextNode {
  type?: string
  text?: string
  children?: TextNode[]
}

/** Characters of visible text under a Lexical node, whitespace not counted. */
export function countCharacters(node: TextNode | null | undefined): number {
  if (!node) return 0
  const own = node.type === 'text' ? (node.text ?? '').replace(/\s+/g, '').length : 0
  return own + (node.children ?? []).reduce((sum, child) => sum + countCharacters(child), 0)
}
