/** Keeps http(s), mailto, tel and site-relative links; anything else (javascript:, data:) becomes inert. */
export function safeHref(url: string | undefined): string | undefined {
  const trimmed = url?.trim()
  if (!trimmed) return undefined
  if (/^(https?:|mailto:|tel:)/i.test(trimmed)) return trimmed
  if (/^[/#?]/.test(trimmed) && !trimmed.startsWith('//')) return trimmed
  return undefined
}
