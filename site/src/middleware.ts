import { defineMiddleware } from 'astro:middleware'
import { cachedPage, storePage } from './lib/pageCache'

// Pages are the same for every anonymous reader, so they are rendered once and served from memory
// until the CMS reports a change. Signed-in readers (a session cookie) always get a fresh render.
// Search results are not cached: every query is a new key, and the index has its own freshness.
export const onRequest = defineMiddleware(async (context, next) => {
  const anonymous = !context.request.headers.get('cookie')?.includes('payload-token')
  if (context.request.method !== 'GET' || !anonymous || context.url.pathname.startsWith('/healthz') || context.url.pathname === '/search')
    return next()
  const key = context.url.pathname + context.url.search
  return cachedPage(key) ?? storePage(key, await next())
})
