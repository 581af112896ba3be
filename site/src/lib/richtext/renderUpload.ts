import { escapeMarkup } from '../escapeMarkup'
import { safeHref } from './safeHref'

interface MediaDoc {
  url?: string
  alt?: string
  width?: number
  height?: number
  mimeType?: string
  filename?: string
  sizes?: { content?: { url?: string | null; width?: number | null; height?: number | null } }
}

/** Renders an upload node: a figure for images, a download link for other files, nothing if unpopulated. */
export function renderUpload(value: unknown): string {
  if (!value || typeof value !== 'object') return ''
  const media = value as MediaDoc
  const original = safeHref(media.url)
  if (!original) return ''
  if (media.mimeType && !media.mimeType.startsWith('image/')) {
    return `<p><a href="${escapeMarkup(original)}" download>${escapeMarkup(media.filename ?? original)}</a></p>`
  }
  const sized = media.sizes?.content
  const src = safeHref(sized?.url ?? undefined) ?? original
  const width = sized?.url ? sized.width : media.width
  const height = sized?.url ? sized.height : media.height
  const dimensions = width && height ? ` width="${width}" height="${height}"` : ''
  const alt = escapeMarkup(media.alt ?? '')
  const caption = media.alt ? `<figcaption>${alt}</figcaption>` : ''
  return `<figure><img src="${escapeMarkup(src)}" alt="${alt}"${dimensions} loading="lazy" decoding="async">${caption}</figure>`
}
