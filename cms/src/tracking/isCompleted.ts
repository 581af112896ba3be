import { completionShare, type ProgressTotals } from './completionShare'
import type { TrackedItem } from './TrackedItem'

/** Whether progress completes an item (see `completionShare`); seeking to the end of a medium never does. */
export function isCompleted(item: TrackedItem, progress: ProgressTotals): boolean {
  return completionShare(item, progress) >= 1
}
