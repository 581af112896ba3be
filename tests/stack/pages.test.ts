import { describe, expect, it } from 'vitest'
import { stackUrl } from '../support/cmsApi'
import { fetchPage } from '../support/fetchPage'

describe('portal pages for every content type', () => {
  it('lists each type with its sample items', async () => {
    const expectations: Array<[string, string]> = [
      ['/policies', '青山市党员积分管理办法'],
      ['/videos', '夜校的灯'],
      ['/lectures', '微党课：'],
      ['/topics', '红色文化'],
      ['/announcements', '关于“学习园地”上线试运行的通知'],
    ]
    for (const [pathname, text] of expectations) {
      const page = await fetchPage(pathname)
      expect(page.status, pathname).toBe(200)
      expect(page.html, pathname).toContain(text)
    }
  })

  it('filters policies by validity and keeps the filter in the page links', async () => {
    const repealed = await fetchPage('/policies?validity=repealed')
    expect(repealed.html).toContain('青山市党员积分管理办法（试行）')
    expect(repealed.html).not.toContain('现行有效</span>')
    expect(repealed.html).toContain('href="/policies?validity=repealed" aria-current="true"')
  })

  it('shows a policy with its 文号, validity and links both ways', async () => {
    const older = await fetchPage('/policies/party-member-points-2021')
    expect(older.html).toContain('青组发〔2021〕5号')
    expect(older.html).toContain('已废止')
    expect(older.html).toContain('已被以下文件废止')
    expect(older.html).toContain('href="/policies/party-member-points-2025"')
    const newer = await fetchPage('/policies/party-member-points-2025')
    expect(newer.html).toContain('本文件废止')
    expect(newer.html).toContain('href="/policies/party-member-points-2021"')
  })

  it('plays videos with subtitles and chapters, served with range requests for seeking', async () => {
    const page = await fetchPage('/videos/story-night-school')
    const source = page.html.match(/<source src="([^"]+)" type="video\/mp4"/)?.[1]
    expect(source).toMatch(/\.mp4$/)
    expect(page.html).toMatch(/<track kind="subtitles" src="[^"]+\.vtt" srclang="zh" label="中文字幕" default/)
    expect(page.html.match(/data-seek="/g)?.length).toBeGreaterThan(1)
    const partial = await fetch(stackUrl(source ?? ''), { headers: { range: 'bytes=0-99' } })
    expect(partial.status).toBe(206)
    expect(partial.headers.get('content-range')).toMatch(/^bytes 0-99\/\d+$/)
  })

  it('shows a lecture with its speaker, audio and transcript', async () => {
    const page = await fetchPage('/lectures/micro-lesson-party-spirit')
    expect(page.html).toContain('青山市委党校')
    expect(page.html).toMatch(/<audio controls preload="metadata" src="[^"]+\.mp3"/)
    expect(page.html).toContain('文字稿')
  })

  it('gathers a topic’s items of every type', async () => {
    const page = await fetchPage('/topics/red-culture')
    for (const section of ['理论文章', '红色影视', '专家讲座']) expect(page.html).toContain(section)
    expect(page.html).toContain('href="/videos/story-night-school"')
  })

  it('puts the pinned announcement first and leaves expired ones off the home page', async () => {
    const list = await fetchPage('/announcements')
    expect(list.html.indexOf('上线试运行')).toBeLessThan(list.html.indexOf('统计说明'))
    expect((await fetchPage('/')).html).not.toContain('平台系统维护公告')
  })

  it('gives an article a table of contents, font-size buttons and related reading', async () => {
    const { html } = await fetchPage('/articles/red-family-tradition')
    expect(html).toMatch(/<a href="#section-1"[^>]*>一、红色家风的精神内涵<\/a>/)
    expect(html).toMatch(/<h2 id="section-1">一、红色家风的精神内涵<\/h2>/)
    expect(html).toMatch(/data-font-step="1"[^>]*>A\+<span class="visually-hidden"[^>]*>增大字号</)
    expect(html).toContain('相关阅读')
  })

  it('never shows members-only items to anonymous readers', async () => {
    expect((await fetchPage('/articles?page=1')).html).not.toContain('青年党员成长的几道“必修课”')
    const item = await fetchPage('/articles/young-party-members-growth')
    expect(item.status).toBe(401)
    expect(item.html).not.toContain('青年党员成长的几道“必修课”')
    expect((await fetchPage('/policies')).html).not.toContain('2026年全市基层党组织书记培训计划')
  })
})
