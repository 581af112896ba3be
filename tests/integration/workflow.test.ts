import type { Article, User } from '@xuexi/contract/payload-types'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildArticle, createUser } from '../support/factories'
import { failureText } from '../support/failureText'
import { testPayload } from '../support/testPayload'

let payload: Payload
let editor: User
let reviewer: User

beforeAll(async () => {
  payload = await testPayload()
  editor = await createUser(payload, 'editor')
  reviewer = await createUser(payload, 'reviewer')
})

const as = (user: User) => ({ overrideAccess: false, user })
const draftBy = async (user: User) =>
  payload.create({ collection: 'articles', data: buildArticle({ _status: 'draft' }), draft: true, ...as(user) }) as Promise<Article>
const update = (user: User, id: number, data: Partial<Article>, draft = true) =>
  payload.update({ collection: 'articles', id, data, draft, ...as(user) }) as Promise<Article>

describe('the editorial workflow', () => {
  it('lets an editor submit a draft for review', async () => {
    const article = await draftBy(editor)
    expect((await update(editor, article.id, { reviewStatus: 'submitted' })).reviewStatus).toBe('submitted')
  })

  it('does not let an editor approve their own work', async () => {
    const article = await draftBy(editor)
    expect(await failureText(update(editor, article.id, { reviewStatus: 'approved' }))).toMatch('只有审核人员或管理员可以通过或退回内容')
  })

  it('makes a reviewer explain why they send an item back, and records who reviewed it', async () => {
    const article = await draftBy(editor)
    await update(editor, article.id, { reviewStatus: 'submitted' })
    expect(await failureText(update(reviewer, article.id, { reviewStatus: 'rejected' }))).toContain('退回内容时请填写审核意见')
    const rejected = await update(reviewer, article.id, { reviewStatus: 'rejected', reviewComment: '第二部分论述不充分，请补充案例' })
    expect(rejected.reviewStatus).toBe('rejected')
    expect(typeof rejected.reviewedBy === 'object' ? rejected.reviewedBy?.id : rejected.reviewedBy).toBe(reviewer.id)
    expect(rejected.reviewedAt).toBeTruthy()
  })

  it('publishes only approved content, and only when a reviewer does it', async () => {
    const article = await draftBy(editor)
    expect(await failureText(update(reviewer, article.id, { _status: 'published' }, false))).toMatch('内容尚未审核通过')
    await update(reviewer, article.id, { reviewStatus: 'approved' })
    expect(await failureText(update(editor, article.id, { _status: 'published' }, false))).toMatch('只有审核人员或管理员可以发布内容')
    const published = await update(reviewer, article.id, { _status: 'published' }, false)
    expect(published._status).toBe('published')
  })

  it('sends an approved item back to editing when an editor changes it, so it needs review again', async () => {
    const article = await draftBy(editor)
    await update(reviewer, article.id, { reviewStatus: 'approved' })
    const edited = await update(editor, article.id, { title: '编辑修改后的标题' })
    expect(edited.reviewStatus).toBe('draft')
    expect(await failureText(update(reviewer, article.id, { _status: 'published' }, false))).toMatch('内容尚未审核通过')
  })

  it('keeps who changed what and when in the version history', async () => {
    const article = await draftBy(editor)
    await update(editor, article.id, { title: '第二稿' })
    await update(reviewer, article.id, { reviewStatus: 'approved' })
    const versions = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: article.id } },
      sort: 'createdAt',
      depth: 0,
    })
    const history = versions.docs.map((version) => ({
      by: version.version.updatedBy,
      title: version.version.title,
      status: version.version.reviewStatus,
    }))
    expect(history).toEqual([
      { by: editor.id, title: article.title, status: 'draft' },
      { by: editor.id, title: '第二稿', status: 'draft' },
      { by: reviewer.id, title: '第二稿', status: 'approved' },
    ])
    expect(versions.docs.every((version) => version.updatedAt)).toBe(true)
  })

  it('remembers who submitted an item, so a returned item goes back to them, and lets nobody write that directly', async () => {
    const submitterOf = (article: Article) => (typeof article.submittedBy === 'object' ? article.submittedBy?.id : article.submittedBy)
    const other = await createUser(payload, 'editor')
    const forged = await payload.create({
      collection: 'articles',
      data: buildArticle({ _status: 'draft', submittedBy: other.id }),
      draft: true,
      ...as(editor),
    })
    expect(submitterOf(forged as Article)).toBeFalsy()
    const submitted = await update(editor, forged.id, { reviewStatus: 'submitted' })
    expect(submitterOf(submitted)).toBe(editor.id)
    const returned = await update(reviewer, forged.id, { reviewStatus: 'rejected', reviewComment: '请补充出处' })
    expect(submitterOf(returned)).toBe(editor.id)
    expect(submitterOf(await update(other, forged.id, { submittedBy: other.id }))).toBe(editor.id)
    await payload.update({
      collection: 'articles',
      where: { id: { equals: forged.id } },
      data: { submittedBy: other.id },
      draft: true,
      ...as(other),
    })
    expect(submitterOf((await payload.findByID({ collection: 'articles', id: forged.id, draft: true })) as Article)).toBe(editor.id)
  })
})
