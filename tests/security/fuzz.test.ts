import { writeFileSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import { fuzzTargets } from '../../scripts/fuzz/fuzzTargets'
import { runFuzz } from '../../scripts/fuzz/runFuzz'
import { artifactPath } from '../support/artifacts'
import { sampleMembers } from '../support/stackAdmin'

// CI's sample of `npm run fuzz`: the same generator, 150 requests per endpoint, on the shared stack.
const seed = Number(process.env.FUZZ_SEED ?? 20261206)

describe('hostile requests to every public and member endpoint (npm run fuzz, sampled)', () => {
  it(`answers none with a server error and lets no one write what they may not (seed ${seed})`, { timeout: 900_000 }, async () => {
    const report = await runFuzz({
      url: inject('baseUrl'),
      databaseUrl: inject('stackDatabaseUrl'),
      seed,
      perEndpoint: 150,
      concurrency: 4,
      member: { loginId: sampleMembers.member, password: sampleMembers.password },
    })
    writeFileSync(artifactPath('fuzz-report.json'), JSON.stringify(report, null, 2))
    expect(report.requests).toBe(fuzzTargets.length * 150)
    expect(report.serverErrors).toEqual([])
    expect(report.unauthorizedWrites).toEqual([])
    expect(report.healthy).toBe(true)
  })
})
