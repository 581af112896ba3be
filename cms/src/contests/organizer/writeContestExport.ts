import { mkdir, rename } from 'node:fs/promises'
import path from 'node:path'
import { chinaWallClock } from '@xuexi/contract/chinaTime'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { loadOrganizationTree, organizationPath } from '../../campaigns/organizer/organizationTree'
import { databaseOf } from '../../database/databaseOf'
import type { ExportInput } from '../../exports/organizerExport'
import { exportWorkFile, keepExportFile } from '../../storage/exportFiles'
import { contestRulesOf } from '../ContestRules'
import { closeContestAttempts } from '../closeContestAttempts'
import { contestBranches } from '../contestBranches'
import { contestNotTaken } from './contestNotTaken'
import { rankedResults } from './rankedResults'

/** What the contestExport job is asked to do: the contest, who asked, and the organizations they may see (null: all). */
export type ContestExportInput = ExportInput<'contest'>

/** The workbook file of a contest export job (on local disk, or the name of its object in the bucket). */
export function contestExportFile(jobId: number | string): string {
  return exportWorkFile(`contest-export-${jobId}.xlsx`)
}

/**
 * Writes the contest's workbook for the requester's scope (streamed, renamed into place, then moved to the
 * bucket if one is configured): 成绩排名
 * (rank over the whole contest, best score, time, attempts, 合格, hand-in time as a real Excel date),
 * 支部统计 (the rolled-up branches) and 未参加 (who has not taken it).
 */
export async function writeContestExport(
  payload: Payload,
  jobId: number | string,
  input: ContestExportInput,
): Promise<{ file: string; members: number }> {
  const pool = databaseOf(payload)
  const contest = await payload.findByID({ collection: 'contests', id: input.contest, depth: 0, overrideAccess: true })
  const rules = contestRulesOf(contest)
  await closeContestAttempts(pool, { contestId: rules.id, expired: true }, rules.passScore)
  const [results, branches, notTaken, tree] = await Promise.all([
    rankedResults(pool, rules.id, input.scope),
    contestBranches(pool, rules, input.scope),
    contestNotTaken(pool, rules, input.scope),
    loadOrganizationTree(pool),
  ])
  const file = contestExportFile(jobId)
  await mkdir(path.dirname(file), { recursive: true })
  const partial = `${file}.partial`
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useStyles: true, useSharedStrings: false })
  workbook.creator = '学习园地'
  const sheet = (name: string, columns: Array<{ header: string; key: string; width: number; style?: { numFmt: string } }>) => {
    const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
    worksheet.columns = columns
    worksheet.getRow(1).font = { bold: true }
    worksheet.getRow(1).commit()
    return worksheet
  }
  const ranking = sheet('成绩排名', [
    { header: '名次', key: 'rank', width: 8 },
    { header: '姓名', key: 'name', width: 12 },
    { header: '所属组织', key: 'organization', width: 40 },
    { header: '最好成绩', key: 'score', width: 10 },
    { header: '用时（秒）', key: 'durationSeconds', width: 12 },
    { header: '答题次数', key: 'attempts', width: 10 },
    { header: `是否合格（${rules.passScore} 分）`, key: 'passed', width: 16 },
    { header: '交卷时间', key: 'submittedAt', width: 20, style: { numFmt: 'yyyy"年"m"月"d"日" hh:mm' } },
  ])
  for (const result of results) {
    ranking
      .addRow({
        ...result,
        organization: organizationPath(tree, result.organizationId),
        passed: result.passed ? '是' : '否',
        // Excel dates carry no time zone: cells show China Standard Time wall-clock times.
        submittedAt: chinaWallClock(result.submittedAt),
      })
      .commit()
  }
  ranking.commit()
  const branchSheet = sheet('支部统计', [
    { header: '组织', key: 'name', width: 40 },
    { header: '党员人数', key: 'members', width: 10 },
    { header: '参加人数', key: 'participants', width: 10 },
    { header: '参与率', key: 'participationRate', width: 10, style: { numFmt: '0.0%' } },
    { header: '平均分', key: 'averageScore', width: 10 },
  ])
  for (const branch of branches) branchSheet.addRow({ ...branch, name: `${'　'.repeat(branch.depth)}${branch.name}` }).commit()
  branchSheet.commit()
  const missing = sheet('未参加', [
    { header: '姓名', key: 'name', width: 12 },
    { header: '所属组织', key: 'organization', width: 40 },
  ])
  for (const member of notTaken) missing.addRow({ name: member.name, organization: organizationPath(tree, member.organizationId) }).commit()
  missing.commit()
  await workbook.commit()
  await rename(partial, file)
  await keepExportFile(file)
  return { file: path.basename(file), members: results.length }
}
