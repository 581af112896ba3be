import type { Endpoint } from 'payload'
import { managedCampaigns } from '../organize/managedCampaigns'
import { privateJson } from './privateJson'

/** The organizer side of campaigns, on `/api/campaigns/…` (see docs/architecture.md, “Reading campaigns · organizer side”). */
export const organizerCampaignEndpoints: Endpoint[] = [
  { path: '/managed', method: 'get', handler: async (req) => privateJson({ docs: await managedCampaigns(req) }) },
]
