import { pinyin } from 'pinyin-pro'

const maxLength = 60

/** A readable ASCII slug for any title: Chinese becomes toneless pinyin words, the rest is kept. */
export function slugify(title: string): string {
  const spelled = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join(' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  const words = spelled.split(/[^a-z0-9]+/).filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > maxLength) break
    slug = next
  }
  return slug.length >= 3 ? slug : `item-${slug || 'untitled'}`
}
