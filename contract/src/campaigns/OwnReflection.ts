/** The member's own reflection as they see it. */
export interface OwnReflection {
  title: string
  body: string
  status: 'draft' | 'submitted'
  submittedAt: string | null
  score: number | null
  comment: string | null
  featured: boolean
}
