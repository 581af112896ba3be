import type { FieldAccess } from 'payload'
import { hasRole } from './hasRole'

/** Field-level read rule for a campaign's bookkeeping (who created it): administrators and organizers only. */
export const campaignStaffField: FieldAccess = ({ req }) => hasRole(req, ['admin', 'organizer'])
