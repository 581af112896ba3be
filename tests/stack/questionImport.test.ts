import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { beforeAll, describe, expect, it } from 'vitest'
import type { QuestionImportReport } from '../../cms/src/questions/import/importQuestions'
import { createCampaignMember } from '../support/campaignStack'
import { apiJson, createUserViaApi, loginToken, stackUrl } from '../support/cmsApi'
import { uniqueId } from '../support/factories'
import { countRows, createQuestion } from '../support/questionBank'

let adminToken: string
let editorToken: string

beforeAll(async () => {
  adminToken = await loginToken()
  editorToken = await loginToken(await createUserViaApi(adminToken, 'editor'))
})

async function upload(token: string | undefined, name: string, data: Buffer | string) {
  const form = new FormData()
  form.append('file', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), name)
  const response = await fetch(stackUrl('/api/questions/import'), {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `JWT ${token}` } : {},
  })
  return { status: response.status, body: (await response.json()) as QuestionImportReport & { code?: string; message?: string } }
}

async function template(token: string | undefined) {
  return fetch(stackUrl('/api/questions/import-template'), { headers: token ? { authorization: `JWT ${token}` } : {} })
}

async function xlsx(rows: Array<Array<ExcelJS.CellValue>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('题目').addRows(rows)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const header = ['题型', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '选项G', '答案', '解析', '分类', '难度']
const messageOfRow = (report: QuestionImportReport, row: number) => report.rows.find((result) => result.row === row)?.message

describe('question import: the template', () => {
  it('round-trips: the downloaded template imports as one draft question per kind, awaiting review', async () => {
    const response = await template(editorToken)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    const file = Buffer.from(await response.arrayBuffer())
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(file as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    expect(sheet?.getRow(1).values).toEqual([undefined, ...header.filter((text) => text !== '选项G')])
    expect(sheet?.getCell('I1').note).toBeTruthy()

    const { status, body } = await upload(editorToken, '题目导入模板.xlsx', file)
    expect(status).toBe(200)
    expect(body).toMatchObject({ created: 4, failed: 0 })
    const ids = body.rows.map((row) => row.id)
    const stored = await apiJson<{ docs: Array<Record<string, unknown>> }>(
      `/api/questions?where[id][in]=${ids.join(',')}&draft=true&sort=id&depth=0`,
      { token: adminToken },
    )
    expect(stored.body.docs.map((doc) => [doc.kind, doc._status, doc.reviewStatus])).toEqual([
      ['single', 'draft', 'draft'],
      ['multiple', 'draft', 'draft'],
      ['trueFalse', 'draft', 'draft'],
      ['fill', 'draft', 'draft'],
    ])
    expect(stored.body.docs[3]).toMatchObject({
      answer: { accepted: ['民主集中制', '民主集中制原则'] },
      difficulty: 'hard',
      topic: '党章党规',
    })
    expect(stored.body.docs[1]).toMatchObject({ answer: { keys: ['A', 'B', 'C', 'D'] } })
    // Unpublished until a reviewer approves and publishes them: no reader gets them.
    const member = await createCampaignMember(
      adminToken,
      (await apiJson<{ docs: Array<{ id: number }> }>('/api/organizations?limit=1', { token: adminToken })).body.docs[0]?.id as number,
    )
    const asMember = await apiJson<{ docs: unknown[] }>(`/api/questions?where[id][in]=${ids.join(',')}&draft=true`, { token: member.token })
    expect(asMember.body.docs).toEqual([])

    const again = await upload(editorToken, '题目导入模板.xlsx', file)
    expect(again.body).toMatchObject({ created: 0, failed: 4 })
    expect(again.body.rows.map((row) => row.message)).toEqual(Array(4).fill('题库中已有相同题干的题目'))
  })
})

describe('question import: the per-row report', () => {
  it('reports every row that cannot be imported with its Chinese reason and creates the others', async () => {
    const id = uniqueId()
    const existing = await createQuestion(adminToken, { stem: `题库中已有的题 ${id}` })
    const stem = (text: string) => `${text} ${id}（ ）`
    const file = await xlsx([
      header,
      ['单选题', stem('正常的单选'), '甲', '乙', '丙', '', '', '', '', 'B', '解析', '党史', '1'],
      ['问答题', stem('未知题型'), '', '', '', '', '', '', '', '略'],
      ['单选', '', '甲', '乙', '', '', '', '', '', 'A'],
      ['单选', stem('答案不在选项中'), '甲', '乙', '', '', '', '', '', 'D'],
      ['多选', stem('选项太多'), '1', '2', '3', '4', '5', '6', '7', 'AB'],
      ['单选题', stem('正常的单选'), '甲', '乙', '', '', '', '', '', 'A'],
      ['判断', existing.stem, '', '', '', '', '', '', '', '对'],
      ['判断', { formula: 'CONCAT("公","式")', result: '公式' }, '', '', '', '', '', '', '', '对'],
      ['判断', '长'.repeat(10_000), '', '', '', '', '', '', '', '对'],
      ['判断', stem('乱码\uFFFD\uFFFD'), '', '', '', '', '', '', '', '对'],
      ['判断', stem('难度未知'), '', '', '', '', '', '', '', '对', '', '', '超难'],
      ['判断', stem('答案无法识别'), '', '', '', '', '', '', '', '可能'],
      ['填空', stem('正常的填空'), '', '', '', '', '', '', '', '实事求是|实事求是的原则'],
    ])
    const { status, body } = await upload(editorToken, '题目.xlsx', file)
    expect(status).toBe(200)
    expect(body).toMatchObject({ created: 2, failed: 11 })
    expect(body.rows.filter((row) => row.status === 'created').map((row) => row.row)).toEqual([2, 14])
    expect(messageOfRow(body, 3)).toBe('题型“问答题”无法识别，请填写 单选、多选、判断 或 填空')
    expect(messageOfRow(body, 4)).toBe('题干不能为空')
    expect(messageOfRow(body, 5)).toBe('答案 D 不在本题的选项中')
    expect(messageOfRow(body, 6)).toBe('选项太多：每题最多 6 个选项（选项A–选项F）')
    expect(messageOfRow(body, 7)).toBe('题干与第 2 行重复')
    expect(messageOfRow(body, 8)).toBe('题库中已有相同题干的题目')
    expect(messageOfRow(body, 9)).toContain('题干是公式')
    expect(messageOfRow(body, 10)).toBe('题干太长：最多 500 个字，当前 10000 个字')
    expect(messageOfRow(body, 11)).toContain('题干含有无法识别的控制字符或乱码')
    expect(messageOfRow(body, 12)).toBe('难度“超难”无法识别，请填写 简单、中等、困难 或 1–3')
    expect(messageOfRow(body, 13)).toBe('判断题的答案“可能”无法识别，请填写 对/错、正确/错误 或 √/×')
    expect(await countRows(`select count(*) from questions where stem like $1`, [`%${id}%`])).toBe(3)
  })

  it('reads CSV files in UTF-8 with and without a byte-order mark, and in GBK as Excel saves them', async () => {
    const csv = (label: string) =>
      `题型,题干,选项A,选项B,答案,难度\n单选,CSV 题 ${label} ${uniqueId()}（ ）,甲,乙,A,困难\n判断,CSV 判断 ${label} ${uniqueId()},,,×,2\n`
    for (const [label, data] of [
      ['UTF-8', Buffer.from(csv('UTF-8'))],
      ['BOM', Buffer.from(`\uFEFF${csv('BOM')}`)],
      ['GBK', iconv.encode(csv('GBK'), 'gbk')],
    ] as const) {
      const { status, body } = await upload(editorToken, `${label}.csv`, data)
      expect(status, label).toBe(200)
      expect(body, label).toMatchObject({ created: 2, failed: 0 })
      expect(body.rows[0]?.stem, label).toContain(`CSV 题 ${label}`)
    }
  })
})

describe('question import: who may import and what is refused whole', () => {
  it('refuses anonymous callers, members, organizers and reviewers on both endpoints, creating nothing', async () => {
    const organizations = await apiJson<{ docs: Array<{ id: number }> }>('/api/organizations?limit=1', { token: adminToken })
    const organization = organizations.body.docs[0]?.id as number
    const stemText = `无权导入 ${uniqueId()}`
    const csv = `题型,题干,答案\n判断,${stemText},对\n`
    const [member, organizer, reviewer] = await Promise.all([
      createCampaignMember(adminToken, organization),
      createCampaignMember(adminToken, organization, 'organizer'),
      createUserViaApi(adminToken, 'reviewer'),
    ])
    for (const token of [member.token, organizer.token, await loginToken(reviewer)]) {
      const refused = await upload(token, '题目.csv', csv)
      expect(refused).toMatchObject({
        status: 403,
        body: { code: 'questionImport.editorsOnly', message: '只有编辑和管理员可以批量导入题目' },
      })
      expect((await template(token)).status).toBe(403)
    }
    expect((await upload(undefined, '题目.csv', csv)).status).toBe(401)
    expect((await template(undefined)).status).toBe(401)
    expect(await countRows('select count(*) from questions where stem = $1', [stemText])).toBe(0)
    expect((await upload(adminToken, '题目.csv', `题型,题干,答案\n判断,${stemText},对\n`)).body).toMatchObject({ created: 1 })
  })

  it('refuses files that are too large, too long, of another type or unreadable with a clear status', async () => {
    const big = await upload(editorToken, '题目.csv', `题型,题干,答案\n${'判断,很长的题,对\n'.repeat(150_000)}`)
    expect(big).toMatchObject({
      status: 413,
      body: { code: 'questionImport.fileTooLarge', message: '文件太大：题目文件最大 2 MB，请拆分后再导入' },
    })
    const rows = Array.from({ length: 1001 }, (_, index) => `判断,第 ${index} 题 ${uniqueId()},对`).join('\n')
    const long = await upload(editorToken, '题目.csv', `题型,题干,答案\n${rows}\n`)
    expect(long).toMatchObject({
      status: 400,
      body: { code: 'questionImport.tooMany', message: '一次最多导入 1000 道题，当前 1001 行，请拆分后再导入' },
    })
    expect(await upload(editorToken, '题目.pdf', '%PDF-1.4')).toMatchObject({ status: 400, body: { code: 'questionImport.fileType' } })
    expect(await upload(editorToken, '题目.xlsx', 'not a zip')).toMatchObject({ status: 400, body: { code: 'questionImport.unreadable' } })
    expect(await upload(editorToken, '题目.csv', '姓名,账号\n张三,1\n')).toMatchObject({
      status: 400,
      body: { code: 'questionImport.columnsMissing', message: expect.stringContaining('题型、题干、答案') },
    })
    const noFile = await apiJson('/api/questions/import', { token: editorToken, method: 'POST', body: {} })
    expect(noFile.status).toBe(400)
  })
})
