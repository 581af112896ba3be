import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import type { ContentType } from '../import/contentTypes'
import { importFiles } from '../import/importFiles'

// Topics first: every other item may belong to them.
const folders: Array<[folder: string, type: ContentType]> = [
  ['topics', 'topic'],
  ['articles', 'article'],
  ['policies', 'policy'],
  ['videos', 'video'],
  ['lectures', 'lecture'],
  ['announcements', 'announcement'],
]

/** Loads the sample library in `content/` through the importer, published; fails if any item fails. */
export async function seedSampleLibrary(payload: Payload, contentDir: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const [folder, type] of folders) {
    const dir = path.join(contentDir, folder)
    if (!existsSync(dir)) continue
    // Items refer to files in content/media, beside their own folder.
    const report = await importFiles(payload, [dir], { type, publish: true, topics: [], dryRun: false, root: contentDir })
    if (report.failed > 0) {
      const reasons = report.failures.map((failure) => `  ${path.relative(contentDir, failure.file)}：${failure.message}`)
      throw new Error(`示例内容导入失败（${report.failed} 个）：\n${reasons.join('\n')}`)
    }
    counts[folder] = report.imported + report.outcomes.filter((outcome) => outcome.outcome === 'unchanged').length
  }
  return counts
}
