import { describe, expect, it } from 'vitest'
import { headingOutline } from './headingOutline'
import type { LexicalNode } from './lexicalNode'
import { renderLexical } from './renderLexical'

const heading = (tag: string, text: string): LexicalNode => ({ type: 'heading', tag, children: [{ type: 'text', text }] })
const doc = {
  root: {
    type: 'root',
    children: [
      heading('h2', '一、背景'),
      { type: 'paragraph', children: [{ type: 'text', text: '正文' }] },
      heading('h4', '细节'),
      heading('h3', '（一）要求'),
    ],
  },
}

describe('headingOutline', () => {
  it('lists h2 and h3 headings with the same ids the rendered body carries', () => {
    const outline = headingOutline(doc)
    expect(outline).toEqual([
      { id: 'section-1', text: '一、背景', level: 2 },
      { id: 'section-3', text: '（一）要求', level: 3 },
    ])
    const html = renderLexical(doc)
    for (const entry of outline) expect(html).toContain(`id="${entry.id}">${entry.text}<`)
  })
})
