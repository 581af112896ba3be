import { rename } from 'node:fs/promises'
import type { BranchFigures } from '@xuexi/contract/campaigns/CampaignReport'
import type { CampaignStanding } from '@xuexi/contract/campaigns/CampaignStanding'
import { chinaWallClock } from '@xuexi/contract/chinaTime'
import ExcelJS from 'exceljs'
import { type OrganizationNode, organizationPath } from './organizationTree'

// Excel dates carry no time zone: cells show China Standard Time wall-clock times.
const chinaTime = (instant: string | null) => (instant ? chinaWallClock(new Date(instant)) : null)
const dateFormat = 'yyyy"年"m"月"d"日" hh:mm'
const reflectionLabel = { none: '未撰写', draft: '草稿', submitted: '已提交' } as const
const kindLabel = { committee: '党委', general: '党总支', branch: '党支部' } as const

/** What the workbook holds. */
export interface CampaignWorkbookData {
  title: string
  itemCount: number
  standings: CampaignStanding[]
  tree: Map<number, OrganizationNode>
  branches: BranchFigures[]
}

/**
 * Writes the campaign workbook (streamed, then renamed into place): sheet 党员明细, one row per member
 * with real Excel dates, and sheet 支部统计, one row per organization with its rolled-up figures.
 */
export async function buildCampaignWorkbook(file: string, data: CampaignWorkbookData): Promise<void> {
  const partial = `${file}.partial`
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useStyles: true, useSharedStrings: false })
  workbook.creator = '学习园地'
  const members = workbook.addWorksheet('党员明细', { views: [{ state: 'frozen', ySplit: 1 }] })
  members.columns = [
    { header: '姓名', key: 'name', width: 12 },
    { header: '所属组织', key: 'organization', width: 40 },
    { header: '报名时间', key: 'enrolledAt', width: 20, style: { numFmt: dateFormat } },
    { header: `完成书目（共 ${data.itemCount} 项）`, key: 'itemsMet', width: 16 },
    { header: '打卡天数', key: 'checkInDays', width: 10 },
    { header: '心得', key: 'reflection', width: 10 },
    { header: '测验最高分', key: 'quizBestScore', width: 12 },
    { header: '是否通过', key: 'quizPassed', width: 10 },
    { header: '积分', key: 'points', width: 8 },
    { header: '完成时间', key: 'completedAt', width: 20, style: { numFmt: dateFormat } },
  ]
  members.getRow(1).font = { bold: true }
  members.getRow(1).commit()
  const paths = new Map<number | null, string>()
  for (const standing of data.standings) {
    if (!paths.has(standing.organizationId)) paths.set(standing.organizationId, organizationPath(data.tree, standing.organizationId))
    members
      .addRow({
        name: standing.name,
        organization: paths.get(standing.organizationId),
        enrolledAt: chinaTime(standing.enrolledAt),
        itemsMet: standing.itemsMet,
        checkInDays: standing.checkInDays,
        reflection: reflectionLabel[standing.reflection],
        quizBestScore: standing.quizBestScore,
        quizPassed: standing.quizPassed ? '是' : '否',
        points: standing.points,
        completedAt: chinaTime(standing.completedAt),
      })
      .commit()
  }
  members.commit()

  const branches = workbook.addWorksheet('支部统计', { views: [{ state: 'frozen', ySplit: 1 }] })
  const percent = { numFmt: '0.0%' }
  branches.columns = [
    { header: '组织', key: 'name', width: 32 },
    { header: '类型', key: 'kind', width: 10 },
    { header: '应参加人数', key: 'targetMembers', width: 12 },
    { header: '已报名', key: 'enrolled', width: 10 },
    { header: '报名率', key: 'enrolmentRate', width: 10, style: percent },
    { header: '已开始', key: 'started', width: 10 },
    { header: '参与率', key: 'participationRate', width: 10, style: percent },
    { header: '已完成', key: 'completed', width: 10 },
    { header: '完成率', key: 'completionRate', width: 10, style: percent },
  ]
  branches.getRow(1).font = { bold: true }
  branches.getRow(1).commit()
  for (const branch of data.branches) {
    const row = branches.addRow({ ...branch, kind: branch.kind ? kindLabel[branch.kind] : '' })
    row.getCell('name').alignment = { indent: branch.depth * 2 }
    if (branch.depth === 0) row.font = { bold: true }
    row.commit()
  }
  branches.commit()
  await workbook.commit()
  await rename(partial, file)
}
