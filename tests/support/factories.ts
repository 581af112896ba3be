import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import type { Article, User } from '../../cms/src/payload-types'

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

/** Article data with a unique slug; override any field. */
export function buildArticle(overrides: Partial<Article> = {}): Omit<Article, 'id' | 'createdAt' | 'updatedAt'> {
  const id = uniqueId()
  return {
    title: `测试文章 ${id}`,
    slug: `test-article-${id}`,
    author: '测试作者',
    source: '学习园地编辑部',
    summary: '用于自动化测试的文章摘要。',
    body: lexicalBody(`这是测试文章 ${id} 的正文。`),
    ...overrides,
  }
}

/** Creates a user with the given role (Local API, access overridden) and returns it. */
export async function createUser(payload: Payload, role: User['role'], overrides: Partial<User> = {}): Promise<User> {
  const id = uniqueId()
  return payload.create({
    collection: 'users',
    data: { email: `${role}-${id}@example.org`, password: 'correct-horse-battery', name: `${role} ${id}`, role, ...overrides },
  })
}
