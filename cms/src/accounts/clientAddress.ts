import { BlockList, isIP } from 'node:net'

/** The proxies whose X-Forwarded-For is believed, from a list of addresses and CIDR ranges. */
export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList()
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/')
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4'
    if (bits === undefined) list.addAddress(address, type)
    else list.addSubnet(address, Number(bits), type)
  }
  return list
}

// Proxies may add a port ("203.0.113.9:51234", "[2001:db8::1]:443") or write IPv4 as IPv6 ("::ffff:203.0.113.9").
function normalize(raw: string): string {
  let value = raw.trim().toLowerCase()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value)
  if (bracketed?.[1]) value = bracketed[1]
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'))
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/.test(value)) value = value.slice('::ffff:'.length)
  return value.slice(0, 64)
}

/** The addresses of an X-Forwarded-For header, normalized, in order (client first, nearest proxy last). */
export function forwardedChain(forwardedFor: string | null | undefined): string[] {
  return (forwardedFor ?? '').split(',').map(normalize).filter(Boolean)
}

/** Whether the peer or hop `address` (any of the forms proxies write) is one of the trusted proxies. */
export function isTrustedProxy(raw: string, trusted: BlockList): boolean {
  const address = normalize(raw)
  const family = isIP(address)
  return family !== 0 && trusted.check(address, family === 6 ? 'ipv6' : 'ipv4')
}

/**
 * The client's address from the X-Forwarded-For chain the CMS received, null without one (a Local API
 * call). Every hop in front of the CMS appends the address it was connected from (the launcher's front
 * proxy, nginx's `$proxy_add_x_forwarded_for`, Next.js when the header is absent), so the chain is read
 * from the right: entries of trusted proxies are skipped and the first other entry is the client. Entries
 * left of it were written by the client and are ignored. The CMS itself listens on loopback only, so
 * whoever connects to it directly is a local process. X-Real-IP is not read: the proxies pass a client's
 * own X-Real-IP through unchanged.
 */
export function clientAddress(forwardedFor: string | null | undefined, trusted: BlockList): string | null {
  const chain = forwardedChain(forwardedFor)
  for (let index = chain.length - 1; index > 0; index--) {
    const hop = chain[index] as string
    if (!isTrustedProxy(hop, trusted)) return hop
  }
  return chain[0] ?? null
}
