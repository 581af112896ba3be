'use client'
import { type ChangeEvent, type ReactNode, useState } from 'react'

/** One column of an import report: its header and the cell text for a row. */
export interface ReportColumn<Row> {
  header: string
  cell: (row: Row) => string | number
}

/** What an import endpoint answers: counts and one entry per sheet row. */
export interface SheetReport<Row extends { row: number }> {
  created: number
  failed: number
  rows: Row[]
}

interface Props<Row extends { row: number }> {
  /** The section's class, for styles and tests (`member-import`, `question-import`). */
  className: string
  title: string
  intro: ReactNode
  uploadUrl: string
  chooseLabel: string
  reportFileName: string
  columns: ReportColumn<Row>[]
  summaryNote?: (report: SheetReport<Row>) => string
}

type Outcome<Row extends { row: number }> = { report: SheetReport<Row> } | { error: string } | null

/**
 * Above an admin list: upload an Excel/CSV sheet to an import endpoint and show what happened to
 * every row, with the report as a CSV download. Shared by the member and question imports.
 */
export function SheetImportPanel<Row extends { row: number }>(props: Props<Row>) {
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome<Row>>(null)

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setBusy(true)
    setOutcome(null)
    const form = new FormData()
    form.append('file', file)
    try {
      const response = await fetch(props.uploadUrl, { method: 'POST', body: form, credentials: 'include' })
      const body = await response.json()
      setOutcome(response.ok ? { report: body as SheetReport<Row> } : { error: String(body.message ?? `HTTP ${response.status}`) })
    } catch {
      setOutcome({ error: '上传失败：无法连接服务器，请稍后再试' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className={props.className} aria-label={props.title} style={panel}>
      <h3 style={{ margin: 0 }}>{props.title}</h3>
      <p style={{ margin: '0.25rem 0 0.75rem' }}>{props.intro}</p>
      <label className="btn btn--style-primary btn--size-medium" style={{ cursor: busy ? 'wait' : 'pointer', margin: 0 }}>
        {busy ? '正在导入…' : props.chooseLabel}
        <input type="file" accept=".xlsx,.csv" onChange={upload} disabled={busy} hidden />
      </label>
      {outcome && 'error' in outcome && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', marginTop: '0.75rem' }}>
          {outcome.error}
        </p>
      )}
      {outcome && 'report' in outcome && (
        <div role="status" style={{ marginTop: '0.75rem' }}>
          <p>
            导入完成：成功 {outcome.report.created} 行，失败 {outcome.report.failed} 行。{props.summaryNote?.(outcome.report)}{' '}
            <a href={reportCsvUrl(outcome.report.rows, props.columns)} download={props.reportFileName}>
              下载导入结果
            </a>
          </p>
          <div style={{ maxHeight: '20rem', overflow: 'auto' }}>
            <table className="table" style={{ width: '100%' }}>
              <thead>
                <tr>
                  {props.columns.map((column) => (
                    <th key={column.header}>{column.header}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {outcome.report.rows.map((row) => (
                  <tr key={row.row}>
                    {props.columns.map((column) => (
                      <td key={column.header}>{column.cell(row)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  )
}

// A UTF-8 CSV with a byte-order mark, so Excel on Chinese Windows opens it correctly.
function reportCsvUrl<Row>(rows: Row[], columns: ReportColumn<Row>[]): string {
  const quote = (value: string | number) => `"${String(value).replaceAll('"', '""')}"`
  const lines = [columns.map((column) => column.header), ...rows.map((row) => columns.map((column) => column.cell(row)))].map((cells) =>
    cells.map(quote).join(','),
  )
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${lines.join('\r\n')}`)}`
}

const panel = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: '4px',
  padding: '1rem',
  marginBottom: '1.5rem',
} as const
