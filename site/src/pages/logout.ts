import type { APIRoute } from 'astro'
import { clearSessionCookie } from '../lib/session/sessionCookie'
import { sessionToken } from '../lib/session/sessionToken'
import { signOut } from '../lib/session/signOut'

/** `POST /logout`: ends the session in the CMS and in this browser, then goes home. */
export const POST: APIRoute = async ({ url, cookies, redirect }) => {
  const token = sessionToken(cookies)
  if (token) await signOut(token)
  clearSessionCookie(cookies, url)
  return redirect('/', 303)
}
