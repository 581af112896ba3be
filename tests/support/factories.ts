import { randomUUID } from 'node:crypto'
import type { Article, Campaign, User } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'

/** A unique suffix so tests sharing one database never collide. */
export function uniqueId(): string {
  return randomUUID().slice(0, 8)
}

/** A Lexical rich-text body made of plain paragraphs. */
export function lexicalBody(...paragraphs: string[]): Article['body'] {
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      })),
    },
  }
}

/** Article data with a unique slug; a published one is also approved, as the workflow requires. Override any field. */
export function buildArticle(overrides: Partial<Article> = {}): Omit<Article, 'id' | 'createdAt' | 'updatedAt'> {
  const id = uniqueId()
  return {
    title: `测试文章 ${id}`,
    slug: `test-article-${id}`,
    author: '测试作者',
    source: '学习园地编辑部',
    summary: '用于自动化测试的文章摘要。',
    body: lexicalBody(`这是测试文章 ${id} 的正文。`),
    visibility: 'public',
    reviewStatus: overrides._status === 'published' ? 'approved' : 'draft',
    ...overrides,
  }
}

/** Creates a user with the given role (Local API, access overridden) and returns it. */
export async function createUser(payload: Payload, role: User['role'], overrides: Partial<User> = {}): Promise<User & { email: string }> {
  const id = uniqueId()
  const email = overrides.email ?? `${role}-${id}@example.org`
  const user = await payload.create({
    collection: 'users',
    data: { password: 'correct-horse-battery', name: `${role} ${id}`, role, ...overrides, email },
  })
  return { ...user, email }
}

/** Policy data with a unique slug and a valid 文号; a published one is also approved. */
export function buildPolicy(overrides: Record<string, unknown> = {}) {
  const id = uniqueId()
  return {
    title: `测试政策文件 ${id}`,
    slug: `test-policy-${id}`,
    documentNumber: `青组发〔2025〕${Number.parseInt(id.slice(0, 4), 16) % 999}号`,
    issuer: '中共青山市委组织部',
    issuedAt: '2025-03-01T00:00:00.000Z',
    validity: 'current' as const,
    body: lexicalBody('第一条 为规范管理，制定本办法。'),
    visibility: 'public' as const,
    reviewStatus: overrides._status === 'published' ? ('approved' as const) : ('draft' as const),
    ...overrides,
  }
}

/** Creates an organization (optionally under a parent) and returns it. */
export async function createOrganization(payload: Payload, name: string, parent?: number) {
  return payload.create({ collection: 'organizations', data: { name: `${name} ${uniqueId()}`, parent } })
}

/** A published campaign running today (China time) for the given organizations, reading the given items. */
export function buildCampaign(
  targetOrganizations: number[],
  items: Array<{
    collection: 'articles' | 'policies' | 'videos' | 'lectures' | 'announcements'
    id: number
    required?: boolean
    minMinutes?: number
  }>,
  overrides: Partial<Campaign> = {},
): Omit<Campaign, 'id' | 'createdAt' | 'updatedAt'> {
  const id = uniqueId()
  const today = Date.now()
  return {
    title: `测试读书活动 ${id}`,
    slug: `test-campaign-${id}`,
    description: '用于自动化测试的读书活动。',
    startsOn: new Date(today - 7 * 86_400_000).toISOString(),
    endsOn: new Date(today + 21 * 86_400_000).toISOString(),
    targetOrganizations,
    organization: targetOrganizations[0] as number,
    enrolment: 'automatic',
    readingList: items.map((item) => ({
      item: { relationTo: item.collection, value: item.id },
      required: item.required ?? true,
      minMinutes: item.minMinutes,
    })),
    rules: { checkInDays: 1, reflectionRequired: true, reflectionMinLength: 20 },
    quiz: { enabled: false, passMark: 60, maxAttempts: 3 },
    points: { perItem: 5, perCheckIn: 1, reflection: 10, quizPassed: 10 },
    leaderboard: 'individual',
    status: 'published',
    isPublic: true,
    ...overrides,
  } as Omit<Campaign, 'id' | 'createdAt' | 'updatedAt'>
}
