import type { TrackedItem } from './trackedItems'

/** Share of the estimated reading time a reader must actively spend on a text. */
export const readingShare = 0.5
/** Scroll depth (percent) that shows a text was read to its end. */
export const readScrollPercent = 90
/** Share of a medium's distinct seconds that must have been played. */
export const watchedShare = 0.9
const minimumReadingSeconds = 10

/** A member's accumulated progress on one item. */
export interface ProgressTotals {
  activeSeconds: number
  maxScrollPercent: number
  watchedSeconds: number
  /** The medium's duration: the CMS's, or the player's when the CMS has none. */
  mediaSeconds: number | null
}

/**
 * How far progress is towards completing an item, from 0 to 1: a text by active time against its
 * reading length and by scroll depth (the lesser of the two); a medium by distinct seconds played.
 */
export function completionShare(item: TrackedItem, progress: ProgressTotals): number {
  if (item.kind === 'media') {
    const duration = item.mediaSeconds ?? progress.mediaSeconds
    if (!duration) return 0
    return Math.min(1, progress.watchedSeconds / Math.ceil(duration * watchedShare))
  }
  const needed = Math.max(minimumReadingSeconds, Math.ceil(item.readingSeconds * readingShare))
  return Math.min(1, progress.activeSeconds / needed, progress.maxScrollPercent / readScrollPercent)
}

/** Whether progress completes an item (see `completionShare`); seeking to the end of a medium never does. */
export function isCompleted(item: TrackedItem, progress: ProgressTotals): boolean {
  return completionShare(item, progress) >= 1
}
