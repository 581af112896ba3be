import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../support/factories'
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
