import { inject } from 'vitest'
import { testSecret } from './testSecret'

// Runs before each integration test file imports the Payload config, which reads these at import.
process.env.DATABASE_URL = inject('databaseUrl')
process.env.PORTAL_DATA_DIR = inject('dataDir')
process.env.PAYLOAD_SECRET = testSecret
