import { beforeEach, describe, expect, it } from 'vitest'
import type { Reader } from './session/readerContext'

process.env.CMS_URL = 'http://cms.test'
process.env.CMS_CACHE_SECONDS = '60'
process.env.PAYLOAD_SECRET = 'a-config-secret-0123456789abcdef0123'
const {
  cachedMemberPage,
  forgetAllMemberPages,
  forgetMemberChange,
  hearMemberChanges,
  memberPageCacheSize,
  startMemberRender,
  storeMemberPage,
} = await import('./memberPages')
const { newReader } = await import('./session/readerContext')

const html = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } })

/** Renders `body` as `member`'s page `key`, having read these campaigns' shared state, and offers it to the cache. */
async function render(member: number, key: string, body: string, campaigns: number[] = [], during?: () => void): Promise<void> {
  const reader: Reader = newReader('token', { organization: 1 })
  const { render: watched, end } = startMemberRender(member, reader)
  for (const campaign of campaigns) reader.campaigns.add(campaign)
  during?.()
  const response = html(body)
  storeMemberPage(key, watched, { body: await response.clone().arrayBuffer(), response })
  end()
}

const text = async (key: string) => (await cachedMemberPage(key)?.text()) ?? null

beforeEach(() => hearMemberChanges(true))

describe('member page cache', () => {
  it('serves a member their kept page until their own change notice arrives', async () => {
    await render(7, 'me-7', '<p>七</p>')
    await render(8, 'me-8', '<p>八</p>')
    expect(cachedMemberPage('me-7')?.headers.get('x-portal-cache')).toBe('member-hit')
    forgetMemberChange({ member: 7, campaign: null })
    expect(await text('me-7')).toBeNull()
    expect(await text('me-8')).toBe('<p>八</p>')
  })

  it('drops every member’s page of a campaign when a notice names the campaign', async () => {
    await render(7, 'campaign-3-7', 'a', [3])
    await render(8, 'campaign-3-8', 'b', [3])
    await render(8, 'me-8', 'c')
    forgetMemberChange({ member: 9, campaign: 3 })
    expect([await text('campaign-3-7'), await text('campaign-3-8'), await text('me-8')]).toEqual([null, null, 'c'])
  })

  it('does not keep a page whose member or campaign changed while it rendered', async () => {
    await render(7, 'me-7', 'old', [], () => forgetMemberChange({ member: 7, campaign: null }))
    await render(8, 'campaign-3-8', 'old', [3], () => forgetMemberChange({ member: 9, campaign: 3 }))
    await render(9, 'me-9', 'kept', [], () => forgetMemberChange({ member: 10, campaign: 3 }))
    expect([await text('me-7'), await text('campaign-3-8'), await text('me-9')]).toEqual([null, null, 'kept'])
  })

  it('keeps and serves nothing while notices are not heard, and forgets everything when they are heard again', async () => {
    await render(7, 'me-7', 'before')
    hearMemberChanges(false)
    expect(await text('me-7')).toBeNull()
    await render(7, 'me-7', 'while deaf')
    hearMemberChanges(true)
    expect(await text('me-7')).toBeNull()
    await render(7, 'me-7', 'deaf at start', [], () => {
      hearMemberChanges(false)
      hearMemberChanges(true)
    })
    expect(await text('me-7')).toBeNull()
  })

  it('drops everything on a content change, including renders under way', async () => {
    await render(7, 'me-7', 'a')
    await render(8, 'me-8', 'b', [], forgetAllMemberPages)
    expect([await text('me-7'), await text('me-8')]).toEqual([null, null])
    expect(memberPageCacheSize().entries).toBe(0)
  })

  it('keeps successful HTML only', async () => {
    const reader = newReader('token', null)
    const { render: watched, end } = startMemberRender(7, reader)
    const missing = html('gone', 404)
    storeMemberPage('me-7', watched, { body: await missing.clone().arrayBuffer(), response: missing })
    end()
    expect(await text('me-7')).toBeNull()
  })
})
