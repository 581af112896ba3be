'use client'
import { useAuth } from '@payloadcms/ui'
import { type ChangeEvent, useState } from 'react'
import type { User } from '../payload-types'
import type { MemberImportReport, MemberRowResult } from './importMembers'

type Outcome = { report: MemberImportReport } | { error: string } | null

/** Above the users list (admins): upload an Excel/CSV member sheet and see what happened to every row. */
export function MemberImportPanel() {
  const { user } = useAuth<User>()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  if (user?.role !== 'admin') return null

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setBusy(true)
    setOutcome(null)
    const form = new FormData()
    form.append('file', file)
    try {
      const response = await fetch('/api/users/import', { method: 'POST', body: form, credentials: 'include' })
      const body = await response.json()
      setOutcome(response.ok ? { report: body as MemberImportReport } : { error: String(body.message ?? `HTTP ${response.status}`) })
    } catch {
      setOutcome({ error: '上传失败：无法连接服务器，请稍后再试' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="member-import" aria-labelledby="member-import-title" style={panel}>
      <h3 id="member-import-title" style={{ margin: 0 }}>
        批量导入成员
      </h3>
      <p style={{ margin: '0.25rem 0 0.75rem' }}>
        上传 Excel（.xlsx）或 CSV 名单：姓名、账号（邮箱或手机号）、所在组织（如 机关党委/第一党支部），可选角色和初始密码。
        每行单独导入，出错的行不影响其他行。<a href="/api/users/import-template">下载模板</a>
      </p>
      <label className="btn btn--style-primary btn--size-medium" style={{ cursor: busy ? 'wait' : 'pointer', margin: 0 }}>
        {busy ? '正在导入…' : '选择名单文件并导入'}
        <input type="file" accept=".xlsx,.csv" onChange={upload} disabled={busy} hidden />
      </label>
      {outcome && 'error' in outcome && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', marginTop: '0.75rem' }}>
          {outcome.error}
        </p>
      )}
      {outcome && 'report' in outcome && <ImportReport report={outcome.report} />}
    </section>
  )
}

function ImportReport({ report }: { report: MemberImportReport }) {
  const hasPasswords = report.rows.some((row) => row.password)
  return (
    <div role="status" style={{ marginTop: '0.75rem' }}>
      <p>
        导入完成：成功 {report.created} 行，失败 {report.failed} 行。
        {hasPasswords && '系统生成的初始密码只显示这一次，请下载结果后妥善分发。'}{' '}
        <a href={reportCsvUrl(report.rows)} download="成员导入结果.csv">
          下载导入结果
        </a>
      </p>
      <div style={{ maxHeight: '20rem', overflow: 'auto' }}>
        <table className="table" style={{ width: '100%' }}>
          <thead>
            <tr>
              <th>行号</th>
              <th>姓名</th>
              <th>账号</th>
              <th>结果</th>
              <th>初始密码 / 原因</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.row}>
                <td>{row.row}</td>
                <td>{row.name}</td>
                <td>{row.loginId}</td>
                <td>{row.status === 'created' ? '已创建' : '失败'}</td>
                <td>{row.status === 'created' ? (row.password ?? '（名单中已提供）') : row.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}

// A UTF-8 CSV with a byte-order mark, so Excel on Chinese Windows opens it correctly.
function reportCsvUrl(rows: MemberRowResult[]): string {
  const quote = (value: string | number) => `"${String(value).replaceAll('"', '""')}"`
  const lines = [
    ['行号', '姓名', '账号', '结果', '初始密码', '原因'],
    ...rows.map((row) => [
      row.row,
      row.name,
      row.loginId,
      row.status === 'created' ? '已创建' : '失败',
      row.password ?? '',
      row.message ?? '',
    ]),
  ].map((cells) => cells.map(quote).join(','))
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${lines.join('\r\n')}`)}`
}

const panel = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: '4px',
  padding: '1rem',
  marginBottom: '1.5rem',
} as const
