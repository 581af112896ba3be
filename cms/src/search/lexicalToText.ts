interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
}

const inline = new Set(['text', 'link', 'autolink'])

/** The plain text of a Lexical rich-text value: one line per block (paragraph, heading, list item, quote). */
export function lexicalToText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const lines: string[] = []
  let line = ''
  const walk = (node: LexicalNode) => {
    if (node.type === 'linebreak') {
      lines.push(line)
      line = ''
    }
    if (typeof node.text === 'string') line += node.text
    for (const child of node.children ?? []) walk(child)
    if (node.type && !inline.has(node.type) && line !== '') {
      lines.push(line)
      line = ''
    }
  }
  walk(root)
  if (line) lines.push(line)
  return lines.join('\n')
}
