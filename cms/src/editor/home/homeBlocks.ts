import type { PayloadRequest } from 'payload'
import type { Role } from '../../access/roles'
import { t } from '../../i18n/messages'
import { myDrafts, returnedToMe, waitingForReview } from './editorialWork'
import type { HomeSummary } from './HomeSummary'
import { mostRead } from './mostRead'
import { organizationWeek, studyWeekOf } from './organizationWeek'
import { scheduledPublications } from './scheduledPublications'

/** One block of the editors' home: what it is called and how its summary is read. */
export interface HomeBlock {
  key: string
  title: string
  hint: string
  load: (req: PayloadRequest, now: Date) => Promise<HomeSummary>
}

const reviewers: readonly Role[] = ['admin', 'reviewer']
const writers: readonly Role[] = ['admin', 'editor']
const staff: readonly Role[] = ['admin', 'editor', 'reviewer']
const studyWatchers: readonly Role[] = [...staff, 'organizer']

const blocks: Array<HomeBlock & { roles: readonly Role[] }> = [
  { key: 'review', roles: reviewers, title: t('home.review.title'), hint: t('home.review.hint'), load: waitingForReview },
  { key: 'returned', roles: writers, title: t('home.returned.title'), hint: t('home.returned.hint'), load: returnedToMe },
  { key: 'drafts', roles: writers, title: t('home.drafts.title'), hint: t('home.drafts.hint'), load: myDrafts },
  { key: 'scheduled', roles: staff, title: t('home.scheduled.title'), hint: t('home.scheduled.hint'), load: scheduledPublications },
  ...[7, 30].map((days) => ({
    key: `most-read-${days}`,
    roles: staff,
    title: t('home.mostRead.title', { days }),
    hint: t('home.mostRead.hint'),
    load: (req: PayloadRequest, now: Date) => mostRead(req, { now, days }),
  })),
  {
    key: 'organizations',
    roles: studyWatchers,
    title: t('home.organizations.title'),
    hint: '',
    load: organizationWeek,
  },
]

/**
 * The blocks a role sees: reviewers the review queue, editors their drafts and returned items, staff
 * the schedule and what is read, staff and organizers the week's study by organization (organizers
 * for their own organization's subtree only). Members never reach the admin.
 */
export function homeBlocksFor(role: Role | undefined, now: Date): HomeBlock[] {
  return blocks
    .filter((block) => role !== undefined && block.roles.includes(role))
    .map((block) =>
      block.key === 'organizations' ? { ...block, hint: t('home.organizations.hint', { from: studyWeekOf(now).from }) } : block,
    )
}
