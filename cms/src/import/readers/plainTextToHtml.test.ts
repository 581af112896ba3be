import { describe, expect, it } from 'vitest'
import { plainTextToHtml } from './plainTextToHtml'

describe('plainTextToHtml', () => {
  it('joins lines wrapped mid-sentence and splits at sentence ends and blank lines', () => {
    expect(plainTextToHtml(['党员学习要', '持之以恒。', '第二段', '', '第三段。'])).toBe(
      '<p>党员学习要持之以恒。</p>\n<p>第二段</p>\n<p>第三段。</p>',
    )
  })

  it('turns short Chinese document headings into headings', () => {
    expect(plainTextToHtml(['一、总体要求', '坚持学用结合。', '第三条 适用范围'])).toBe(
      '<h2>一、总体要求</h2>\n<p>坚持学用结合。</p>\n<h2>第三条 适用范围</h2>',
    )
  })

  it('escapes markup and keeps spaces between Latin words across lines', () => {
    expect(plainTextToHtml(['<b>5G', 'network</b> 建设。'])).toBe('<p>&lt;b&gt;5G network&lt;/b&gt; 建设。</p>')
  })
})
