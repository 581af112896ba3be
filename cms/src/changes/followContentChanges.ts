import { ChangeFeed } from '@xuexi/contract/changes/ChangeFeed'
import type { ContentChange } from '@xuexi/contract/changes/ContentChange'
import { env } from '../env'
import type { ProcessLog } from '../logging/processLog'

/**
 * Something in this process derived from the database that must follow its changes; `below` is the
 * horizon that holds once these changes are applied (see `ChangeFeedOptions.apply`).
 */
export type ChangeSubscriber = (changes: ContentChange[], below: string) => Promise<void> | void

interface FeedState {
  feed: ChangeFeed
  subscribers: Map<string, ChangeSubscriber>
}

// One feed (one LISTEN connection) per process, also when Next.js bundles this module into several chunks.
const stateKey = Symbol.for('xuexi-yuandi.changeFeed')

/**
 * Registers `subscriber` under `name` (a second registration under the same name replaces the first)
 * and starts following the change record if this process does not yet. Resolves once the feed is
 * live: every change committed after that reaches the subscriber, and so does every change of a
 * transaction still running then. Rejects while PostgreSQL cannot be reached (the feed keeps trying).
 */
export function followContentChanges(owner: { logger: ProcessLog }, name: string, subscriber: ChangeSubscriber): Promise<void> {
  const holder = globalThis as { [stateKey]?: FeedState }
  holder[stateKey] ??= startFeed(owner.logger)
  holder[stateKey].subscribers.set(name, subscriber)
  return holder[stateKey].feed.whenLive()
}

/** The process's feed horizon (`ChangeFeed.appliedBelow`): every change below it has reached every subscriber. */
export function contentChangesAppliedBelow(): string | undefined {
  return (globalThis as { [stateKey]?: FeedState })[stateKey]?.feed.appliedBelow
}

/** Stops delivering changes to the subscriber registered under `name` (a search index being replaced or closed). */
export function unfollowContentChanges(name: string): void {
  ;(globalThis as { [stateKey]?: FeedState })[stateKey]?.subscribers.delete(name)
}

function startFeed(logger: ProcessLog): FeedState {
  const subscribers = new Map<string, ChangeSubscriber>()
  const feed = new ChangeFeed({
    connectionString: env.DATABASE_URL,
    name: `content-changes:${env.PORTAL_PROCESS}`,
    warn: (message) => logger.warn(message),
    apply: async (changes, below) => {
      for (const [name, subscriber] of subscribers) {
        try {
          await subscriber(changes, below)
        } catch (error) {
          logger.error({ err: error }, `applying ${changes.length} content changes to ${name} failed`)
        }
      }
    },
  })
  void feed.start()
  return { feed, subscribers }
}
