import type { SessionUser } from '../session/SessionUser'

/** Who may open the organizer pages: organizers and administrators; anyone else is sent to sign in or refused. */
export function organizerAccess(user: SessionUser | null): 'signIn' | 'forbidden' | 'allowed' {
  if (!user) return 'signIn'
  return user.role === 'organizer' || user.role === 'admin' ? 'allowed' : 'forbidden'
}
