/** One line of a home block: an item and where to open it. */
export interface HomeItem {
  key: string
  title: string
  /** Left out where the user may not open the list behind the line. */
  href?: string
  /** What the line says beside the title: a time, a reviewer's comment, a count. */
  detail?: string
  /** A longer note shown under the title (a reviewer's comment). */
  note?: string
}

/** A link to the admin list that shows exactly what a block summarises, per collection. */
export interface HomeListLink {
  label: string
  count?: number
  href: string
}

/** What one block of the editors' home shows. */
export interface HomeSummary {
  total: number
  items: HomeItem[]
  lists: HomeListLink[]
}
