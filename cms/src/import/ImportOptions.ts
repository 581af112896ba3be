import type { ContentType } from './contentTypes'

/** How a batch of files is imported (the CLI flags of `npm run import`). */
export interface ImportOptions {
  /** Content type for every file; otherwise the front matter's `type`, else article. */
  type?: ContentType
  /** Publish at once (as approved); otherwise items are saved as drafts for review. */
  publish: boolean
  visibility?: 'public' | 'members'
  /** Topic slugs added to every item. */
  topics: string[]
  dryRun: boolean
  /**
   * Folder that every referenced file (cover, attachments, images…) must lie inside; by default the
   * folder named on the command line (or the folder of a named file).
   */
  root?: string
}
