import { describe, expect, it } from 'vitest'
import { counted, waitSeconds } from './throttleCounter'
import { throttleRules } from './throttleRules'

const start = new Date('2026-12-01T08:00:00Z')
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000)
const attempts = (rule: Parameters<typeof counted>[0], count: number, seconds = 0) => {
  let state: ReturnType<typeof counted> | undefined
  for (let attempt = 0; attempt < count; attempt++) state = counted(rule, state, at(seconds))
  return state
}

describe('a window counter', () => {
  const rule = throttleRules['login.pair']

  it('lets attempts through up to the limit', () => {
    expect(waitSeconds(rule, attempts(rule, 4), at(1))).toBe(0)
  })

  it('makes the attempt past the limit wait until the window ends', () => {
    expect(waitSeconds(rule, attempts(rule, 5), at(60))).toBe(15 * 60 - 60)
  })

  it('starts again once the window has ended', () => {
    const full = attempts(rule, 5)
    expect(waitSeconds(rule, full, at(15 * 60))).toBe(0)
    expect(counted(rule, full, at(15 * 60)).hits).toBe(1)
  })
})

describe('a delay counter', () => {
  const rule = throttleRules['login.account']

  it('adds no delay for the first attempts', () => {
    expect(waitSeconds(rule, attempts(rule, 9), at(0))).toBe(0)
  })

  it('doubles the delay after each further attempt, up to the maximum', () => {
    expect(waitSeconds(rule, attempts(rule, 10), at(0))).toBe(1)
    expect(waitSeconds(rule, attempts(rule, 13), at(0))).toBe(8)
    expect(waitSeconds(rule, attempts(rule, 40), at(0))).toBe(60)
  })

  it('counts the delay from the latest attempt', () => {
    expect(waitSeconds(rule, attempts(rule, 13), at(5))).toBe(3)
    expect(waitSeconds(rule, attempts(rule, 13), at(8))).toBe(0)
  })
})
