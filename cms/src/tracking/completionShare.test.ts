import { describe, expect, it } from 'vitest'
import { completionShare, isCompleted } from './completionShare'
import type { TrackedItem } from './trackedItems'

const text: TrackedItem = { collection: 'articles', id: 1, title: '文章', slug: 'a', kind: 'text', readingSeconds: 300 }
const video: TrackedItem = { collection: 'videos', id: 2, title: '视频', slug: 'v', kind: 'media', readingSeconds: 0, mediaSeconds: 100 }
const progress = (overrides: Partial<Parameters<typeof completionShare>[1]> = {}) => ({
  activeSeconds: 0,
  maxScrollPercent: 0,
  watchedSeconds: 0,
  mediaSeconds: null,
  ...overrides,
})

describe('completion rules', () => {
  it.each([
    ['a text read for half its reading time to the end', text, progress({ activeSeconds: 150, maxScrollPercent: 90 }), true],
    ['a text scrolled to the end too fast', text, progress({ activeSeconds: 60, maxScrollPercent: 100 }), false],
    ['a text read long but not to the end', text, progress({ activeSeconds: 900, maxScrollPercent: 60 }), false],
    ['a video with 90 % of its seconds played', video, progress({ watchedSeconds: 90 }), true],
    ['a video with 89 % played', video, progress({ watchedSeconds: 89 }), false],
    ['a video without a duration anywhere', { ...video, mediaSeconds: undefined }, progress({ watchedSeconds: 500 }), false],
    ['a video with the player’s duration', { ...video, mediaSeconds: undefined }, progress({ watchedSeconds: 45, mediaSeconds: 50 }), true],
  ])('%s → %s', (_case, item, totals, done) => {
    expect(isCompleted(item, totals)).toBe(done)
  })

  it('reports a text’s progress as the lesser of reading time and scroll depth', () => {
    expect(completionShare(text, progress({ activeSeconds: 75, maxScrollPercent: 90 }))).toBe(0.5)
    expect(completionShare(text, progress({ activeSeconds: 150, maxScrollPercent: 45 }))).toBe(0.5)
  })
})
