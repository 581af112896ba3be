import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createOrganization, createUser } from '../support/factories'
import { testPayload } from '../support/testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('users', () => {
  it('lets a member see only their own account', async () => {
    const member = await createUser(payload, 'member')
    await createUser(payload, 'member')
    const seen = await payload.find({ collection: 'users', overrideAccess: false, user: member })
    expect(seen.docs.map((doc) => doc.id)).toEqual([member.id])
  })

  it("lets an organizer see the members of their organization's subtree, and no one else", async () => {
    const committee = await createOrganization(payload, '党委')
    const branchA = await createOrganization(payload, '第一党支部', committee.id)
    const groupA = await createOrganization(payload, '第一党小组', branchA.id)
    const branchB = await createOrganization(payload, '第二党支部', committee.id)
    const organizer = await createUser(payload, 'organizer', { organization: branchA.id })
    const inBranch = await createUser(payload, 'member', { organization: branchA.id })
    const inGroup = await createUser(payload, 'member', { organization: groupA.id })
    const inSibling = await createUser(payload, 'member', { organization: branchB.id })
    const atTop = await createUser(payload, 'member', { organization: committee.id })
    const seen = await payload.find({ collection: 'users', overrideAccess: false, user: organizer, pagination: false })
    const ids = seen.docs.map((doc) => doc.id)
    expect(ids).toEqual(expect.arrayContaining([organizer.id, inBranch.id, inGroup.id]))
    expect(ids).not.toContain(inSibling.id)
    expect(ids).not.toContain(atTop.id)
    await expect(
      payload.update({ collection: 'users', id: inBranch.id, data: { name: '改名' }, overrideAccess: false, user: organizer }),
    ).rejects.toThrow()
  })

  it('does not let a member promote themselves', async () => {
    const member = await createUser(payload, 'member')
    const updated = await payload.update({
      collection: 'users',
      id: member.id,
      data: { role: 'admin' },
      overrideAccess: false,
      user: member,
    })
    expect(updated.role).toBe('member')
  })

  it('locks an account after five wrong passwords', async () => {
    const member = await createUser(payload, 'member')
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(payload.login({ collection: 'users', data: { email: member.email, password: 'wrong-password' } })).rejects.toThrow()
    }
    await expect(payload.login({ collection: 'users', data: { email: member.email, password: 'correct-horse-battery' } })).rejects.toThrow(
      /锁定|locked/i,
    )
  })
})
