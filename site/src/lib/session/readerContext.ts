import { AsyncLocalStorage } from 'node:async_hooks'
import type { ReaderClass } from '../../../../cms/src/auth/readerClassCredential'

/**
 * Whom a signed-in request renders for: their session, the visibility class their content reads are
 * shared with (null: none), and whether the page read anything of their own (then it is not shared).
 */
export interface Reader {
  token: string
  readerClass: ReaderClass | null
  readOwn: boolean
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
  return reader.token
}

/** Runs `work` anonymously even inside a signed-in reader's request (feeds and sitemaps list public items only). */
export function asAnonymous<T>(work: () => T): T {
  return storage.exit(work)
}
