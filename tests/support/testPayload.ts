import { getPayload, type Payload } from 'payload'
import config from '../../cms/src/payload.config'

/** The Payload Local API on the run's test database (one instance per test file). */
export function testPayload(): Promise<Payload> {
  return getPayload({ config })
}
