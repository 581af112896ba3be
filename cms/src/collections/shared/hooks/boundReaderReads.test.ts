import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { boundReaderReads } from './boundReaderReads'

type HookArgs = Parameters<typeof boundReaderReads>[0]

function bound(args: Record<string, unknown>, options: { role?: string; api?: string; operation?: string } = {}) {
  const req = { user: options.role ? { role: options.role } : null, payloadAPI: options.api ?? 'REST' } as unknown as PayloadRequest
  return boundReaderReads({ args, operation: options.operation ?? 'read', req } as unknown as HookArgs) as Record<string, unknown>
}

describe('boundReaderReads', () => {
  it.each([
    [{ limit: 0 }, 100],
    [{ limit: 100_000 }, 100],
    [{ limit: -5 }, 100],
    [{ limit: 'lots' }, 100],
    [{ limit: 20 }, 20],
    [{ limit: undefined, pagination: false }, undefined],
  ])('gives anonymous readers pages of at most 100 (%j → %s), always paginated', (args, limit) => {
    expect(bound(args)).toMatchObject({ limit, pagination: true })
  })

  it('clamps depth to 2 and join sizes to 100 for members, on reads and on writes', () => {
    expect(bound({ depth: 10, joins: { supersededBy: { limit: 0 }, amendedBy: {} } }, { role: 'member' })).toMatchObject({
      depth: 2,
      joins: { supersededBy: { limit: 100 }, amendedBy: {} },
    })
    expect(bound({ depth: 7 }, { role: 'organizer', operation: 'update' })).toMatchObject({ depth: 2 })
  })

  it('leaves staff and server code (the Local API) alone', () => {
    expect(bound({ limit: 0, depth: 10 }, { role: 'editor' })).toEqual({ limit: 0, depth: 10 })
    expect(bound({ limit: 0, depth: 10, pagination: false }, { api: 'local' })).toEqual({ limit: 0, depth: 10, pagination: false })
  })
})
