import { defineMiddleware } from 'astro:middleware'
import type { MiddlewareHandler } from 'astro'
import { env } from './env'
import { answerKeptPage } from './lib/answerKeptPage'
import { followContentChanges } from './lib/changes/followContentChanges'
import { answerForClass } from './lib/classPages'
import { isCmsUnavailable, isSessionEnded } from './lib/cms/CmsError'
import { logRequest } from './lib/log/logRequest'
import { startMeasuringPortal } from './lib/metrics/registry'
import { anonymousPageKey, cachedPage, stalePage, storePage } from './lib/pageCache'
import { crossSiteFormRefused, isCrossSiteForm } from './lib/security/crossSiteForm'
import { isUnservedMethod, unservedMethodRefused } from './lib/security/unservedMethod'
import { forgetSession } from './lib/session/confirmedSession'
import { currentUser } from './lib/session/currentUser'
import { readerClassOf } from './lib/session/readerClass'
import { newReader } from './lib/session/readerContext'
import { sessionToken } from './lib/session/sessionToken'
import { unavailablePage } from './lib/unavailablePage'

startMeasuringPortal(env.PORTAL_GIT_COMMIT)

// Every answer is logged with its status and the front proxy's request id (see logRequest).
export const onRequest = defineMiddleware(async (context, next) => {
  const startedAt = performance.now()
  let status = 500
  try {
    const response = await answer(context, next)
    status = response.status
    return response
  } finally {
    const { method, headers } = context.request
    logRequest({ method, pathname: context.url.pathname, requestId: headers.get('x-request-id') ?? undefined }, status, startedAt)
  }
})

// Pages are the same for every anonymous reader, so they are rendered once and served from memory
// until PostgreSQL reports a change (`followContentChanges`); fresh copies (and members' kept copies)
// go out from the portal server without entering Astro (`answerKeptPage`). Signed-in readers (a
// session cookie) get their visibility class's copy with their name put in (`answerForClass`), their
// own copy of 我的学习 and campaign pages (`memberPages`), or a fresh render when the page shows anything
// else of their own; their session is verified here and confirmed by the CMS every few seconds
// (`currentUser`), and a plain member's content reads are shared by their class (`fetchCms`). Search
// results are not cached, nor pages asked with query parameters they do not read (`anonymousPageKey`).
// While the CMS cannot serve (restarting, or its database away), anonymous readers get the last copy
// of a page if there is one; everyone else a 503 with Retry-After.
const answer = async (...[context, next]: Parameters<MiddlewareHandler>): Promise<Response> => {
  followContentChanges()
  // From now on the portal server answers pages kept fresh itself (`answerKeptPage`).
  if (context.locals.pageLane) context.locals.pageLane.answer ??= answerKeptPage
  if (isUnservedMethod(context.request)) return unservedMethodRefused()
  if (isCrossSiteForm(context.request, context.url)) return crossSiteFormRefused()
  const token = sessionToken(context.cookies)
  try {
    if (token) {
      const user = await currentUser(context)
      context.locals.user = user
      if (!user) return await next()
      return await answerForClass(context, next, newReader(token, readerClassOf(user)), user)
    }
    context.locals.user = null
    if (context.request.method !== 'GET') return await next()
  } catch (error) {
    if (isCmsUnavailable(error)) return unavailablePage()
    // The session ended while the page rendered (signed out in another tab, within the few seconds the
    // portal trusts its last confirmation): the CMS refused a read of the reader's own. Sign in again,
    // as on any members' page, instead of a 500 (`npm run fuzz` signing its member out mid-render).
    if (token && isSessionEnded(error)) {
      forgetSession(token)
      return context.redirect(`/login?${new URLSearchParams({ next: context.url.pathname + context.url.search })}`)
    }
    throw error
  }
  const key = anonymousPageKey(context.url)
  try {
    if (!key) return await next()
    return cachedPage(key) ?? (await storePage(key, await next()))
  } catch (error) {
    if (isCmsUnavailable(error)) return (key && stalePage(key)) || unavailablePage()
    throw error
  }
}
