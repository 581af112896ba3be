import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { jobsAccess, lockInternalCollections } from './access/lockInternalCollections'
import { cookieOrigins } from './auth/sessionCookies'
import { campaignExportTask } from './campaigns/organizer/campaignExportJobs'
import { Announcements } from './collections/Announcements'
import { Articles } from './collections/Articles'
import { CampaignEnrollments } from './collections/CampaignEnrollments'
import { Campaigns } from './collections/Campaigns'
import { CheckIns } from './collections/CheckIns'
import { Contests } from './collections/Contests'
import { Lectures } from './collections/Lectures'
import { Media } from './collections/Media'
import { largestUploadBytes } from './collections/Media/uploadRules'
import { Notices } from './collections/Notices'
import { Organizations } from './collections/Organizations'
import { Policies } from './collections/Policies'
import { Questions } from './collections/Questions'
import { QuizAttempts } from './collections/QuizAttempts'
import { Reflections } from './collections/Reflections'
import { withReaderBounds } from './collections/shared/hooks/boundReaderReads'
import { TopicQuizzes } from './collections/TopicQuizzes'
import { Topics } from './collections/Topics'
import { Users } from './collections/Users'
import { Videos } from './collections/Videos'
import { contestExportTask } from './contests/organizer/contestExportJobs'
import { declareOwnTables } from './database/ownTables'
import { SerialClient } from './database/SerialClient'
import { adminMeta } from './editor/brand/adminMeta'
import { editorFeatures } from './editor/editorFeatures'
import { portalEmailAdapter } from './email/portalEmailAdapter'
import { favorites } from './endpoints/favorites'
import { health } from './endpoints/health'
import { restriction } from './endpoints/restriction'
import { studySummary } from './endpoints/studySummary'
import { env } from './env'
import { withQueryGuard } from './errors/guardQueryShape'
import { refuseUnreadableForm } from './errors/refuseUnreadableForm'
import { refuseUnstorableInput } from './errors/refuseUnstorableInput'
import { PointsRules } from './globals/PointsRules'
import { withJobsClaimedOnce } from './jobs/claimJobsOnce'
import { graphQLLimits, limitQueryDepth } from './limits/graphQLLimits'
import { payloadLogger } from './logging/payloadLogger'
import { startCmsProcess } from './processes/cmsProcess'
import { mediaStorage } from './storage/mediaStorage'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default lockInternalCollections(
  buildConfig({
    admin: {
      user: Users.slug,
      meta: adminMeta,
      components: {
        graphics: { Logo: '/editor/brand/BrandLogo#BrandLogo', Icon: '/editor/brand/BrandIcon#BrandIcon' },
        views: { dashboard: { Component: '/editor/home/EditorsHome#EditorsHome' } },
      },
      dateFormat: 'yyyy年M月d日 HH:mm',
      importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
      avatar: 'default',
    },
    i18n: { supportedLanguages: { zh }, fallbackLanguage: 'zh' },
    collections: [
      Articles,
      Policies,
      Videos,
      Lectures,
      Announcements,
      Topics,
      Media,
      Campaigns,
      Contests,
      CampaignEnrollments,
      CheckIns,
      Reflections,
      QuizAttempts,
      Questions,
      TopicQuizzes,
      Notices,
      Organizations,
      Users,
    ].map((collection) => withQueryGuard(withReaderBounds(collection))),
    upload: { limits: { fileSize: largestUploadBytes } },
    // Readers' GraphQL queries are bounded in cost (Payload's complexity rule: 1 per field, 10 per
    // relationship) and depth; introspection and the playground are off in production (Payload's defaults).
    graphQL: { maxComplexity: graphQLLimits.maxComplexity, validationRules: () => [limitQueryDepth(graphQLLimits.maxDepth)] },
    jobs: {
      access: jobsAccess,
      shouldAutoRun: () => env.PORTAL_RUN_JOBS === 'true',
      autoRun: [{ cron: env.PORTAL_JOBS_CRON, queue: 'default', limit: 50 }],
      tasks: [campaignExportTask, contestExportTask],
      // Finished jobs stay: an export's job row says who may download its file (see campaignExportJobs).
      deleteJobOnComplete: false,
    },
    globals: [PointsRules],
    endpoints: [health, restriction, studySummary, ...favorites],
    email: portalEmailAdapter,
    logger: payloadLogger(),
    hooks: { afterError: [refuseUnstorableInput, refuseUnreadableForm] },
    onInit: startCmsProcess,
    plugins: [mediaStorage],
    editor: lexicalEditor({ features: editorFeatures }),
    secret: env.PAYLOAD_SECRET,
    csrf: cookieOrigins,
    // Jobs are claimed atomically, so each runs on exactly one instance (jobs/claimJobsOnce.ts).
    db: withJobsClaimedOnce(
      postgresAdapter({
        pool: { connectionString: env.DATABASE_URL, Client: SerialClient },
        // Schema changes ship as committed migrations only (see docs/architecture.md).
        push: false,
        migrationDir: path.resolve(dirname, 'migrations'),
        beforeSchemaInit: [declareOwnTables],
      }),
    ),
    sharp,
    // The generated types are part of the contract the portal reads (docs/architecture.md).
    typescript: { outputFile: path.resolve(dirname, '../../contract/src/payload-types.ts') },
    telemetry: false,
  }),
)
