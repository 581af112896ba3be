/** A notice as its recipient sees it. */
export interface MyNotice {
  id: number
  title: string
  body: string
  link: string | null
  campaign: string | null
  createdAt: string
  readAt: string | null
}
