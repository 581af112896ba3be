import path from 'node:path'
import type { Payload } from 'payload'
import { collectFiles } from './collectFiles'
import { ImportError } from './ImportError'
import type { ImportOptions } from './ImportOptions'
import { linkPolicies } from './linkPolicies'
import { type PreparedItem, prepareItem } from './prepareItem'
import { type WriteOutcome, writeItem } from './writeItem'

/** The result of a batch: counts for the summary line and every failure with its reason. */
export interface ImportReport {
  imported: number
  skipped: number
  failed: number
  outcomes: Array<{ file: string; outcome: WriteOutcome; collection: string; slug: string }>
  failures: Array<{ file: string; code: string; message: string }>
  ignored: string[]
}

/**
 * Imports files and folders: reads and validates everything first, writes topics before the items
 * that use them, each item atomically, then links policies to the policies they supersede or amend.
 */
export async function importFiles(
  payload: Payload,
  paths: readonly string[],
  options: ImportOptions,
  onProgress: (done: number, total: number, file: string) => void = () => undefined,
): Promise<ImportReport> {
  const { files, ignored, missing } = await collectFiles(paths, options.root)
  const report: ImportReport = { imported: 0, skipped: ignored.length, failed: 0, outcomes: [], failures: [], ignored }
  const fail = (file: string, error: unknown) => {
    const known =
      error instanceof ImportError ? error : new ImportError('SAVE_FAILED', error instanceof Error ? error.message : String(error))
    report.failed++
    report.failures.push({ file, code: known.code, message: known.message })
  }
  for (const entry of missing) fail(entry, new ImportError('UNREADABLE_FILE', '文件或文件夹不存在'))

  const prepared: PreparedItem[] = []
  for (const { file, root } of files) {
    try {
      prepared.push(await prepareItem(file, root, options))
    } catch (error) {
      fail(file, error)
    }
  }
  // Topics first, so items in the same batch can use them.
  prepared.sort((a, b) => Number(b.type === 'topic') - Number(a.type === 'topic'))
  const batchTopics = new Set(prepared.filter((item) => item.type === 'topic').map((item) => item.slug))

  const written: PreparedItem[] = []
  let done = report.failures.length
  for (const item of prepared) {
    onProgress(++done, files.length + missing.length, path.basename(item.file))
    try {
      const outcome = await writeItem(payload, item, { ...options, batchTopics })
      report.outcomes.push({ file: item.file, outcome, collection: item.collection, slug: item.slug })
      if (outcome === 'unchanged') report.skipped++
      else {
        report.imported++
        written.push(item)
      }
    } catch (error) {
      fail(item.file, error)
    }
  }
  for (const [file, error] of await linkPolicies(payload, written, options)) {
    report.imported--
    fail(file, error)
  }
  return report
}
