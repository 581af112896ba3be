import { getPayload } from 'payload'
import config from '../cms/src/payload.config'

// `npm run migrate`: applies committed migrations to DATABASE_URL (used by deploys and tests).
const payload = await getPayload({ config })
await payload.db.migrate()
await payload.destroy()
process.exit(0)
