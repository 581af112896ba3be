import type { Access } from 'payload'
import { hasRole } from './hasRole'

/** Administrators and editors: the people who may create and delete content. */
export const isEditor: Access = ({ req }) => hasRole(req, ['admin', 'editor'])
