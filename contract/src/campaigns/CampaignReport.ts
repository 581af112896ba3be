import type { Organization } from '../payload-types'

/** One organization's figures, counting its own members and everyone below it. */
export interface BranchFigures {
  id: number
  name: string
  kind: NonNullable<Organization['kind']> | null
  /** 0 for the top organizations the viewer sees. */
  depth: number
  parentId: number | null
  targetMembers: number
  enrolled: number
  started: number
  completed: number
  /** enrolled / targetMembers, started / enrolled, completed / enrolled; 0 when there is nobody to divide by. */
  enrolmentRate: number
  participationRate: number
  completionRate: number
}

/** A member in the dashboard's lists. */
export interface ReportedMember {
  memberId: number
  name: string
  organization: string
  points: number
  itemsMet: number
  completedAt: string | null
}

/** Everything the organizer dashboard shows, for the members in the viewer's reach. */
export interface CampaignReport {
  campaign: { id: number; title: string; slug: string; status: string; startsOn: string; endsOn: string }
  totals: Omit<BranchFigures, 'id' | 'name' | 'kind' | 'depth' | 'parentId'>
  branches: BranchFigures[]
  /** One entry per study day (China time) from the first day to today or the last day. */
  daily: Array<{ day: string; activeReaders: number; completions: number }>
  top: ReportedMember[]
  notStarted: { total: number; members: ReportedMember[] }
  /** `title` is null for an item the viewer may not read. */
  items: Array<{ position: number; title: string | null; collection: string; required: boolean; met: number }>
  reflectionsToReview: number
  generatedAt: string
}
