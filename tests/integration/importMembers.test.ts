import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { importMembers } from '../../cms/src/members/importMembers'
import { memberTemplate } from '../../cms/src/members/memberTemplate'
import { readMemberSheet } from '../../cms/src/members/readMemberSheet'
import { SheetError } from '../../cms/src/sheets/SheetError'
import { createUser, uniqueId } from '../support/factories'
import { testPayload } from '../support/testPayload'

let payload: Payload
let committee: string
let branchId: number

beforeAll(async () => {
  payload = await testPayload()
  committee = `导入测试党委${uniqueId()}`
  const root = await organization(committee)
  branchId = (await organization('第一党支部', root.id)).id
  await organization('第二党支部', root.id)
  // A second "第一党支部" elsewhere makes the bare name ambiguous.
  await organization('第一党支部', (await organization(`另一党委${uniqueId()}`)).id)
})

// Exact names (the shared factory makes names unique, but these tests need repeated ones).
const organization = (name: string, parent?: number) => payload.create({ collection: 'organizations', data: { name, parent } })

async function xlsx(rows: Array<Array<string | number>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('名单')
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const phone = () => `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

describe('bulk member import', () => {
  it('creates every valid row and explains every bad one, row by row', async () => {
    const existing = await createUser(payload, 'member')
    const [first, second, third] = [phone(), phone(), phone()]
    const sheet = await xlsx([
      ['姓名', '账号', '所在组织', '角色', '初始密码'],
      ['赵一', Number(first), `${committee}/第一党支部`, '', ''],
      ['钱二', `qian-${uniqueId()}@Example.org`, `${committee} / 第二党支部`, '组织员', 'given-password-1'],
      ['孙三', second, '第一党支部', '', ''],
      ['李四', third, `${committee}/第九党支部`, '', ''],
      ['周五', first, `${committee}/第一党支部`, '', ''],
      ['', phone(), `${committee}/第一党支部`, '', ''],
      ['吴六', 'ab', `${committee}/第一党支部`, '', ''],
      ['郑七', existing.email, `${committee}/第一党支部`, '', ''],
      ['王八', phone(), `${committee}/第一党支部`, '书记', ''],
      ['冯九', phone(), `${committee}/第一党支部`, '', 'short'],
    ])
    const report = await importMembers(payload, await readMemberSheet(sheet, '名单.xlsx'))

    expect(report.created).toBe(2)
    expect(report.failed).toBe(8)
    const byRow = new Map(report.rows.map((row) => [row.row, row]))
    expect(byRow.get(2)).toMatchObject({ status: 'created', loginId: first })
    expect(byRow.get(2)?.password).toMatch(/^[\w-]{12}$/)
    expect(byRow.get(3)).toMatchObject({ status: 'created' })
    expect(byRow.get(3)?.password).toBeUndefined()
    expect(byRow.get(4)?.message).toContain('不唯一')
    expect(byRow.get(5)?.message).toContain(`找不到组织“${committee}/第九党支部”`)
    expect(byRow.get(6)?.message).toBe('账号与第 2 行重复')
    expect(byRow.get(7)?.message).toBe('姓名不能为空')
    expect(byRow.get(8)?.message).toContain('账号应为邮箱')
    expect(byRow.get(9)?.message).toContain('已存在')
    expect(byRow.get(10)?.message).toContain('角色只能是')
    expect(byRow.get(11)?.message).toContain('至少 8 个字符')

    const created = await payload.find({ collection: 'users', where: { username: { equals: first } }, depth: 0 })
    expect(created.docs[0]).toMatchObject({ name: '赵一', role: 'member', organization: branchId })
    const signedIn = await payload.login({ collection: 'users', data: { username: first, password: byRow.get(2)?.password as string } })
    expect(signedIn.token).toBeTruthy()
    const organizer = await payload.find({ collection: 'users', where: { name: { equals: '钱二' } }, depth: 0 })
    expect(organizer.docs[0]?.role).toBe('organizer')
    for (const loginId of [second, third]) {
      expect((await payload.count({ collection: 'users', where: { username: { equals: loginId } } })).totalDocs).toBe(0)
    }
  })

  it('reads a CSV saved by Excel on Chinese Windows (GB18030)', async () => {
    const loginId = phone()
    const gbk = iconv.encode(`姓名,手机号,所在党支部\n陈红,${loginId},${committee}/第二党支部\n`, 'gb18030')
    const rows = await readMemberSheet(gbk, 'members.csv')
    expect(rows).toEqual([{ row: 2, cells: { name: '陈红', loginId, organization: `${committee}/第二党支部` }, formulas: [] }])
  })

  it('refuses a sheet without the required columns, or of another type, before creating anybody', async () => {
    const noOrganization = await xlsx([
      ['姓名', '账号'],
      ['赵一', phone()],
    ])
    await expect(readMemberSheet(noOrganization, 'a.xlsx')).rejects.toMatchObject({
      code: 'members.columnsMissing',
      values: { columns: '所在组织' },
    })
    await expect(readMemberSheet(Buffer.from('x'), 'a.pdf')).rejects.toBeInstanceOf(SheetError)
    await expect(readMemberSheet(Buffer.from('not a zip'), 'a.xlsx')).rejects.toMatchObject({ code: 'members.unreadable' })
    await expect(readMemberSheet(await xlsx([['姓名', '账号', '所在组织']]), 'a.xlsx')).rejects.toMatchObject({ code: 'members.empty' })
  })

  it('offers a template that reads back as two example rows', async () => {
    const rows = await readMemberSheet(await memberTemplate(), '模板.xlsx')
    expect(rows.map((row) => row.cells.name)).toEqual(['张三', '李四'])
    expect(rows[0]?.cells.loginId).toBe('13800000001')
  })
})
