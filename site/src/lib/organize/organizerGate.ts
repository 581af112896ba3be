import type { AstroGlobal } from 'astro'
import { organizerAccess } from './organizerAccess'

/**
 * Guards an organizer page: anonymous readers are sent to sign in (and back), anyone else but organizers
 * and administrators gets 403. Returns the redirect to answer with, or whether the page may render.
 */
export function organizerGate(astro: AstroGlobal): Response | 'forbidden' | 'allowed' {
  const access = organizerAccess(astro.locals.user)
  if (access === 'signIn') return astro.redirect(`/login?${new URLSearchParams({ next: astro.url.pathname + astro.url.search })}`)
  astro.response.headers.set('cache-control', 'private, no-store')
  if (access === 'forbidden') astro.response.status = 403
  return access
}
