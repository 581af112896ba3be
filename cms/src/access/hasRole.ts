import type { PayloadRequest } from 'payload'
import type { Role } from './roles'

/** True when the request's user holds one of the given roles. */
export function hasRole(req: PayloadRequest, allowed: readonly Role[]): boolean {
  const role = (req.user as { role?: Role } | null)?.role
  return role !== undefined && allowed.includes(role)
}
