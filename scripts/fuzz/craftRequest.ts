import type { FuzzTarget, KnownIds } from './fuzzTargets'
import { deeplyNestedJson, fieldNames, hostileQuery, hostileString, hostileValue, percentEncode } from './hostileValues'
import type { Random } from './seededRandom'

/** One malformed request, ready to send byte for byte (paths are not normalised). */
export interface CraftedRequest {
  method: string
  path: string
  headers: Record<string, string>
  body?: Buffer
}

const megabyte = 1024 * 1024

/** Builds the next hostile request for `target` from the seeded stream. */
export function craftRequest(random: Random, target: FuzzTarget, ids: KnownIds, origin: string): CraftedRequest {
  const method = random.chance(0.85)
    ? random.pick(target.methods)
    : random.pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND', 'FOO'])
  let path = target.path(random, ids) + hostileQuery(random, target.queryKeys)
  if (random.chance(0.03))
    path += random.pick(['/..', '/%2e%2e/%2e%2e/etc/passwd', '//', '/.', '%2F..', `/${'x/'.repeat(random.int(100, 2000))}`])
  const headers: Record<string, string> = {
    origin: random.chance(0.9) ? origin : random.pick(['null', 'https://evil.example', origin.replace('http', 'https'), 'x']),
  }
  const hasBody = !['GET', 'HEAD', 'OPTIONS', 'TRACE'].includes(method) || random.chance(0.05)
  if (hasBody) {
    const body = craftBody(random, target.body)
    headers['content-type'] = body.contentType
    return { method, path, headers: withOddHeaders(random, headers), body: body.bytes }
  }
  return { method, path, headers: withOddHeaders(random, headers) }
}

function craftBody(random: Random, kind: FuzzTarget['body']): { contentType: string; bytes: Buffer } {
  const roll = random.next()
  if (roll < 0.005) return { contentType: 'application/json', bytes: Buffer.alloc(random.int(1, 12) * megabyte, '[') }
  if (roll < 0.03)
    return {
      contentType: random.pick(['application/json', 'text/plain', 'application/octet-stream']),
      bytes: randomBytes(random, random.int(1, 64 * 1024)),
    }
  if (roll < 0.08) return { contentType: 'application/json', bytes: Buffer.from(deeplyNestedJson(random)) }
  if (roll < 0.15)
    return { contentType: 'application/json', bytes: Buffer.from(JSON.stringify(hostileObject(random)).slice(0, random.int(0, 200))) }
  if (roll < 0.2)
    return {
      contentType: random.pick([
        '',
        'application/x-www-form-urlencoded',
        'multipart/form-data',
        'multipart/form-data; boundary=',
        'text/html',
        'application/json; charset=utf-16',
        'application/xml',
      ]),
      bytes: Buffer.from(hostileString(random, 5000)),
    }
  if (kind === 'form') return formBody(random)
  if (kind === 'graphql') return { contentType: 'application/json', bytes: Buffer.from(JSON.stringify(graphqlBody(random))) }
  if (kind === 'upload' && random.chance(0.5)) return multipartBody(random)
  return {
    contentType: 'application/json',
    bytes: Buffer.from(JSON.stringify(random.chance(0.8) ? hostileObject(random) : hostileValue(random))),
  }
}

function hostileObject(random: Random): Record<string, unknown> {
  const object: Record<string, unknown> = {}
  for (let i = random.int(1, 8); i > 0; i -= 1) object[random.pick(fieldNames)] = hostileValue(random, random.int(0, 3))
  return object
}

function formBody(random: Random): { contentType: string; bytes: Buffer } {
  if (random.chance(0.3)) return multipartBody(random)
  const fields = Array.from({ length: random.int(0, 6) }, () => {
    const key = random.chance(0.8)
      ? random.pick(['loginId', 'password', 'email', 'token', 'next', 'message', 'audience', ...fieldNames])
      : hostileString(random, 50)
    return `${percentEncode(key)}=${random.chance(0.9) ? percentEncode(hostileString(random, 20_000)) : random.pick(['%', '%zz', '%C0', '+'])}`
  })
  return { contentType: 'application/x-www-form-urlencoded', bytes: Buffer.from(fields.join('&')) }
}

