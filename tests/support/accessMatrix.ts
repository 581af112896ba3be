import { uniqueId } from './factories'

/** Who is asking: anonymous or one of the roles. */
export const principals = ['anonymous', 'member', 'organizer', 'editor', 'reviewer', 'admin'] as const
export type Principal = (typeof principals)[number]

/** The operations of the matrix; `read` means reading an unpublished draft (published public items are open to all). */
export const operations = ['create', 'read', 'update', 'delete', 'publish'] as const
export type Operation = (typeof operations)[number]

// GraphQL marks fields that are required (even with a default) as mandatory input.
const workflowDefaults = { reviewStatus: 'draft', visibility: 'public' }

/** What new documents of some collections refer to, created once per run (`createMatrixContext`). */
export interface MatrixContext {
  /** A published bank question: a topic quiz holds questions, and a published quiz published ones only. */
  publishedQuestion: number
}

/** Collections under test, with the data a valid new document needs and their GraphQL names. */
export const matrixCollections = {
  articles: { graphql: 'Article', drafts: true, data: () => ({ ...workflowDefaults, title: `矩阵 ${uniqueId()}`, body: paragraph() }) },
  policies: {
    graphql: 'Policy',
    drafts: true,
    data: () => ({
      ...workflowDefaults,
      validity: 'current',
      title: `矩阵 ${uniqueId()}`,
      documentNumber: '青组发〔2025〕8号',
      issuer: '中共青山市委组织部',
      issuedAt: '2025-01-01T00:00:00.000Z',
      body: paragraph(),
    }),
  },
  videos: {
    graphql: 'Video',
    drafts: true,
    data: () => ({ ...workflowDefaults, title: `矩阵 ${uniqueId()}`, kind: 'micro', externalUrl: 'https://example.org/v.mp4' }),
  },
  lectures: {
    graphql: 'Lecture',
    drafts: true,
    data: () => ({ ...workflowDefaults, title: `矩阵 ${uniqueId()}`, speaker: { name: '张老师' }, format: 'video' }),
  },
  announcements: {
    graphql: 'Announcement',
    drafts: true,
    data: () => ({ ...workflowDefaults, title: `矩阵 ${uniqueId()}`, body: paragraph() }),
  },
  questions: {
    graphql: 'Question',
    drafts: true,
    data: () => ({ ...workflowDefaults, kind: 'trueFalse', difficulty: 'medium', stem: `矩阵 ${uniqueId()}`, answer: { truth: true } }),
  },
  'topic-quizzes': {
    graphql: 'TopicQuiz',
    drafts: true,
    data: (context: MatrixContext) => ({
      ...workflowDefaults,
      title: `矩阵 ${uniqueId()}`,
      opensAt: '2025-01-01T00:00:00.000Z',
      closesAt: '2099-01-01T00:00:00.000Z',
      questions: [context.publishedQuestion],
    }),
  },
  topics: { graphql: 'Topic', drafts: false, data: () => ({ title: `矩阵 ${uniqueId()}` }) },
  media: { graphql: 'Media', drafts: false, data: () => ({ alt: `矩阵 ${uniqueId()}` }) },
  organizations: { graphql: 'Organization', drafts: false, data: () => ({ name: `矩阵 ${uniqueId()}` }) },
  users: {
    graphql: 'User',
    drafts: false,
    data: () => ({ email: `matrix-${uniqueId()}@example.org`, password: 'correct-horse-battery', name: '矩阵用户', role: 'member' }),
  },
} as const
export type MatrixCollection = keyof typeof matrixCollections

const staff: Principal[] = ['editor', 'reviewer', 'admin']
const writers: Principal[] = ['editor', 'admin']
const signedIn: Principal[] = ['member', 'organizer', 'editor', 'reviewer', 'admin']
const everyone: Principal[] = [...principals]
const content = { create: writers, read: staff, update: staff, delete: writers, publish: ['reviewer', 'admin'] as Principal[] }

/** Who may do what: every cell of the matrix. `null` marks an operation the collection does not have. */
export const expectedAccess: Record<MatrixCollection, Record<Operation, Principal[] | null>> = {
  articles: content,
  policies: content,
  videos: content,
  lectures: content,
  announcements: content,
  questions: content,
  'topic-quizzes': content,
  topics: { create: writers, read: everyone, update: writers, delete: writers, publish: null },
  // Organizers upload their campaigns' cover images. The target is a file no item uses: staff only
  // (files of items follow the items: tests/security/mediaAccess.test.ts).
  media: { create: ['organizer', ...staff], read: staff, update: staff, delete: writers, publish: null },
  organizations: { create: ['admin'], read: signedIn, update: ['admin'], delete: ['admin'], publish: null },
  // For users, read/update/delete target someone else's account.
  users: { create: ['admin'], read: ['admin'], update: ['admin'], delete: ['admin'], publish: null },
}

function paragraph() {
  const text = { type: 'text', version: 1, text: '访问控制矩阵测试。', format: 0, detail: 0, mode: 'normal', style: '' }
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, children: [text] }],
    },
  }
}

/** What a field write targets: for users the caller's own account (an administrator: a member's), for organizations any organization. */
export interface FieldWriteContext {
  otherOrganization: number
}

interface FieldCase {
  value: (context: FieldWriteContext) => unknown
  allowed: Principal[]
}

const own: Principal[] = ['member', 'organizer', 'editor', 'reviewer', 'admin']
const nobody: Principal[] = []

/**
 * Field-level writes: who may change each field of users and organizations. Everyone changes their
 * own name and password; what decides access or identity (role, organization, login id, e-mail) only
 * administrators; Payload's auth internals and the derived ancestors nobody, directly.
 */
export const fieldWrites = {
  users: {
    name: { value: () => `新名字 ${uniqueId()}`, allowed: own },
    password: { value: () => 'changed-horse-battery', allowed: own },
    role: { value: () => 'reviewer', allowed: ['admin'] },
    organization: { value: (context) => context.otherOrganization, allowed: ['admin'] },
    email: { value: () => `changed-${uniqueId()}@example.org`, allowed: ['admin'] },
    username: { value: () => `changed-${uniqueId()}`, allowed: ['admin'] },
    hash: { value: () => 'forged-hash', allowed: nobody },
    salt: { value: () => 'forged-salt', allowed: nobody },
    resetPasswordToken: { value: () => 'forged-token', allowed: nobody },
    resetPasswordExpiration: { value: () => '2099-01-01T00:00:00.000Z', allowed: nobody },
    sessions: { value: () => [{ id: 'forged-session', expiresAt: '2099-01-01T00:00:00.000Z' }], allowed: nobody },
  },
  organizations: {
    name: { value: () => `改名 ${uniqueId()}`, allowed: ['admin'] },
    kind: { value: () => 'committee', allowed: ['admin'] },
    parent: { value: (context) => context.otherOrganization, allowed: ['admin'] },
    ancestors: { value: (context) => [context.otherOrganization], allowed: nobody },
  },
} satisfies Record<'users' | 'organizations', Record<string, FieldCase>>

/** A collection whose fields the matrix writes one at a time. */
export type FieldWriteCollection = keyof typeof fieldWrites

/** How a field write travels. */
export const fieldTransports = ['REST by id', 'GraphQL', 'bulk REST by where'] as const
export type FieldTransport = (typeof fieldTransports)[number]
