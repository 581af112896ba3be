import { AsyncLocalStorage } from 'node:async_hooks'

const storage = new AsyncLocalStorage<{ token: string }>()

/** Runs `work` on behalf of the signed-in reader whose session token is given (null: anonymously). */
export function withReader<T>(token: string | null, work: () => T): T {
  return token ? storage.run({ token }, work) : work()
}

/** The session token of the reader the current request renders for, or null when anonymous. */
export function readerToken(): string | null {
  return storage.getStore()?.token ?? null
}

/** Runs `work` anonymously even inside a signed-in reader's request (feeds and sitemaps list public items only). */
export function asAnonymous<T>(work: () => T): T {
  return storage.exit(work)
}
