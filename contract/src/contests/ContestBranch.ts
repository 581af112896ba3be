import type { Organization } from '../payload-types'

/** One organization's contest figures, counting its own members and everyone below it. */
export interface ContestBranch {
  id: number
  name: string
  kind: NonNullable<Organization['kind']> | null
  depth: number
  members: number
  participants: number
  /** participants / members, 0 when there is nobody. */
  participationRate: number
  /** Mean of the participants' best scores, one decimal; null with no participant. */
  averageScore: number | null
}
