import type { Access } from 'payload'
import { hasRole } from './hasRole'
import { uploadRoles } from './roles'

/** Staff upload media for content; organizers too, for their campaigns' covers. */
export const canUploadMedia: Access = ({ req }) => hasRole(req, uploadRoles)
