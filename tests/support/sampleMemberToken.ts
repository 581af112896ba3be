import { loginToken } from './cmsApi'
import { sampleMembers } from './stackAdmin'

/** Signs in as the stack's sample member (a plain 党员) and returns their session token. */
export function sampleMemberToken(): Promise<string> {
  return loginToken({ username: sampleMembers.member, password: sampleMembers.password })
}
