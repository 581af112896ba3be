/** A campaign on the organizer's list (组织工作): what it is, when, and how many of their members take part. */
export interface ManagedCampaign {
  id: number
  title: string
  slug: string
  status: 'draft' | 'published'
  startsOn: string
  endsOn: string
  enrolment: 'automatic' | 'link'
  /** Enrolled members within the organizer's reach (all of them for administrators). */
  enrolled: number
}
