import { hostileSegment } from './hostileValues'
import type { Random } from './seededRandom'

/** Real ids and slugs of the running stack, so some requests reach deep into each handler. */
export interface KnownIds {
  memberId: string
  userIds: string[]
  articleIds: string[]
  articleSlugs: string[]
  campaignIds: string[]
  campaignSlugs: string[]
  topicSlugs: string[]
  mediaFiles: string[]
  contestIds: string[]
  topicQuizIds: string[]
  questionIds: string[]
}

/** What a target's body is (when its method has one). */
export type BodyKind = 'json' | 'form' | 'graphql' | 'upload'

/** One public or member endpoint: its path (with hostile segments filled in), methods and body. */
export interface FuzzTarget {
  name: string
  path: (random: Random, ids: KnownIds) => string
  methods: readonly string[]
  body: BodyKind
  queryKeys: readonly string[]
}

const payloadQuery = [
  'limit',
  'page',
  'depth',
  'sort',
  'where[id][equals]',
  'where[title][like]',
  'draft',
  'locale',
  'select[title]',
  'populate',
  'trash',
  'joins',
]
const pageQuery = ['page', 'topic', 'q', 'sort', 'type', 'year', 'next', 'join', 'token', 'utm_source']
const allMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
const seg = hostileSegment

const collections = [
  'articles',
  'policies',
  'videos',
  'lectures',
  'announcements',
  'topics',
  'media',
  'campaigns',
  'contests',
  'questions',
  'topic-quizzes',
  'campaign-enrollments',
  'campaign-check-ins',
  'campaign-reflections',
  'quiz-attempts',
  'notices',
  'organizations',
  'users',
  'payload-locked-documents',
  'payload-preferences',
  'payload-jobs',
] as const

const portalPages: Array<[string, (random: Random, ids: KnownIds) => string]> = [
  ['page /', () => '/'],
  ['page /articles', () => '/articles'],
  ['page /articles/:slug', (r, ids) => `/articles/${seg(r, ids.articleSlugs)}`],
  ['page /policies', () => '/policies'],
  ['page /videos/:slug', (r) => `/videos/${seg(r, [])}`],
  ['page /lectures', () => '/lectures'],
  ['page /announcements', () => '/announcements'],
  ['page /topics/:slug', (r, ids) => `/topics/${seg(r, ids.topicSlugs)}`],
  ['page /search', () => '/search'],
  ['page /me', () => '/me'],
  ['page /campaigns', () => '/campaigns'],
  ['page /campaigns/:slug', (r, ids) => `/campaigns/${seg(r, ids.campaignSlugs)}`],
  ['page /campaigns/:slug/quiz', (r, ids) => `/campaigns/${seg(r, ids.campaignSlugs)}/quiz`],
  ['page /campaigns/:slug/certificate', (r, ids) => `/campaigns/${seg(r, ids.campaignSlugs)}/certificate`],
  ['page /me/quiz|wrong-book', (r) => `/me/${r.pick(['quiz', 'wrong-book', seg(r, [])])}`],
  ['page /contests', () => '/contests'],
  ['page /contests/:id', (r, ids) => `/contests/${seg(r, ids.contestIds)}${r.pick(['', '/attempt', '/certificate', `/${seg(r, [])}`])}`],
  ['page /topic-quizzes', () => '/topic-quizzes'],
  ['page /topic-quizzes/:id', (r, ids) => `/topic-quizzes/${seg(r, ids.topicQuizIds)}`],
  ['page /organize', () => '/organize'],
  ['page /organize/contests/:id', (r, ids) => `/organize/contests/${r.pick(['new', seg(r, ids.contestIds)])}`],
  [
    'page /organize/campaigns/:id',
    (r, ids) => `/organize/campaigns/${seg(r, ids.campaignIds)}${r.pick(['', '/edit', '/poster', '/reflections'])}`,
  ],
  ['page /sitemap.xml', () => '/sitemap.xml'],
  ['page /feeds/:type.xml', (r) => `/feeds/${seg(r, ['articles', 'policies', 'announcements'])}.xml`],
  ['page /restricted', () => '/restricted'],
  [
    'page path tricks',
    (r) => `/${Array.from({ length: r.int(1, 30) }, () => seg(r, ['articles', 'api', 'admin', 'internal', 'me'])).join('/')}`,
  ],
]

