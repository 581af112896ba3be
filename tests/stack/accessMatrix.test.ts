import { beforeAll, describe, expect, it } from 'vitest'
import { attemptGraphql, attemptRest, createTarget } from '../support/accessAttempts'
import {
  expectedAccess,
  type MatrixCollection,
  matrixCollections,
  type Operation,
  operations,
  type Principal,
  principals,
} from '../support/accessMatrix'
import { createUserViaApi, loginToken } from '../support/cmsApi'

const tokens = new Map<Principal, string | undefined>()
let adminToken: string

beforeAll(async () => {
  adminToken = await loginToken()
  tokens.set('anonymous', undefined)
  tokens.set('admin', adminToken)
  for (const role of ['member', 'organizer', 'editor', 'reviewer'] as const)
    tokens.set(role, await loginToken(await createUserViaApi(adminToken, role)))
})

type Transport = 'REST' | 'GraphQL'

/** Runs every principal × operation on a collection and returns, per operation, who was allowed (null: not applicable). */
async function observe(collection: MatrixCollection, transport: Transport): Promise<Record<Operation, Principal[] | null>> {
  const observed = {} as Record<Operation, Principal[] | null>
  for (const operation of operations) {
    if (expectedAccess[collection][operation] === null) {
      observed[operation] = null
      continue
    }
    const allowed: Principal[] = []
    let applicable = true
    for (const principal of principals) {
      const target = operation === 'create' ? 0 : await createTarget(adminToken, collection, operation === 'publish')
      const token = tokens.get(principal)
      const result =
        transport === 'REST'
          ? await attemptRest(token, collection, operation, target)
          : await attemptGraphql(token, collection, operation, target)
      if (result === null) applicable = false
      else if (result) allowed.push(principal)
    }
    observed[operation] = applicable ? allowed : null
  }
  return observed
}

describe.each(['REST', 'GraphQL'] as const)('access over %s', (transport) => {
  it.each(Object.keys(matrixCollections) as MatrixCollection[])(
    '%s: every role and anonymous get exactly their rights',
    async (collection) => {
      const expected = { ...expectedAccess[collection] }
      if (transport === 'GraphQL' && collection === 'media') expected.create = null
      expect(await observe(collection, transport)).toEqual(expected)
    },
  )
})
