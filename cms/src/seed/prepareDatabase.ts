import path from 'node:path'
import type { Payload } from 'payload'
import { createFirstAdmin } from './createFirstAdmin'
import { seedSampleCampaign } from './sampleCampaign/seedSampleCampaign'
import { seedOrganizations } from './seedOrganizations'
import { seedSampleContest } from './seedSampleContest'
import { seedSampleLibrary } from './seedSampleLibrary'
import { type SampleMembers, seedSampleMembers } from './seedSampleMembers'
import { seedSampleQuestions } from './seedSampleQuestions'
import { seedSampleTopicQuizzes } from './seedSampleTopicQuizzes'

/** What preparing the database did, for the launcher to report. */
export interface PreparedDatabase {
  seeded: boolean
  /** Items loaded per content folder. */
  counts?: Record<string, number>
  admin?: { email: string; generatedPassword?: string }
  members?: SampleMembers
}

/**
 * Applies pending migrations; on an empty database also creates the first admin, the sample
 * organizations and members, loads the sample library and adds a running sample campaign and an open
 * sample contest.
 */
export async function prepareDatabase(
  payload: Payload,
  options: { contentDir: string; admin: { email?: string; password?: string }; sampleMemberPassword?: string },
): Promise<PreparedDatabase> {
  await payload.db.migrate()
  const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
  if (users > 0) return { seeded: false }
  const admin = await createFirstAdmin(payload, options.admin)
  const organizations = await seedOrganizations(payload, path.join(options.contentDir, 'organizations.json'))
  const members = await seedSampleMembers(payload, path.join(options.contentDir, 'members.csv'), options.sampleMemberPassword)
  const counts = { organizations, members: members.count, ...(await seedSampleLibrary(payload, options.contentDir)) }
  const questions = await seedSampleQuestions(payload, path.join(options.contentDir, 'questions.json'))
  const campaignParticipants = await seedSampleCampaign(payload)
  const contests = await seedSampleContest(payload)
  const topicQuizzes = await seedSampleTopicQuizzes(payload, path.join(options.contentDir, 'questions.json'))
  return { seeded: true, counts: { ...counts, questions, campaignParticipants, contests, topicQuizzes }, admin, members }
}
