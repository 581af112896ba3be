import { BlockList, isIP } from 'node:net'
import type { Role } from '../access/roles'
import { forwardedChain } from '../accounts/clientAddress'

const loopback = new BlockList()
loopback.addSubnet('127.0.0.0', 8, 'ipv4')
loopback.addAddress('::1', 'ipv6')

function isLoopback(address: string): boolean {
  const family = isIP(address)
  return family !== 0 && loopback.check(address, family === 6 ? 'ipv6' : 'ipv4')
}

/** What decides who may read `/metrics`: the connection's peer, the forwarded chain, and whose the Authorization header is. */
export interface MetricsRequest {
  peerAddress: string | undefined
  forwardedFor: string | undefined
  authorization: string | undefined
}

/**
 * Whether a request may read `/metrics`: when every address it passed through is loopback (the
 * connection's peer and each X-Forwarded-For entry: each proxy in front, the launcher's and nginx
 * alike, adds the address it was connected from, and a client can add entries but never remove that
 * one), or when its Authorization header belongs to an administrator. No cookie is read, so a page
 * elsewhere cannot have an admin's browser fetch it.
 */
export async function mayReadMetrics(request: MetricsRequest, roleOf: (authorization: string) => Promise<Role | null>): Promise<boolean> {
  const hops = [...forwardedChain(request.forwardedFor), ...forwardedChain(request.peerAddress)]
  if (hops.length > 0 && hops.every(isLoopback)) return true
  if (!request.authorization) return false
  return (await roleOf(request.authorization)) === 'admin'
}
