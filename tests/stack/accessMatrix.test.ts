import { isDeepStrictEqual } from 'node:util'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { attemptGraphql, attemptRest, createMatrixContext, createTarget } from '../support/accessAttempts'
import {
  expectedAccess,
  type FieldWriteCollection,
  fieldTransports,
  fieldWrites,
  type MatrixCollection,
  type MatrixContext,
  matrixCollections,
  type Operation,
  operations,
  type Principal,
  principals,
} from '../support/accessMatrix'
import { apiJson, createUserViaApi, loginToken } from '../support/cmsApi'
import { storedField, writeField } from '../support/fieldWrites'

const tokens = new Map<Principal, string | undefined>()
let adminToken: string
let context: MatrixContext
let database: pg.Client

beforeAll(async () => {
  database = new pg.Client({ connectionString: inject('stackDatabaseUrl') })
  await database.connect()
  adminToken = await loginToken()
  context = await createMatrixContext(adminToken)
  tokens.set('anonymous', undefined)
  tokens.set('admin', adminToken)
  for (const role of ['member', 'organizer', 'editor', 'reviewer'] as const)
    tokens.set(role, await loginToken(await createUserViaApi(adminToken, role)))
})

afterAll(async () => {
  await database?.end()
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
      const target = operation === 'create' ? 0 : await createTarget(adminToken, collection, context, operation === 'publish')
      const token = tokens.get(principal)
      const result =
        transport === 'REST'
          ? await attemptRest(token, collection, operation, target, context)
          : await attemptGraphql(token, collection, operation, target, context)
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

const newOrganization = async () =>
  (
    await apiJson<{ doc: { id: number } }>('/api/organizations', {
      token: adminToken,
      method: 'POST',
      body: matrixCollections.organizations.data(),
    })
  ).body.doc.id

/** Who writes and what: a user's own account (an administrator and anonymous visitors: a member's), or a fresh organization. */
async function writerAndTarget(
  collection: FieldWriteCollection,
  principal: Principal,
): Promise<{ token: string | undefined; target: number }> {
  if (collection === 'organizations') return { token: tokens.get(principal), target: await newOrganization() }
  if (principal === 'anonymous' || principal === 'admin')
    return { token: tokens.get(principal), target: (await createUserViaApi(adminToken, 'member')).id }
  const self = await createUserViaApi(adminToken, principal)
  return { token: await loginToken(self), target: self.id }
}

describe.each(fieldTransports)('field writes over %s', (transport) => {
  it.each(Object.keys(fieldWrites) as FieldWriteCollection[])(
    '%s: every role and anonymous change exactly the fields they may',
    async (collection) => {
      const cases = Object.entries(fieldWrites[collection]) as Array<
        [string, { value: (context: { otherOrganization: number }) => unknown; allowed: Principal[] }]
      >
      const observed = Object.fromEntries(cases.map(([field]) => [field, [] as Principal[]]))
      for (const principal of principals) {
        const { token, target } = await writerAndTarget(collection, principal)
        const context = { otherOrganization: await newOrganization() }
        for (const [field, fieldCase] of cases) {
          const before = await storedField(database, collection, target, field)
          await writeField(token, collection, target, field, fieldCase.value(context), transport)
          if (!isDeepStrictEqual(await storedField(database, collection, target, field), before)) observed[field]?.push(principal)
        }
      }
      expect(observed).toEqual(Object.fromEntries(cases.map(([field, fieldCase]) => [field, fieldCase.allowed])))
    },
    180_000,
  )
})
