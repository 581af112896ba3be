/**
 * Whether a JSON `Content-Type` allows reading the body as UTF-8: no `charset` parameter, or
 * `charset=utf-8` (JSON is UTF-8, RFC 8259). Payload decodes every body as UTF-8 whatever it says, and
 * GraphQL refuses any other charset with a 500; `application/json; charset=utf-16` is answered 415.
 */
export function isUtf8Json(contentType: string): boolean {
  for (const parameter of contentType.split(';').slice(1)) {
    const [name = '', value = ''] = parameter.split('=', 2).map((part) => part.trim().toLowerCase())
    if (name === 'charset' && value.replace(/^"(.*)"$/, '$1') !== 'utf-8') return false
  }
  return true
}
