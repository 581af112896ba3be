import type { Random } from './seededRandom'

// What an attacker types into every field: the odd corners of Unicode, numbers at and past every
// limit, injection-looking text and path tricks. Each generator takes the run's seeded stream.
const oddStrings = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uDBFFy',
  '\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  'مرحبا بالعالم',
  'é́́́́́́́́',
  '👨‍👩‍👧‍👦🏳️‍🌈',
  '学习园地',
  '\r\n\t',
  "' OR 1=1 --",
  '"; drop table users; --',
  '<script>alert(1)</script>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template-injection text, on purpose
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  'prototype',
  '../../../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '%00',
  '%ff%fe',
  '\\\\server\\share',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x7fffffff',
  '9'.repeat(400),
  '-'.repeat(40),
]

const oddNumbers = [
  0,
  -1,
  1,
  -0.5,
  0.5,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 1,
  -(2 ** 53) - 1,
  1e308,
  -1e308,
  5e-324,
  32767,
  32768,
  65536,
]

/** A hostile string of at most `maxLength` characters: an odd one, a long one, or a mix of them. */
export function hostileString(random: Random, maxLength = 200_000): string {
  const roll = random.next()
  const odd = random.pick(oddStrings)
  if (roll < 0.6) return odd.slice(0, maxLength)
  if (roll < 0.75)
    return odd.repeat(random.int(2, Math.max(2, Math.floor(Math.min(maxLength, 20_000) / Math.max(odd.length, 1))))).slice(0, maxLength)
  if (roll < 0.8) return 'x'.repeat(random.int(Math.min(10_000, maxLength), maxLength))
  return Array.from({ length: random.int(1, 12) }, () => random.pick(oddStrings))
    .join('')
    .slice(0, maxLength)
}

/** A hostile number (in JSON: huge, negative, fractional; NaN and Infinity become null). */
export function hostileNumber(random: Random): number {
  return random.chance(0.8) ? random.pick(oddNumbers) : (random.next() - 0.5) * 10 ** random.int(0, 30)
}

/** Any JSON value, wrongly typed for whatever field receives it, nested up to `depth` (long ones only at the top). */
export function hostileValue(random: Random, depth = 3): unknown {
  const roll = random.int(0, depth > 0 ? 9 : 5)
  switch (roll) {
    case 0:
      return null
    case 1:
      return random.chance(0.5)
    case 2:
    case 3:
      return hostileNumber(random)
    case 4:
    case 5:
      return hostileString(random, depth >= 3 ? 200_000 : 2_000)
    case 6:
    case 7:
      return random.chance(0.05)
        ? Array.from({ length: random.int(1000, 20_000) }, () => hostileNumber(random))
        : Array.from({ length: random.int(0, 5) }, () => hostileValue(random, depth - 1))
    default: {
      const object: Record<string, unknown> = {}
      for (let i = random.int(0, 6); i > 0; i -= 1)
        object[random.chance(0.7) ? random.pick(fieldNames) : hostileString(random, 200)] = hostileValue(random, depth - 1)
      return object
    }
  }
}

/** JSON text nested deeper than any parser or validator expects (written as text: too deep to stringify). */
export function deeplyNestedJson(random: Random): string {
  const levels = Array.from({ length: random.int(100, 20_000) }, () => random.chance(0.5))
  const open = levels.map((isArray) => (isArray ? '[' : '{"a":')).join('')
  const close = levels
    .reverse()
    .map((isArray) => (isArray ? ']' : '}'))
    .join('')
  return `${open}${JSON.stringify(hostileNumber(random))}${close}`
}

/** Field names the portal's endpoints really read, so wrong values land where they are parsed. */
export const fieldNames = [
  'id',
  'email',
  'username',
  'password',
  'name',
  'role',
  'organization',
  'title',
  'slug',
  'body',
  'note',
  'answers',
  'events',
  'items',
  'collection',
  'itemId',
  'activeSeconds',
  'scrollPercent',
  'watched',
  'occurredAt',
  'visit',
  'ticket',
  'mediaSeconds',
  'playbackRate',
  'duration',
  'day',
  'number',
  'campaign',
  'member',
  'reviewStatus',
  'visibility',
  '_status',
  'token',
  'query',
  'variables',
  'operationName',
  'limit',
  'page',
  'depth',
  'where',
  'sort',
  '__proto__',
  'constructor',
]

/**
 * Percent-encodes a string for a URL or a form body. Unlike encodeURIComponent it does not refuse
 * lone surrogates: they go out as their (invalid) three UTF-8-style bytes, %ED%A0%80 for U+D800.
 */
export function percentEncode(text: string): string {
  if (!/[\uD800-\uDFFF]/.test(text)) return encodeURIComponent(text)
  let encoded = ''
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i)
    const isHigh = unit >= 0xd800 && unit <= 0xdbff
    const next = text.charCodeAt(i + 1)
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      encoded += encodeURIComponent(text.slice(i, i + 2))
      i += 1
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      encoded += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join('')
    } else {
      encoded += encodeURIComponent(text[i] as string)
    }
  }
  return encoded
}

/** One path segment where an id or slug belongs: a real one, a wrong type, or a path trick. */
export function hostileSegment(random: Random, real: readonly string[]): string {
  const roll = random.next()
  if (roll < 0.35 && real.length > 0) return random.pick(real)
  if (roll < 0.55) return String(random.pick([-1, 0, 2 ** 31, 2 ** 53 + 1, 1e21, 99999999]))
  if (roll < 0.7) return random.pick(['..', '.', '%2e%2e', '%2F', '..%2F..%2F', '%00', '%', '%zz', '~', ';', '*', 'a%2Fb', '%C0%AE%C0%AE'])
  if (roll < 0.75) return 'a'.repeat(random.int(500, 6000))
  return percentEncode(hostileString(random, 300))
}

/** A query string with hostile parameters, including Payload's own (where, limit, depth, sort…). */
export function hostileQuery(random: Random, keys: readonly string[]): string {
  const parts: string[] = []
  for (let i = random.int(0, 6); i > 0; i -= 1) {
    const key = keys.length > 0 && random.chance(0.7) ? random.pick(keys) : hostileString(random, 100)
    const value = random.chance(0.5) ? String(hostileNumber(random)) : hostileString(random, 3000)
    parts.push(`${percentEncode(key)}=${percentEncode(value)}`)
  }
  if (random.chance(0.2)) parts.push(`where${'[or][0]'.repeat(random.int(1, 40))}[id][equals]=${percentEncode(hostileString(random, 100))}`)
  if (random.chance(0.1))
    parts.push(random.pick(['%', '%%', 'a=%E0%A4%A', '&&&', '=', '[]=1', 'a[b][c][d][e][f][g][h]=1', `a[${'9'.repeat(12)}]=1`]))
  return parts.length ? `?${parts.join('&')}` : ''
}
