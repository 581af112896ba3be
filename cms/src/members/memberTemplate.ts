import ExcelJS from 'exceljs'

/** The member sheet template: the header row people fill in, with notes and two example rows. */
export async function memberTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('成员名单')
  sheet.columns = [
    { header: '姓名', key: 'name', width: 12 },
    { header: '账号', key: 'loginId', width: 26 },
    { header: '所在组织', key: 'organization', width: 36 },
    { header: '角色', key: 'role', width: 12 },
    { header: '初始密码', key: 'password', width: 16 },
  ]
  sheet.getRow(1).font = { bold: true }
  sheet.getCell('B1').note = '邮箱，或手机号等 4–40 位字母数字'
  sheet.getCell('C1').note = '按层级填写已有组织，例如 机关党委/第一党总支/第三党支部'
  sheet.getCell('D1').note = '党员/学员（默认）或 组织员'
  sheet.getCell('E1').note = '可不填：系统生成并在导入结果中显示一次'
  sheet.getColumn('loginId').numFmt = '@'
  sheet.addRow({ name: '张三', loginId: '13800000001', organization: '机关党委/第一党支部', role: '党员/学员' })
  sheet.addRow({ name: '李四', loginId: 'lisi@example.org', organization: '机关党委/第一党支部', role: '组织员', password: 'ChangeMe2026' })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
