import { beforeAll, describe, expect, it } from 'vitest'
import { stackUrl } from '../support/cmsApi'
import { sampleMemberToken } from '../support/sampleMemberToken'

// The portal reads the session cookie with Astro's cookies (`sessionToken`): the first of duplicated
// names, the value as sent. A forged or smuggled cookie beside a real one never changes who is signed in.
let token: string

beforeAll(async () => {
  token = await sampleMemberToken()
})

/** How the portal answers 我的学习 with this Cookie header: 200 signed in, 302 to sign in. */
async function myStudyWith(cookie: string): Promise<number> {
  return (await fetch(stackUrl('/me'), { headers: { cookie }, redirect: 'manual' })).status
}

describe('the session cookie', () => {
  it('signs the reader in when it is the first of two session cookies', async () => {
    expect(await myStudyWith(`theme=dark; payload-token=${token}; payload-token=forged`)).toBe(200)
  })

  it('is not looked for behind a first session cookie that is forged or empty', async () => {
    expect(await myStudyWith(`payload-token=forged; payload-token=${token}`)).toBe(302)
    expect(await myStudyWith(`payload-token=; payload-token=${token}`)).toBe(302)
  })

  it('is not percent-decoded into a token', async () => {
    expect(await myStudyWith(`payload-token=${token.replaceAll('.', '%2E')}`)).toBe(302)
  })

  it('is not found under a name that merely ends like it', async () => {
    expect(await myStudyWith(`old-payload-token=${token}`)).toBe(302)
  })

  it('answers a huge forged session cookie as signed out', async () => {
    expect(await myStudyWith(`payload-token=${'A'.repeat(12_000)}`)).toBe(302)
  })
})
