import { postCms } from '../cms/postCms'
import { forgetSession } from './confirmedSession'

/** Ends the session in the CMS too, so the token stops working everywhere; an unreachable CMS is not fatal. */
export async function signOut(token: string): Promise<void> {
  forgetSession(token)
  await postCms('/api/users/logout', {}, { token }).catch(() => undefined)
}
