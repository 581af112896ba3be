import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { apiJson, createUserViaApi, loginToken, stackUrl } from '../support/cmsApi'
import { sampleMembers } from '../support/stackAdmin'

let adminToken: string

beforeAll(async () => {
  adminToken = await loginToken()
})

async function upload(token: string, name: string, data: Buffer | string): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData()
  form.append('file', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), name)
  const response = await fetch(stackUrl('/api/users/import'), { method: 'POST', body: form, headers: { authorization: `JWT ${token}` } })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('bulk member import over HTTP', () => {
  it('lets an admin import a sheet into the sample organizations and the new member sign in', async () => {
    const loginId = `136${String(Date.now()).slice(-8)}`
    const csv = `姓名,账号,所在组织\n林小红,${loginId},市教育局机关党委/第二党支部\n错误行,${loginId},市教育局机关党委/第二党支部\n`
    const { status, body } = await upload(adminToken, '名单.csv', csv)
    expect(status).toBe(200)
    expect(body).toMatchObject({ created: 1, failed: 1 })
    const rows = body.rows as Array<{ password?: string; message?: string }>
    expect(rows[1]?.message).toBe('账号与第 2 行重复')
    await expect(loginToken({ username: loginId, password: rows[0]?.password ?? '' })).resolves.toBeTruthy()
  })

  it('refuses members and unreadable files with a Chinese message', async () => {
    const member = await createUserViaApi(adminToken, 'member')
    const asMember = await upload(await loginToken(member), '名单.csv', '姓名,账号,所在组织\n')
    expect(asMember.status).toBe(403)
    expect(asMember.body.message).toBe('只有管理员可以批量导入成员')
    const pdf = await upload(adminToken, '名单.pdf', '%PDF-1.4')
    expect(pdf).toMatchObject({ status: 400, body: { code: 'members.fileType' } })
    const noFile = await apiJson('/api/users/import', { token: adminToken, method: 'POST', body: {} })
    expect(noFile.status).toBe(400)
  })

  it('serves the Excel template to admins', async () => {
    const response = await fetch(stackUrl('/api/users/import-template'), { headers: { authorization: `JWT ${adminToken}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    expect(workbook.worksheets[0]?.getRow(1).values).toEqual([undefined, '姓名', '账号', '所在组织', '角色', '初始密码'])
  })

  it('seeds sample members who can sign in with their login id', async () => {
    for (const [loginId, role] of [
      [sampleMembers.member, 'member'],
      [sampleMembers.organizer, 'organizer'],
    ]) {
      const { status, body } = await apiJson<{ user: { role: string; organization: { name: string } | null } }>('/api/users/login', {
        method: 'POST',
        body: { username: loginId, password: sampleMembers.password },
      })
      expect(status).toBe(200)
      expect(body.user.role).toBe(role)
      expect(body.user.organization?.name).toBe('教研部党支部')
    }
  })
})
