import type { Access } from 'payload'
import { hasRole } from './hasRole'

/** Only administrators. */
export const isAdmin: Access = ({ req }) => hasRole(req, ['admin'])
