import { describe, expect, it } from 'vitest'
import { campaignPhase } from './campaignPhase'

// Day-only dates are stored at noon UTC by the admin's picker; the day is the China day either way.
const campaign = { startsOn: '2026-11-01T04:00:00.000Z', endsOn: '2026-11-30T04:00:00.000Z' }

describe('campaignPhase', () => {
  it.each([
    ['2026-10-31T15:59:00Z', 'upcoming'],
    ['2026-10-31T16:00:00Z', 'running'],
    ['2026-11-30T15:59:00Z', 'running'],
    ['2026-11-30T16:00:00Z', 'ended'],
  ])('at %s the campaign is %s (China days)', (now, phase) => {
    expect(campaignPhase(campaign, new Date(now))).toBe(phase)
  })
})
