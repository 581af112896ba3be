import { describe, expect, it } from 'vitest'
import { decideRestart, defaultRestartPolicy } from './restartPolicy'

describe('decideRestart', () => {
  it('restarts after 1 s, then 2 s, and gives up at the third crash within a minute', () => {
    expect(decideRestart([], 100_000, defaultRestartPolicy)).toEqual({ giveUp: false, recentCrashes: 1, delayMs: 1_000 })
    expect(decideRestart([100_000], 110_000, defaultRestartPolicy)).toEqual({ giveUp: false, recentCrashes: 2, delayMs: 2_000 })
    expect(decideRestart([100_000, 110_000], 150_000, defaultRestartPolicy)).toEqual({ giveUp: true, recentCrashes: 3 })
  })

  it('forgets crashes older than the window', () => {
    expect(decideRestart([0, 10_000], 80_000, defaultRestartPolicy)).toEqual({ giveUp: false, recentCrashes: 1, delayMs: 1_000 })
  })
})
