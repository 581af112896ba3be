import { describe, expect, it } from 'vitest'
import { freePorts } from './freePort'

describe('freePorts', () => {
  it('hands out distinct ports in one call, so the apps of a stack never collide', async () => {
    const ports = await freePorts(8)
    expect(new Set(ports).size).toBe(8)
  })
})