function multipartBody(random: Random): { contentType: string; bytes: Buffer } {
  const boundary = random.chance(0.8)
    ? `----fuzz${random.int(0, 1e9)}`
    : hostileString(random)
        .replace(/[^\x21-\x7e]/g, '')
        .slice(0, 80)
  const parts = Array.from({ length: random.int(0, 4) }, () => {
    const name = random.chance(0.7) ? random.pick(['file', '_payload', 'alt', 'loginId', 'password']) : hostileString(random, 40)
    const filename = random.chance(0.5)
      ? `; filename="${random.pick(['../../x.png', 'a.mp4', '.htaccess', 'x'.repeat(300), 'évil.pdf', 'a\u0000.jpg'])}"`
      : ''
    const content = random.chance(0.5) ? hostileString(random, 4000) : JSON.stringify(hostileObject(random))
    return `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename}\r\nContent-Type: ${random.pick(['image/png', 'application/json', 'text/plain', 'video/mp4'])}\r\n\r\n${content}\r\n`
  })
  const end = random.chance(0.8) ? `--${boundary}--\r\n` : ''
  return { contentType: `multipart/form-data; boundary=${boundary}`, bytes: Buffer.from(parts.join('') + end) }
}

function graphqlBody(random: Random): unknown {
  const field = random.pick(['Users', 'Articles', 'Campaigns', 'Organizations', 'Media', 'CampaignEnrollments', 'me { user { id role } }'])
  const query = random.pick([
    `{ ${field} { docs { id } } }`,
    `{ Users(limit: ${random.pick([-1, 0, 1e9])}) { docs { id email role organization { id } } } }`,
    `mutation { updateUser(id: ${random.int(-2, 200)}, data: { role: admin, organization: 1 }) { id } }`,
    `mutation { loginUser(email: ${JSON.stringify(hostileString(random, 100))}, password: "x") { token } }`,
    `{ ${'Articles { docs { topics { '.repeat(random.int(2, 40))} id ${'} } } '.repeat(random.int(2, 40))} }`,
    `{ a: Articles { docs { id } } ${Array.from({ length: random.int(1, 300) }, (_, i) => `b${i}: Articles(limit: 100) { docs { id } }`).join(' ')} }`,
    `query { __schema { types { name fields { name type { name ofType { name } } } } } }`,
    hostileString(random, 2000),
    `{ ${field}(where: ${JSON.stringify(hostileString(random, 50))}) }`,
    `fragment f on Query { ...f } { ...f }`,
  ])
  return random.chance(0.8)
    ? {
        query,
        variables: random.chance(0.3) ? hostileValue(random) : undefined,
        operationName: random.chance(0.1) ? hostileString(random, 50) : undefined,
      }
    : hostileValue(random)
}

// Headers an attacker sets (or forges), each sent on a small share of the requests.
const oddHeaders: Array<[name: string, share: number, values: string[]]> = [
  ['x-forwarded-for', 0.05, ['1.2.3.4', '::1, 10.0.0.1', 'garbage', '999.999.999.999', '127.0.0.1'.repeat(200)]],
  ['x-forwarded-host', 0.05, ['evil.example', 'localhost:1', '%00', 'a/b']],
  ['x-forwarded-proto', 0.05, ['https', 'gopher', '']],
  ['range', 0.05, ['bytes=0-', 'bytes=-1', 'bytes=999999999999-', 'bytes=5-1', 'bytes=0-1,2-3,4-5,6-7', 'items=0-9', 'bytes=abc']],
  ['accept-encoding', 0.05, ['gzip, deflate, br, zstd', 'identity;q=0', '*;q=0', 'x'.repeat(2000)]],
  ['if-none-match', 0.05, ['*', '"x"', `W/"${'a'.repeat(3000)}"`]],
  ['if-modified-since', 0.05, ['yesterday', 'Thu, 01 Jan 1970 00:00:00 GMT', '9999']],
  ['accept', 0.05, ['*/*', 'text/html', 'application/json;q=abc', '', 'x'.repeat(5000)]],
  ['accept-language', 0.03, ['zh-CN', 'xx', '*', 'a'.repeat(5000)]],
  ['authorization', 0.02, ['JWT ', 'JWT abc.def.ghi', 'Bearer x', 'Basic Zm9vOmJhcg==', `JWT ${'a'.repeat(8000)}`, 'users API-Key x']],
  ['content-encoding', 0.02, ['gzip', 'br', 'deflate', 'identity']],
]

function withOddHeaders(random: Random, headers: Record<string, string>): Record<string, string> {
  for (const [name, share, values] of oddHeaders) if (random.chance(share)) headers[name] = random.pick(values)
  return headers
}

function randomBytes(random: Random, length: number): Buffer {
  const bytes = Buffer.alloc(length)
  for (let i = 0; i < length; i += 1) bytes[i] = random.int(0, 255)
  return bytes
}
