import { defineMiddleware } from 'astro:middleware'
import { cachedPage, pageCacheKey, storePage } from './lib/pageCache'
import { crossSiteFormRefused, isCrossSiteForm } from './lib/security/crossSiteForm'
import { currentUser } from './lib/session/currentUser'
import { withReader } from './lib/session/readerContext'
import { sessionToken } from './lib/session/sessionToken'

// Pages are the same for every anonymous reader, so they are rendered once and served from memory
// until the CMS reports a change. Signed-in readers (a session cookie) always get a fresh render,
// and the CMS reads made for them carry their session. Search results are not cached: every query
// is a new key, and the index has its own freshness. Nor are pages asked with query parameters they
// do not read (`pageCacheKey`): made-up query strings must not fill the cache.
export const onRequest = defineMiddleware(async (context, next) => {
  if (isCrossSiteForm(context.request, context.url)) return crossSiteFormRefused()
  const token = sessionToken(context.request.headers.get('cookie'))
  if (token) {
    const user = await currentUser(context.request)
    context.locals.user = user
    return withReader(user ? token : null, next)
  }
  context.locals.user = null
  if (context.request.method !== 'GET' || context.url.pathname.startsWith('/healthz') || context.url.pathname === '/search') return next()
  const key = pageCacheKey(context.url)
  if (!key) return next()
  return cachedPage(key) ?? storePage(key, await next())
})
