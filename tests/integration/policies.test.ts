import type { Policy } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildPolicy } from '../support/factories'
import { failureText } from '../support/failureText'
import { testPayload } from '../support/testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('policy documents', () => {
  it('refuses a malformed 文号 with a Chinese explanation and an example', async () => {
    const text = await failureText(
      payload.create({ collection: 'policies', data: buildPolicy({ documentNumber: '组织部2025年第3号' }), draft: true }),
    )
    expect(text).toContain('文号格式应为“发文机关代字〔年份〕序号号”，例如 中发〔2019〕5号')
  })

  it('normalizes the brackets people type in a 文号', async () => {
    const policy = await payload.create({ collection: 'policies', data: buildPolicy({ documentNumber: '青组发[2025]17号' }), draft: true })
    expect(policy.documentNumber).toBe('青组发〔2025〕17号')
  })

  it('refuses an effective date before the issue date', async () => {
    const data = buildPolicy({ issuedAt: '2025-05-01T00:00:00.000Z', effectiveAt: '2025-04-01T00:00:00.000Z' })
    expect(await failureText(payload.create({ collection: 'policies', data, draft: true }))).toContain('施行日期不能早于印发日期')
  })

  it('shows supersede and amend links from both sides', async () => {
    const old = await payload.create({ collection: 'policies', data: buildPolicy({ _status: 'published', validity: 'repealed' }) })
    const amended = await payload.create({ collection: 'policies', data: buildPolicy({ _status: 'published', validity: 'revised' }) })
    const newer = await payload.create({
      collection: 'policies',
      data: buildPolicy({ _status: 'published', supersedes: [old.id], amends: [amended.id] }),
    })
    const reread = async (id: number) => (await payload.findByID({ collection: 'policies', id, depth: 1 })) as Policy
    expect((await reread(old.id)).supersededBy?.docs?.map((doc) => (typeof doc === 'object' ? doc.id : doc))).toEqual([newer.id])
    expect((await reread(amended.id)).amendedBy?.docs?.map((doc) => (typeof doc === 'object' ? doc.id : doc))).toEqual([newer.id])
    expect(((await reread(newer.id)).supersedes as Policy[]).map((doc) => doc.id)).toEqual([old.id])
  })

  it('does not let a policy supersede itself', async () => {
    const policy = await payload.create({ collection: 'policies', data: buildPolicy(), draft: true })
    expect(
      await failureText(payload.update({ collection: 'policies', id: policy.id, data: { supersedes: [policy.id] }, draft: true })),
    ).toContain('文件不能废止或修订它自己')
  })
})