const portalForms: Array<[string, string]> = [
  ['form /login', '/login'],
  ['form /logout', '/logout'],
  ['form /forgot-password', '/forgot-password'],
  ['form /reset-password', '/reset-password'],
]

const idsOf = (collection: (typeof collections)[number], ids: KnownIds): string[] =>
  ({
    users: ids.userIds,
    campaigns: ids.campaignIds,
    contests: ids.contestIds,
    'topic-quizzes': ids.topicQuizIds,
    questions: ids.questionIds,
  })[collection as string] ?? ids.articleIds

/** Every public and member endpoint of the portal and the CMS, as the fuzzer attacks them. */
export const fuzzTargets: FuzzTarget[] = [
  ...portalPages.map(([name, path]) => ({
    name,
    path,
    methods: ['GET', 'HEAD', 'POST', 'DELETE'],
    body: 'form' as const,
    queryKeys: pageQuery,
  })),
  ...portalForms.map(([name, path]) => ({
    name,
    path: () => path,
    methods: ['POST', 'GET', 'PUT'],
    body: 'form' as const,
    queryKeys: ['next', 'token'],
  })),
  {
    name: 'GET /api/search',
    path: () => '/api/search',
    methods: ['GET', 'POST'],
    body: 'json',
    queryKeys: ['q', 'type', 'topic', 'page', 'limit', 'from', 'to', 'sort'],
  },
  { name: 'GET /api/search/suggest', path: () => '/api/search/suggest', methods: ['GET', 'POST'], body: 'json', queryKeys: ['q', 'limit'] },
  { name: 'POST /api/reading-events', path: () => '/api/reading-events', methods: ['POST', 'GET', 'PUT'], body: 'json', queryKeys: [] },
  { name: 'GET /api/study/summary', path: () => '/api/study/summary', methods: ['GET', 'POST'], body: 'json', queryKeys: ['from', 'to'] },
  {
    name: 'GET /api/study/visit/:collection/:id',
    path: (r, ids) => `/api/study/visit/${seg(r, ['articles', 'videos', 'policies', 'lectures'])}/${seg(r, ids.articleIds)}`,
    methods: ['GET', 'POST'],
    body: 'json',
    queryKeys: [],
  },
  { name: 'GET /api/study/daily-card', path: () => '/api/study/daily-card', methods: ['GET', 'POST'], body: 'json', queryKeys: [] },
  {
    name: '/api/study/favorites/:collection/:id',
    path: (r, ids) => `/api/study/favorites/${seg(r, ['articles', 'videos', 'policies', 'lectures'])}/${seg(r, ids.articleIds)}`,
    methods: ['GET', 'PUT', 'DELETE', 'POST'],
    body: 'json',
    queryKeys: [],
  },
  {
    name: 'GET /api/restriction/:collection/:slug',
    path: (r, ids) => `/api/restriction/${seg(r, ['articles', 'policies'])}/${seg(r, ids.articleSlugs)}`,
    methods: ['GET', 'POST'],
    body: 'json',
    queryKeys: [],
  },
  { name: 'GET /api/health', path: () => '/api/health', methods: allMethods, body: 'json', queryKeys: [] },
  { name: 'POST /api/users/login', path: () => '/api/users/login', methods: ['POST'], body: 'json', queryKeys: ['depth'] },
  { name: 'POST /api/users/forgot-password', path: () => '/api/users/forgot-password', methods: ['POST'], body: 'json', queryKeys: [] },
  {
    name: '/api/users/<auth operation>',
    path: (r) =>
      `/api/users/${r.pick(['reset-password', 'unlock', 'verify/abc', 'refresh-token', 'me', 'first-register', 'init', 'access', 'import', 'import-template'])}`,
    methods: ['POST', 'GET'],
    body: 'json',
    queryKeys: ['depth'],
  },
  { name: '/api/graphql', path: () => '/api/graphql', methods: ['POST', 'GET'], body: 'graphql', queryKeys: ['query'] },
  {
    name: '/api/campaigns/mine|managed',
    path: (r) => `/api/campaigns/${r.pick(['mine', 'managed'])}`,
    methods: ['GET', 'POST'],
    body: 'json',
    queryKeys: payloadQuery,
  },
  {
    name: '/api/campaigns/:id/<member action>',
    path: (r, ids) =>
      `/api/campaigns/${seg(r, ids.campaignIds)}/${r.pick(['me', 'enrolment', 'check-ins', 'reflection', 'quiz-attempts', `quiz-attempts/${seg(r, ['1', '2'])}`, 'leaderboard'])}`,
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    body: 'json',
    queryKeys: ['limit'],
  },
  {
    name: '/api/campaigns/:id/<organizer action>',
    path: (r, ids) =>
      `/api/campaigns/${seg(r, ids.campaignIds)}/${r.pick(['report', 'reminders', 'exports', `exports/${seg(r, ['1'])}`, `exports/${seg(r, ['1'])}/file`])}`,
    methods: ['GET', 'POST'],
    body: 'form',
    queryKeys: ['format'],
  },
  {
    name: '/api/questions/<member quiz>',
    path: (r, ids) => `/api/questions/${r.pick(['daily', 'wrong-book', `wrong-book/${seg(r, ids.questionIds)}`])}`,
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    body: 'json',
    queryKeys: ['limit', 'date'],
  },
  {
    name: '/api/questions/import',
    path: (r) => `/api/questions/${r.pick(['import', 'import-template'])}`,
    methods: ['POST', 'GET'],
    body: 'upload',
    queryKeys: ['format', 'dryRun'],
  },
  {
    name: '/api/topic-quizzes/<member action>',
    path: (r, ids) => `/api/topic-quizzes/${r.pick(['open', `${seg(r, ids.topicQuizIds)}/me`, `${seg(r, ids.topicQuizIds)}/submission`])}`,
    methods: ['GET', 'POST', 'PUT'],
    body: 'json',
    queryKeys: ['practice'],
  },
  {
    name: '/api/contests/:id/<member action>',
    path: (r, ids) =>
      `/api/contests/${seg(r, ids.contestIds)}/${r.pick(['me', 'attempts', `attempts/${seg(r, ['1', '2'])}`, `attempts/${seg(r, ['1'])}/answers`, `attempts/${seg(r, ['1'])}/submission`, 'leaderboard'])}`,
    methods: ['GET', 'POST', 'PUT', 'DELETE'],
    body: 'json',
    queryKeys: ['limit'],
  },
  {
    name: '/api/contests/:id/<organizer action>',
    path: (r, ids) =>
      `/api/contests/${seg(r, ids.contestIds)}/${r.pick(['report', 'reminders', 'exports', `exports/${seg(r, ['1'])}`, `exports/${seg(r, ['1'])}/file`])}`,
    methods: ['GET', 'POST'],
    body: 'form',
    queryKeys: ['format'],
  },
  {
    name: '/api/notices/mine|:id/read',
    path: (r) => `/api/notices/${r.pick(['mine', `${seg(r, ['1'])}/read`])}`,
    methods: ['GET', 'POST'],
    body: 'json',
    queryKeys: payloadQuery,
  },
  {
    name: 'media files',
    path: (r, ids) => `/api/media/file/${seg(r, ids.mediaFiles)}`,
    methods: ['GET', 'HEAD', 'DELETE'],
    body: 'json',
    queryKeys: ['download', 'w'],
  },
  ...collections.map(
    (collection): FuzzTarget => ({
      name: `/api/${collection}`,
      path: (r, ids) => (r.chance(0.4) ? `/api/${collection}` : `/api/${collection}/${seg(r, idsOf(collection, ids))}`),
      methods: ['GET', 'POST', 'PATCH', 'DELETE'],
      body: collection === 'media' ? 'upload' : 'json',
      queryKeys: payloadQuery,
    }),
  ),
  {
    name: '/api/globals/points-rules',
    path: () => '/api/globals/points-rules',
    methods: ['GET', 'POST'],
    body: 'json',
    queryKeys: payloadQuery,
  },
]
