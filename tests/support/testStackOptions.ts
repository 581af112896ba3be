import type { Logger } from '../../scripts/launcher/createLogger'
import type { StackOptions } from '../../scripts/launcher/startStack'
import { sampleMembers, stackAdmin } from './stackAdmin'
import { testSecret } from './testSecret'

/** How tests start a whole portal: as `npm start` does, built, on `dataDir` and a free loopback port. */
export function testStackOptions(dataDir: string, log: Logger, onCrash: StackOptions['onCrash']): StackOptions {
  return {
    mode: 'production',
    port: 0,
    host: '127.0.0.1',
    dataDir,
    secret: testSecret,
    admin: stackAdmin,
    sampleMemberPassword: sampleMembers.password,
    // Only the front proxy's and the portal's own address, so a test can connect from another loopback
    // address (127.0.0.2…) as a client that is no proxy (tests/support/clientFrom.ts).
    trustedProxies: '127.0.0.1,::1',
    log,
    onCrash,
  }
}
