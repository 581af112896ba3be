import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload } from 'payload'
import { env } from '../../../env'

// The write's transaction commits after this hook; a second notice catches pages cached in between.
const settleDelayMs = 1500

async function notify(payload: Payload): Promise<void> {
  if (!env.PORTAL_REVALIDATE_URL || !env.REVALIDATE_SECRET) return
  try {
    const response = await fetch(env.PORTAL_REVALIDATE_URL, {
      method: 'POST',
      headers: { 'x-revalidate-secret': env.REVALIDATE_SECRET, 'content-type': 'application/json' },
      body: '{}',
      signal: AbortSignal.timeout(1000),
    })
    if (!response.ok) payload.logger.warn(`portal revalidation answered HTTP ${response.status}`)
  } catch (error) {
    payload.logger.warn(`portal revalidation failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function notifyNowAndAfterCommit(payload: Payload): Promise<void> {
  await notify(payload)
  setTimeout(() => void notify(payload), settleDelayMs).unref()
}

/** Tells the portal to drop its cached CMS data after anything it shows changes. */
export const notifyPortalAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await notifyNowAndAfterCommit(req.payload)
  return doc
}

/** The same after a delete. */
export const notifyPortalAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await notifyNowAndAfterCommit(req.payload)
  return doc
}
