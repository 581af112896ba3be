import { parse } from 'graphql'
import { describe, expect, it } from 'vitest'
import { hasFragmentCycle } from './hasFragmentCycle'

describe('hasFragmentCycle', () => {
  it.each([
    'fragment f on Query { ...f } { ...f }',
    'fragment a on Query { x { ...b } } fragment b on Query { ...a } { ...a }',
    'fragment a on Query { ... on Query { ...a } } { ...a }',
  ])('finds the cycle in %s', (query) => {
    expect(hasFragmentCycle(parse(query))).toBe(true)
  })

  it.each(['{ Articles { docs { id } } }', 'fragment a on Query { ...b } fragment b on Query { x } { ...a ...b }', '{ ...missing }'])(
    'finds none in %s',
    (query) => {
      expect(hasFragmentCycle(parse(query))).toBe(false)
    },
  )
})
