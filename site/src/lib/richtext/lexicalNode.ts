/** The parts of a serialized Lexical node the portal renders (Payload's richText JSON). */
export interface LexicalNode {
  type: string
  children?: LexicalNode[]
  text?: string
  format?: number | string
  tag?: string
  listType?: 'bullet' | 'number' | 'check'
  checked?: boolean
  /** Table cells: non-zero for header cells. */
  headerState?: number
  colSpan?: number
  fields?: { url?: string; newTab?: boolean; linkType?: string; doc?: { relationTo?: string; value?: unknown } }
  relationTo?: string
  value?: unknown
}

/** A rich-text field value as stored by Payload. */
export interface LexicalDocument {
  root: LexicalNode
}
