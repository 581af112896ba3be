import { writeFileSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import { fuzzTargets } from '../../scripts/fuzz/fuzzTargets'
import { runFuzz } from '../../scripts/fuzz/runFuzz'
import { artifactPath } from '../support/artifacts'
import { stackUrl } from '../support/cmsApi'
import { sampleMembers } from '../support/stackAdmin'

// CI's sample of `npm run fuzz`: the same generator, 150 requests per endpoint, on the shared stack.
// Its failed sign-ins are throttled at a made-up client address, never at 127.0.0.1 where later tests sign in.
const seed = Number(process.env.FUZZ_SEED ?? 20261206)
const perEndpoint = 150

describe('hostile requests to every public and member endpoint (npm run fuzz, sampled)', () => {
  it(`answers none with a server error and lets no one write what they may not (seed ${seed})`, { timeout: 1_800_000 }, async () => {
    const report = await runFuzz({
      url: inject('baseUrl'),
      databaseUrl: inject('stackDatabaseUrl'),
      seed,
      perEndpoint,
      concurrency: 8,
      member: { loginId: sampleMembers.member, password: sampleMembers.password },
      clientAddress: '198.18.0.1',
    })
    writeFileSync(artifactPath('fuzz-report.json'), JSON.stringify(report, null, 2))
    expect(report.requests).toBe(fuzzTargets.length * perEndpoint)
    expect(report.serverErrors).toEqual([])
    expect(report.unauthorizedWrites).toEqual([])
    expect(report.healthy).toBe(true)
    const signIn = await fetch(stackUrl('/api/users/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: sampleMembers.member, password: sampleMembers.password }),
    })
    expect(signIn.status).toBe(200)
  })
})
