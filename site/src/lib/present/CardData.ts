/** What a list card shows, whatever the content type. */
export interface CardData {
  href: string
  title: string
  summary?: string | null
  /** Short facts under the title: author, date, 文号, duration… */
  meta: string[]
  badge?: { label: string; tone: 'ok' | 'warn' | 'muted' | 'accent' }
  image?: { src: string; alt: string }
}
