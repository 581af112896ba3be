import { AsyncLocalStorage } from 'node:async_hooks'
import type { ReaderClass } from '@xuexi/contract/auth/readerClassCredential'

/**
 * Whom a signed-in request renders for: their session, the visibility class their content reads are
 * shared with (null: none), and what the page read of their own: anything (then it is not shared with
 * the class), anything member change notices do not follow (then it is not kept for them either), and
 * which campaigns' shared state (standings, leaderboard) it showed.
 */
export interface Reader {
  token: string
  readerClass: ReaderClass | null
  readOwn: boolean
  readUnfollowed: boolean
  campaigns: Set<number>
}

/** A signed-in reader before the page read anything. */
export function newReader(token: string, readerClass: ReaderClass | null): Reader {
  return { token, readerClass, readOwn: false, readUnfollowed: false, campaigns: new Set() }
}

const storage = new AsyncLocalStorage<Reader>()

/** Runs `work` on behalf of the signed-in reader (null: anonymously). */
export function withReader<T>(reader: Reader | null, work: () => T): T {
  return reader ? storage.run(reader, work) : work()
}

/** The signed-in reader the current request renders for, or null when anonymous. */
export function currentReader(): Reader | null {
  return storage.getStore() ?? null
}

/**
 * The session token of the reader the current request renders for (null when anonymous), for a read
 * of their own: the page it goes into is theirs alone and is not kept for their class.
 */
export function ownReaderToken(): string | null {
  const reader = storage.getStore()
  if (!reader) return null
  reader.readOwn = true
  reader.readUnfollowed = true
  return reader.token
}

/**
 * The session token for a read of the reader's own that member change notices follow (`fetchOwnStudy`),
 * and of the campaign's shared state when `campaign` is given: the page may be kept for them alone.
 */
export function ownStudyReaderToken(campaign?: number): string | null {
  const reader = storage.getStore()
  if (!reader) return null
  reader.readOwn = true
  if (campaign !== undefined) reader.campaigns.add(campaign)
  return reader.token
}

/** Marks the page as one to keep for nobody: a read of the reader's own failed, so it shows an error, not their data. */
export function keepForNobody(): void {
  const reader = storage.getStore()
  if (!reader) return
  reader.readOwn = true
  reader.readUnfollowed = true
}

/** Runs `work` anonymously even inside a signed-in reader's request (feeds and sitemaps list public items only). */
export function asAnonymous<T>(work: () => T): T {
  return storage.exit(work)
}
