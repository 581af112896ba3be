import { describe, expect, it } from 'vitest'
import type { LexicalNode } from './lexicalNode'
import { renderLexical } from './renderLexical'

const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format })
const doc = (...children: LexicalNode[]) => ({ root: { type: 'root', children } })

describe('renderLexical', () => {
  it('renders headings, paragraphs, quotes and both kinds of list', () => {
    const html = renderLexical(
      doc(
        { type: 'heading', tag: 'h2', children: [text('一、学习要求')] },
        { type: 'paragraph', children: [text('坚持'), text('学思用贯通', 1), text('。')] },
        { type: 'quote', children: [text('知行合一')] },
        { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [text('读原著')] }] },
        { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('学原文')] }] },
      ),
    )
    expect(html).toBe(
      '<h2 id="section-1">一、学习要求</h2><p>坚持<strong>学思用贯通</strong>。</p><blockquote><p>知行合一</p></blockquote>' +
        '<ul><li>读原著</li></ul><ol><li>学原文</li></ol>',
    )
  })

  it('escapes text so content can never inject markup', () => {
    expect(renderLexical(doc({ type: 'paragraph', children: [text('<script>alert(1)</script> & "引号"')] }))).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;</p>',
    )
  })

  it('keeps safe links and drops javascript: links but not their text', () => {
    const html = renderLexical(
      doc({
        type: 'paragraph',
        children: [
          { type: 'link', fields: { url: 'https://example.org/a?b=1&c=2', newTab: true }, children: [text('外链')] },
          { type: 'link', fields: { url: 'javascript:alert(1)' }, children: [text('坏链接')] },
        ],
      }),
    )
    expect(html).toBe('<p><a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">外链</a>坏链接</p>')
  })

  it('renders a populated image upload as a figure with its sized version and alt text', () => {
    const value = {
      url: '/api/media/file/flag.png',
      alt: '红旗',
      mimeType: 'image/png',
      width: 2400,
      height: 1350,
      sizes: { content: { url: '/api/media/file/flag-1200x675.png', width: 1200, height: 675 } },
    }
    expect(renderLexical(doc({ type: 'upload', relationTo: 'media', value }))).toBe(
      '<figure><img src="/api/media/file/flag-1200x675.png" alt="红旗" width="1200" height="675" loading="lazy" decoding="async"><figcaption>红旗</figcaption></figure>',
    )
  })

  it('skips an upload that was not populated rather than printing an id', () => {
    expect(renderLexical(doc({ type: 'upload', relationTo: 'media', value: 7 }))).toBe('')
  })

  it('demotes a body h1 to h2 because the page title is the only h1', () => {
    expect(renderLexical(doc({ type: 'heading', tag: 'h1', children: [text('标题')] }))).toBe('<h2 id="section-1">标题</h2>')
  })

  it('combines text formats and renders unknown nodes as their children', () => {
    const html = renderLexical(doc({ type: 'paragraph', children: [{ type: 'mystery', children: [text('粗斜', 3)] }] }))
    expect(html).toBe('<p><em><strong>粗斜</strong></em></p>')
  })

  it('renders tables with header cells in a scrollable wrapper', () => {
    const cell = (value: string, headerState = 0): LexicalNode => ({
      type: 'tablecell',
      headerState,
      children: [{ type: 'paragraph', children: [text(value)] }],
    })
    const html = renderLexical(
      doc({
        type: 'table',
        children: [
          { type: 'tablerow', children: [cell('项目', 1), cell('分值', 1)] },
          { type: 'tablerow', children: [cell('学习'), cell('5')] },
        ],
      }),
    )
    expect(html).toBe(
      '<div class="table-wrap"><table><tr><th><p>项目</p></th><th><p>分值</p></th></tr><tr><td><p>学习</p></td><td><p>5</p></td></tr></table></div>',
    )
  })

  it('renders nothing for an empty document', () => {
    expect(renderLexical(null)).toBe('')
    expect(renderLexical(doc({ type: 'paragraph', children: [] }))).toBe('')
  })
})
