import type { Media } from '@xuexi/contract/payload-types'

/** The URL of a populated upload (preferring a resized version), or undefined when it is missing or unpopulated. */
export function mediaUrl(value: number | Media | null | undefined, size?: 'thumbnail' | 'content'): string | undefined {
  if (!value || typeof value !== 'object') return undefined
  return (size && value.sizes?.[size]?.url) || value.url || undefined
}
