import { readerClassHeader, readReaderClass } from '@xuexi/contract/auth/readerClassCredential'
import type { AuthStrategy } from 'payload'

/**
 * Lets the portal read content as a visibility class (a plain member of an organization) rather than
 * as one person, so it can share what it read with the whole class. The reader is a member with no
 * account (id 0): the content access rules (`canReadContent`, `readCampaigns`, `canReadMedia`) see
 * their role and organization only; nothing of anyone's own is found for it. GET and HEAD only.
 */
export const readerClassStrategy: AuthStrategy = {
  name: 'portal-reader-class',
  authenticate: ({ headers, payload, req }) => {
    const credential = headers.get(readerClassHeader)
    if (!credential || (req?.method && !['GET', 'HEAD'].includes(req.method))) return { user: null }
    const readerClass = readReaderClass(payload.secret, credential)
    if (!readerClass) return { user: null }
    return {
      user: {
        id: 0,
        collection: 'users',
        name: '',
        role: 'member',
        organization: readerClass.organization,
        _strategy: 'portal-reader-class',
      } as never,
    }
  },
}
