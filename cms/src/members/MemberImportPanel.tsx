'use client'
import { useAuth } from '@payloadcms/ui'
import type { User } from '@xuexi/contract/payload-types'
import { SheetImportPanel } from '../sheets/SheetImportPanel'
import type { MemberRowResult } from './importMembers'

/** Above the users list (admins): upload an Excel/CSV member sheet and see what happened to every row. */
export function MemberImportPanel() {
  const { user } = useAuth<User>()
  if (user?.role !== 'admin') return null
  return (
    <SheetImportPanel<MemberRowResult>
      className="member-import"
      title="批量导入成员"
      intro={
        <>
          上传 Excel（.xlsx）或 CSV 名单：姓名、账号（邮箱或手机号）、所在组织（如 机关党委/第一党支部），可选角色和初始密码。
          每行单独导入，出错的行不影响其他行。<a href="/api/users/import-template">下载模板</a>
        </>
      }
      uploadUrl="/api/users/import"
      chooseLabel="选择名单文件并导入"
      reportFileName="成员导入结果.csv"
      summaryNote={(report) => (report.rows.some((row) => row.password) ? '系统生成的初始密码只显示这一次，请下载结果后妥善分发。' : '')}
      columns={[
        { header: '行号', cell: (row) => row.row },
        { header: '姓名', cell: (row) => row.name },
        { header: '账号', cell: (row) => row.loginId },
        { header: '结果', cell: (row) => (row.status === 'created' ? '已创建' : '失败') },
        {
          header: '初始密码 / 原因',
          cell: (row) => (row.status === 'created' ? (row.password ?? '（名单中已提供）') : (row.message ?? '')),
        },
      ]}
    />
  )
}
