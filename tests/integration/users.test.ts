import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { idOf } from '../../cms/src/utilities/idOf'
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

  it.each([
    ['role', { role: 'admin' }],
    ['organization', 'root'],
    ['email', { email: 'taken-over@example.org' }],
    ['username', { username: 'taken-over' }],
  ] as const)('refuses a member who changes their own %s through the Local API, and changes nothing', async (field, change) => {
    const root = await createOrganization(payload, '党委')
    const member = await createUser(payload, 'member', { organization: (await createOrganization(payload, '党支部', root.id)).id })
    const data = change === 'root' ? { organization: root.id } : change
    await expect(payload.update({ collection: 'users', id: member.id, data, overrideAccess: false, user: member })).rejects.toMatchObject({
      status: 403,
      data: { code: 'account.adminOnlyField' },
    })
    const stored = await payload.findByID({ collection: 'users', id: member.id, depth: 0 })
    expect(idOf(stored[field])).toEqual(idOf(member[field]))
  })

  it('lets a member change their own name and password, and send unchanged fields back', async () => {
    const member = await createUser(payload, 'member')
    const updated = await payload.update({
      collection: 'users',
      id: member.id,
      data: { name: '新名字', password: 'another-horse-battery', role: 'member', email: member.email.toUpperCase() },
      overrideAccess: false,
      user: member,
    })
    expect(updated.name).toBe('新名字')
    await expect(
      payload.login({ collection: 'users', data: { email: member.email, password: 'another-horse-battery' } }),
    ).resolves.toBeTruthy()
  })

  it('lets an administrator move a member to another organization', async () => {
    const admin = await createUser(payload, 'admin')
    const organization = await createOrganization(payload, '第三党支部')
    const member = await createUser(payload, 'member')
    const updated = await payload.update({
      collection: 'users',
      id: member.id,
      data: { organization: organization.id, role: 'organizer' },
      overrideAccess: false,
      user: admin,
    })
    expect(updated).toMatchObject({ role: 'organizer', organization: expect.objectContaining({ id: organization.id }) })
  })

  it('keeps organization ancestors to what the parent says, whatever an administrator sends', async () => {
    const admin = await createUser(payload, 'admin')
    const committee = await createOrganization(payload, '党委')
    const stranger = await createOrganization(payload, '其他党委')
    const branch = await createOrganization(payload, '党支部', committee.id)
    const updated = await payload.update({
      collection: 'organizations',
      id: branch.id,
      data: { ancestors: [stranger.id] },
      overrideAccess: false,
      user: admin,
      depth: 0,
    })
    expect(updated.ancestors).toEqual([committee.id])
  })

  it('locks an address out of an account after five wrong passwords, not the account owner signing in elsewhere', async () => {
    const member = await createUser(payload, 'member')
    const from = (address: string) => ({ headers: new Headers({ 'x-forwarded-for': address }) }) as never
    const login = (password: string, address: string) =>
      payload.login({ collection: 'users', data: { email: member.email, password }, req: from(address) })
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(login('wrong-password', '198.51.100.20')).rejects.toMatchObject({ status: 401 })
    }
    await expect(login('correct-horse-battery', '198.51.100.20')).rejects.toMatchObject({ status: 429, data: { code: 'signIn.throttled' } })
    await expect(login('correct-horse-battery', '203.0.113.20')).resolves.toMatchObject({ token: expect.any(String) })
  })
})
