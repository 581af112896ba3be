import type { TrackedCollection } from '@xuexi/contract/study/trackedCollections'

/** What tracking needs to know about a readable item. */
export interface TrackedItem {
  collection: TrackedCollection
  id: number
  title: string
  slug: string
  /** Text is completed by reading; media by watching or listening. */
  kind: 'text' | 'media'
  /** Estimated reading time of the text (text items). */
  readingSeconds: number
  /** Duration from the CMS (media items), when the editor entered one. */
  mediaSeconds?: number
}
